namespace LaborPlattform.Workshops.SaveWorkshop;

/// <summary>Plans an event or a series (coordinators and municipal staff of the lab): the form sends the API's command.</summary>
[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class CreateWorkshopPage(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t)
    : WorkshopFormPage(sender, authorization, t)
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
        if (await TrySaveAsync(new CreateWorkshopCommand { LabId = LabId }, async command => id = await Sender.Send(command, ct)))
        {
            return BackTo($"{EventsUrl}/{id}", T["Die Veranstaltung wurde gespeichert."]);
        }

        await LoadChoicesAsync(Input.Format, Input.VenueOrganisationId, ct);
        return Page();
    }
}
