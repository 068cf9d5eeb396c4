using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Stakeholders.ManageSupportOffers;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages.Public;

/// <summary>One published offer with everything needed to take it up; unpublished offers are not found.</summary>
[AllowAnonymous]
internal sealed class OfferModel(ISender sender) : PageModel
{
    public PublishedSupportOffer Offer { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid offerId, CancellationToken ct)
    {
        if (await sender.Send(new GetPublishedSupportOffer(offerId), ct) is not { } offer)
        {
            return NotFound();
        }

        Offer = offer;
        return Page();
    }
}
