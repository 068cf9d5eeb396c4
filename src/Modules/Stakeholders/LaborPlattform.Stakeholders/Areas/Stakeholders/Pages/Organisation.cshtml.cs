using LaborPlattform.Stakeholders.ManageContactPersons;
using LaborPlattform.Stakeholders.ManageSupportOffers;
using LaborPlattform.Stakeholders.ReadOrganisations;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

/// <summary>
/// One organisation of the lab with its offers. Its contact persons are loaded and shown only to those who may
/// contribute to the lab (never to reviewers).
/// </summary>
[Authorize(Policy = Policies.ReadLab)]
internal sealed class OrganisationModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<StakeholdersResource> t)
    : LabPageModel<StakeholdersResource>(sender, authorization, t)
{
    [FromRoute]
    public Guid OrganisationId { get; set; }

    public OrganisationDto Organisation { get; private set; } = default!;

    public IReadOnlyList<SupportOfferDto> Offers { get; private set; } = [];

    public IReadOnlyList<ContactPersonDto> ContactPersons { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct) || await Sender.Send(new GetOrganisation(LabId, OrganisationId), ct) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        Offers = (await Sender.Send(new GetSupportOffers(LabId), ct)).Where(o => o.OrganisationId == OrganisationId).ToList();
        if (MayContribute)
        {
            ContactPersons = await Sender.Send(new GetContactPersons(LabId, OrganisationId), ct);
        }

        return Page();
    }
}
