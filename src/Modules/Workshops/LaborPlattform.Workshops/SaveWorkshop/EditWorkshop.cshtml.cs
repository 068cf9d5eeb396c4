using LaborPlattform.Workshops.ReadWorkshops;

namespace LaborPlattform.Workshops.SaveWorkshop;

/// <summary>Edits an event; the form carries the version it showed, so nothing someone else saved is overwritten.</summary>
[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class EditWorkshopPage(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t)
    : WorkshopFormPage(sender, authorization, t)
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

        Input = WorkshopForm.From(view);
        await LoadChoicesAsync(view.Format, view.Venue.OrganisationId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct) || await Sender.Send(new GetWorkshopDetails(LabId, WorkshopId), ct) is not { } view)
        {
            return NotFound();
        }

        var command = new EditWorkshopCommand { LabId = LabId, WorkshopId = WorkshopId, Version = Input.Version };
        if (await TrySaveAsync(command, async c => await Sender.Send(c, ct)))
        {
            return BackTo(DetailsUrl, T["Die Veranstaltung wurde gespeichert."]);
        }

        await LoadChoicesAsync(view.Format, Input.VenueOrganisationId ?? view.Venue.OrganisationId, ct);
        return Page();
    }
}
