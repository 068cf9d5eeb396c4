using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Authorization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Shared.Labs;

/// <summary>
/// Base of the pages under <c>/intern/labore/{labId}/…</c>: the lab's name and state, and whether the signed-in person
/// may change the lab's data there (contribute to the lab, and the lab is not archived). The page's policy checks the
/// route's lab; this base only tells the page what to offer.
/// </summary>
/// <typeparam name="TResource">The module's localizer marker, for <see cref="T"/>.</typeparam>
public abstract class LabPageModel<TResource>(ISender sender, IAuthorizationService authorization, IStringLocalizer<TResource> t) : PageModel
{
    protected ISender Sender { get; } = sender;

    protected IAuthorizationService Authorization { get; } = authorization;

    public IStringLocalizer<TResource> T { get; } = t;

    [FromRoute]
    public Guid LabId { get; set; }

    public string LabName { get; private set; } = string.Empty;

    public bool IsArchived { get; private set; }

    /// <summary>May contribute to the lab (coordinators, municipal staff, administrators).</summary>
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

    /// <summary>Back with a confirmation (Post/Redirect/Get).</summary>
    protected IActionResult BackTo(string url, string status)
    {
        TempData["Status"] = status;
        return Redirect(url);
    }
}
