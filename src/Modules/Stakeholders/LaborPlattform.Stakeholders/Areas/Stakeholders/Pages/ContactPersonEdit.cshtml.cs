using LaborPlattform.Stakeholders.ManageContactPersons;
using LaborPlattform.Stakeholders.ReadOrganisations;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

/// <summary>Records or edits a contact person (personal data; the lab's coordinators and staff and administrators only).</summary>
[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class ContactPersonEditModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<StakeholdersResource> t)
    : LabPageModel<StakeholdersResource>(sender, authorization, t)
{
    [FromRoute]
    public Guid OrganisationId { get; set; }

    [FromRoute]
    public Guid? ContactPersonId { get; set; }

    [BindProperty]
    public ContactPersonInput Input { get; set; } = new();

    public bool IsNew => ContactPersonId is null;

    public string OrganisationName { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> ChannelItems { get; } = StakeholderTextsUi.Channels;

    public IReadOnlyList<SelectListItem> BasisItems { get; } = StakeholderTextsUi.LegalBases;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (IsArchived)
        {
            return Redirect($"/intern/labore/{LabId}/organisationen/{OrganisationId}");
        }

        if (!IsNew)
        {
            if (await Sender.Send(new GetContactPerson(LabId, ContactPersonId!.Value), ct) is not { } p || p.OrganisationId != OrganisationId)
            {
                return NotFound();
            }

            Input = new ContactPersonInput
            {
                Version = p.Version,
                Name = p.Name,
                Function = p.Function,
                Email = p.Email,
                Phone = p.Phone,
                PreferredChannel = p.PreferredChannel,
                LegalBasis = p.LegalBasis,
                BasisDate = p.BasisDate,
                Purpose = p.Purpose,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await this.TryAsync(async () =>
        {
            if (IsNew)
            {
                await Sender.Send(new AddContactPerson(LabId, OrganisationId, Input.Name, Input.Function, Input.Email, Input.Phone, Input.PreferredChannel, Input.LegalBasis, Input.BasisDate, Input.Purpose), ct);
            }
            else
            {
                await Sender.Send(new EditContactPerson(LabId, ContactPersonId!.Value, Input.Version, Input.Name, Input.Function, Input.Email, Input.Phone, Input.PreferredChannel, Input.LegalBasis, Input.BasisDate, Input.Purpose), ct);
            }
        });
        if (saved)
        {
            TempData["Status"] = (IsNew ? T["Die Ansprechperson wurde erfasst."] : T["Die Ansprechperson wurde gespeichert."]).Value;
            return Redirect($"/intern/labore/{LabId}/organisationen/{OrganisationId}");
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct) || await Sender.Send(new GetOrganisation(LabId, OrganisationId), ct) is not { } organisation)
        {
            return false;
        }

        OrganisationName = organisation.Name;
        return true;
    }

    public sealed class ContactPersonInput
    {
        public int Version { get; set; }

        public string Name { get; set; } = string.Empty;

        public string? Function { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string PreferredChannel { get; set; } = "Email";

        public string LegalBasis { get; set; } = string.Empty;

        public DateOnly? BasisDate { get; set; }

        public string Purpose { get; set; } = string.Empty;
    }
}
