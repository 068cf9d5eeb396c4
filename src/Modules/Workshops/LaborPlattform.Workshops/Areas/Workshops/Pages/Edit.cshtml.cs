using LaborPlattform.Shared.Authorization;
using LaborPlattform.Workshops.ReadWorkshops;
using LaborPlattform.Workshops.SaveWorkshop;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Workshops.Areas.Workshops.Pages;

/// <summary>Edits an event; the form carries the version it showed, so nothing someone else saved is overwritten.</summary>
[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class EditModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t)
    : WorkshopFormModel(sender, authorization, t)
{
    [FromRoute]
    public Guid WorkshopId { get; set; }

    public string DetailsUrl => $"{EventsUrl}/{WorkshopId}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct) || await Sender.Send(new GetWorkshopDetails(LabId, WorkshopId), ct) is not { } view)
        {
            return NotFound();
        }

        if (IsArchived)
        {
            return Redirect(DetailsUrl);
        }

        Fill(view);
        await LoadChoicesAsync(view.Format, view.Venue.OrganisationId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct) || await Sender.Send(new GetWorkshopDetails(LabId, WorkshopId), ct) is not { } view)
        {
            return NotFound();
        }

        var saved = TryReadSchedule(out var start, out var end, out var recurrence) && await this.TrySaveAsync(
            () => Sender.Send(
                new EditWorkshop(LabId, WorkshopId, Input.Version, Input.Title ?? string.Empty, Input.Format ?? string.Empty, Methods(), Input.SubProjectId, start, end,
                    recurrence, Venue(), Input.OrganiserIds, Input.FacilitatorIds, Input.IsPublic, Input.Description ?? string.Empty, Input.Capacity, Input.Registration,
                    Input.AccessibilityNotes, Indicator()),
                ct).AsTask(),
            FieldFor);
        if (saved)
        {
            return BackTo(DetailsUrl, T["Die Veranstaltung wurde gespeichert."]);
        }

        await LoadChoicesAsync(view.Format, Input.VenueOrganisationId ?? view.Venue.OrganisationId, ct);
        return Page();
    }
}
