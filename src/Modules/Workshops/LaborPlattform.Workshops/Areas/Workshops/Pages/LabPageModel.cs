using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Authorization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Workshops.Areas.Workshops.Pages;

/// <summary>
/// Base of the pages under <c>/intern/labore/{labId}/veranstaltungen/…</c>: the lab's name and state, and whether the
/// signed-in person may plan events and log outcomes there (contribute to the lab, and the lab is not archived).
/// </summary>
internal abstract class LabPageModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t) : PageModel
{
    protected ISender Sender { get; } = sender;

    protected IAuthorizationService Authorization { get; } = authorization;

    public IStringLocalizer<WorkshopsResource> T { get; } = t;

    [FromRoute]
    public Guid LabId { get; set; }

    public string LabName { get; private set; } = string.Empty;

    public bool IsArchived { get; private set; }

    public bool MayContribute { get; private set; }

    public bool CanChange => MayContribute && !IsArchived;

    public string EventsUrl => $"/intern/labore/{LabId}/veranstaltungen";

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

    /// <summary>Back with a confirmation (Post/Redirect/Get).</summary>
    protected IActionResult BackTo(string url, string status)
    {
        TempData["Status"] = status;
        return Redirect(url);
    }
}
