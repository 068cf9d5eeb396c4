using LaborPlattform.Stakeholders.ManageSupportOffers;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

[Authorize(Policy = Policies.ReadLab)]
internal sealed class OffersModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<StakeholdersResource> t)
    : LabPageModel<StakeholdersResource>(sender, authorization, t)
{
    public IReadOnlyList<SupportOfferDto> Offers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return NotFound();
        }

        Offers = await Sender.Send(new GetSupportOffers(LabId), ct);
        return Page();
    }
}
