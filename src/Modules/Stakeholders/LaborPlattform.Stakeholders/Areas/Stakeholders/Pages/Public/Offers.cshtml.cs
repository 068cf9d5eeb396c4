using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Stakeholders.ManageSupportOffers;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages.Public;

/// <summary>
/// The public directory of published support offers: the homepage for older people from the source document.
/// A plain GET form filters by place and kind, so it works without JavaScript and every result can be bookmarked.
/// </summary>
[AllowAnonymous]
internal sealed class OffersModel(ISender sender) : PageModel
{
    /// <summary>AGS of the place.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Ort { get; set; }

    /// <summary>Kind of offer (code).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Art { get; set; }

    public IReadOnlyList<PublishedSupportOffer> Offers { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PlaceItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> KindItems { get; } = StakeholderTextsUi.OfferKinds;

    public async Task OnGetAsync(CancellationToken ct)
    {
        PlaceItems = (await sender.Send(new GetOfferMunicipalities(), ct)).Select(m => new SelectListItem(m.City, m.MunicipalityKey)).ToList();
        Offers = await sender.Send(new GetPublishedSupportOffers(null, Ort, Art), ct);
    }
}
