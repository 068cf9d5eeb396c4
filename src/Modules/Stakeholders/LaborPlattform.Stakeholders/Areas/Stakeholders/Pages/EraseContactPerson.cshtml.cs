using LaborPlattform.Stakeholders.ManageContactPersons;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

/// <summary>Asks before erasing a contact person (GDPR Art. 17); erasure also works in archived labs.</summary>
[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class EraseContactPersonModel(ISender sender, IStringLocalizer<StakeholdersResource> t) : PageModel
{
    [FromRoute]
    public Guid LabId { get; set; }

    [FromRoute]
    public Guid ContactPersonId { get; set; }

    public ContactPersonDto Person { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await sender.Send(new GetContactPerson(LabId, ContactPersonId), ct) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await sender.Send(new GetContactPerson(LabId, ContactPersonId), ct) is not { } person)
        {
            return NotFound();
        }

        await sender.Send(new EraseContactPerson(LabId, ContactPersonId), ct);
        TempData["Status"] = t["Die Ansprechperson wurde gelöscht."].Value;
        return Redirect($"/intern/labore/{LabId}/organisationen/{person.OrganisationId}");
    }
}
