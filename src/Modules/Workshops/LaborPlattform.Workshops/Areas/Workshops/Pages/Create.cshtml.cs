using LaborPlattform.Shared.Authorization;
using LaborPlattform.Workshops.SaveWorkshop;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Workshops.Areas.Workshops.Pages;

/// <summary>Plans an event or a series (coordinators and municipal staff of the lab).</summary>
[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class CreateModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t)
    : WorkshopFormModel(sender, authorization, t)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return NotFound();
        }

        if (IsArchived)
        {
            return Redirect(EventsUrl);
        }

        await LoadChoicesAsync(null, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return NotFound();
        }

        Guid id = default;
        var saved = TryReadSchedule(out var start, out var end, out var recurrence) && await this.TrySaveAsync(
            async () => id = await Sender.Send(
                new CreateWorkshop(LabId, Input.Title ?? string.Empty, Input.Format ?? string.Empty, Methods(), Input.SubProjectId, start, end, recurrence, Venue(),
                    Input.OrganiserIds, Input.FacilitatorIds, Input.IsPublic, Input.Description ?? string.Empty, Input.Capacity, Input.Registration,
                    Input.AccessibilityNotes, Indicator()),
                ct),
            FieldFor);
        if (saved)
        {
            return BackTo($"{EventsUrl}/{id}", T["Die Veranstaltung wurde gespeichert."]);
        }

        await LoadChoicesAsync(Input.Format, Input.VenueOrganisationId, ct);
        return Page();
    }
}
