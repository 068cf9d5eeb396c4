using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Stakeholders.ReadOrganisations;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

/// <summary>The organisations of a lab, filtered by sector and kind (everyone who may read the lab, reviewers included).</summary>
[Authorize(Policy = Policies.ReadLab)]
internal sealed class OrganisationsModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<StakeholdersResource> t, TimeProvider time)
    : LabPageModel<StakeholdersResource>(sender, authorization, t)
{
    /// <summary>Involved organisations by sector in the current calendar year (what reviewers compare).</summary>
    public InvolvedOrganisationCounts? Counts { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Sector { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];

    public IReadOnlyList<SelectListItem> SectorItems { get; } = StakeholderTextsUi.Sectors;

    public IReadOnlyList<SelectListItem> KindItems { get; } = StakeholderTextsUi.OrganisationKinds;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return NotFound();
        }

        Organisations = await Sender.Send(new GetOrganisations(LabId, Sector, Kind), ct);
        var today = Shared.Time.Berlin.Today(time);
        Counts = await Sender.Send(new GetInvolvedOrganisationCounts(LabId, new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)), ct);
        return Page();
    }
}
