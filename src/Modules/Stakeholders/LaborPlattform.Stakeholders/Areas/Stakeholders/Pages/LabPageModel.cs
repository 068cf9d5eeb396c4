using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

/// <summary>
/// Base of the pages under <c>/intern/labore/{labId}/…</c>: the lab's name and state, and whether the signed-in
/// person may change its stakeholder data (contribute to the lab, and the lab is not archived).
/// </summary>
internal abstract class LabPageModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<StakeholdersResource> t) : PageModel
{
    protected ISender Sender { get; } = sender;

    protected IAuthorizationService Authorization { get; } = authorization;

    public IStringLocalizer<StakeholdersResource> T { get; } = t;

    [FromRoute]
    public Guid LabId { get; set; }

    public string LabName { get; private set; } = string.Empty;

    public bool IsArchived { get; private set; }

    /// <summary>May contribute to the lab (coordinators, staff, administrators); also sees contact persons.</summary>
    public bool MayContribute { get; private set; }

    /// <summary>May contribute and the lab is not archived.</summary>
    public bool CanChange => MayContribute && !IsArchived;

    /// <summary>Loads the lab; false when there is none.</summary>
    protected async Task<bool> LoadLabAsync(CancellationToken ct)
    {
        var state = await Sender.Send(new GetLabState(LabId), ct);
        if (!state.Exists)
        {
            return false;
        }

        LabName = state.Name ?? string.Empty;
        IsArchived = state.IsArchived;
        MayContribute = await Authorization.AllowsLabAsync(User, LabId, Policies.ContributeToLab);
        return true;
    }

    /// <summary>For POST handlers on pages that others may read: the change needs the right to contribute.</summary>
    protected Task RequireContributeAsync() => Authorization.RequireLabAsync(User, LabId, Policies.ContributeToLab);
}
