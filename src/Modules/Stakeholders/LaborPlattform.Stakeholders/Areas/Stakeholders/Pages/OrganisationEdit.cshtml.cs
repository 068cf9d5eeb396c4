using LaborPlattform.Stakeholders.ManageOrganisations;
using LaborPlattform.Stakeholders.ReadOrganisations;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

/// <summary>Records an organisation in the lab (no id in the route) or edits one, with its roles in this lab.</summary>
[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class OrganisationEditModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<StakeholdersResource> t, TimeProvider time)
    : LabPageModel<StakeholdersResource>(sender, authorization, t)
{
    [FromRoute]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public bool IsNew => OrganisationId is null;

    public IReadOnlyList<SelectListItem> SectorItems { get; } = StakeholderTextsUi.Sectors;

    public IReadOnlyList<SelectListItem> KindItems { get; } = StakeholderTextsUi.OrganisationKinds;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return NotFound();
        }

        if (IsArchived)
        {
            return Redirect($"/intern/labore/{LabId}/organisationen");
        }

        if (IsNew)
        {
            Input = OrganisationInput.New(Shared.Time.Berlin.Today(time));
            return Page();
        }

        if (await Sender.Send(new GetOrganisation(LabId, OrganisationId!.Value), ct) is not { } o)
        {
            return NotFound();
        }

        Input = OrganisationInput.From(o);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var chosen = Input.Involvements.Select((row, index) => (row, index)).Where(x => x.row.Selected).ToList();
        var involvements = chosen.Select(x => new InvolvementInput(x.row.Role, x.row.Since, x.row.Until)).ToList();
        Guid? createdId = null;
        var saved = await this.TryAsync(
            async () =>
            {
                if (IsNew)
                {
                    createdId = await Sender.Send(new RegisterOrganisation(LabId, Input.Name, Input.Sector, Input.Kind, Input.Street, Input.PostalCode, Input.City,
                        Input.MunicipalityKey, Input.Website, Input.HasPublicPremises, Input.StepFreeAccess, Input.AccessibleToilet, Input.HearingLoop, involvements), ct);
                }
                else
                {
                    await Sender.Send(new EditOrganisation(LabId, OrganisationId!.Value, Input.Version, Input.Name, Input.Sector, Input.Kind, Input.Street, Input.PostalCode, Input.City,
                        Input.MunicipalityKey, Input.Website, Input.HasPublicPremises, Input.StepFreeAccess, Input.AccessibleToilet, Input.HearingLoop, involvements), ct);
                }
            },
            "involvements",
            i => chosen[i].index);
        if (saved)
        {
            TempData["Status"] = (IsNew ? T["Die Organisation wurde erfasst."] : T["Die Organisation wurde gespeichert."]).Value;
            return Redirect($"/intern/labore/{LabId}/organisationen/{createdId ?? OrganisationId}");
        }

        return await LoadLabAsync(ct) ? Page() : NotFound();
    }

    public sealed class OrganisationInput
    {
        public int Version { get; set; }

        public string Name { get; set; } = string.Empty;

        public string Sector { get; set; } = string.Empty;

        public string Kind { get; set; } = string.Empty;

        public string Street { get; set; } = string.Empty;

        public string PostalCode { get; set; } = string.Empty;

        public string City { get; set; } = string.Empty;

        public string MunicipalityKey { get; set; } = string.Empty;

        public string? Website { get; set; }

        public bool HasPublicPremises { get; set; }

        public bool StepFreeAccess { get; set; }

        public bool AccessibleToilet { get; set; }

        public bool HearingLoop { get; set; }

        /// <summary>One row per role, in a fixed order.</summary>
        public List<RoleInput> Involvements { get; set; } = [];

        public static OrganisationInput New(DateOnly today) => new()
        {
            Involvements = Enum.GetValues<InvolvementRole>()
                .Select(r => new RoleInput { Role = r.ToString(), Selected = r == InvolvementRole.NetworkPartner, Since = r == InvolvementRole.NetworkPartner ? today : null })
                .ToList(),
        };

        public static OrganisationInput From(OrganisationDto o) => new()
        {
            Version = o.Version,
            Name = o.Name,
            Sector = o.Sector,
            Kind = o.Kind,
            Street = o.Street,
            PostalCode = o.PostalCode,
            City = o.City,
            MunicipalityKey = o.MunicipalityKey,
            Website = o.Website,
            HasPublicPremises = o.HasPublicPremises,
            StepFreeAccess = o.StepFreeAccess,
            AccessibleToilet = o.AccessibleToilet,
            HearingLoop = o.HearingLoop,
            Involvements = Enum.GetValues<InvolvementRole>().Select(r =>
            {
                var existing = o.Involvements.SingleOrDefault(i => i.Role == r.ToString());
                return new RoleInput { Role = r.ToString(), Selected = existing is not null, Since = existing?.Since, Until = existing?.Until };
            }).ToList(),
        };
    }

    public sealed class RoleInput
    {
        public string Role { get; set; } = string.Empty;

        public bool Selected { get; set; }

        public DateOnly? Since { get; set; }

        public DateOnly? Until { get; set; }
    }
}
