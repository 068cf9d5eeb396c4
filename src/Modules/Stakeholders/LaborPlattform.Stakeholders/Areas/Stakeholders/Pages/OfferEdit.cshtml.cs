using System.Globalization;
using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Stakeholders.ManageSupportOffers;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class OfferEditModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<StakeholdersResource> t)
    : LabPageModel<StakeholdersResource>(sender, authorization, t)
{
    [FromRoute]
    public Guid? OfferId { get; set; }

    [BindProperty]
    public OfferInput Input { get; set; } = new();

    public bool IsNew => OfferId is null;

    public IReadOnlyList<SelectListItem> OrganisationItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> VenueItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> KindItems { get; } = StakeholderTextsUi.OfferKinds;

    public IReadOnlyList<SelectListItem> LocationItems { get; } = StakeholderTextsUi.Locations;

    public IReadOnlyList<SelectListItem> RecurrenceItems { get; } = StakeholderTextsUi.Recurrences;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (IsArchived)
        {
            return Redirect($"/intern/labore/{LabId}/angebote");
        }

        if (!IsNew)
        {
            if (await Sender.Send(new GetSupportOffer(LabId, OfferId!.Value), ct) is not { } o)
            {
                return NotFound();
            }

            Input = new OfferInput
            {
                Version = o.Version,
                OrganisationId = o.OrganisationId,
                Title = o.Title,
                Description = o.Description,
                Kind = o.Kind,
                Audience = o.Audience,
                Location = o.Location,
                VenueId = o.VenueId,
                Schedule = o.Schedule,
                Recurrence = o.Recurrence,
                IsFree = o.IsFree,
                Fee = o.Fee?.ToString("0.##", CultureInfo.GetCultureInfo("de-DE")),
                ContactChannel = o.ContactChannel,
                Published = o.Published,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await this.TryAsync(async () =>
        {
            var fee = ParseFee(Input.Fee);
            if (IsNew)
            {
                await Sender.Send(new CreateSupportOffer(LabId, Input.OrganisationId ?? Guid.Empty, Input.Title, Input.Description, Input.Kind, Input.Audience, Input.Location,
                    Input.VenueId, Input.Schedule, Input.Recurrence, Input.IsFree, fee, Input.ContactChannel, Input.Published), ct);
            }
            else
            {
                await Sender.Send(new EditSupportOffer(LabId, OfferId!.Value, Input.Version, Input.OrganisationId ?? Guid.Empty, Input.Title, Input.Description, Input.Kind, Input.Audience,
                    Input.Location, Input.VenueId, Input.Schedule, Input.Recurrence, Input.IsFree, fee, Input.ContactChannel, Input.Published), ct);
            }
        });
        if (saved)
        {
            TempData["Status"] = (IsNew ? T["Das Angebot wurde erfasst."] : T["Das Angebot wurde gespeichert."]).Value;
            return Redirect($"/intern/labore/{LabId}/angebote");
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    /// <summary>German (12,50) or international (12.50) notation; a price that is no number is named at the field.</summary>
    private static decimal? ParseFee(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.Trim().Replace("€", string.Empty, StringComparison.Ordinal).Replace("Euro", string.Empty, StringComparison.OrdinalIgnoreCase).Trim().Replace(',', '.');
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fee)
            ? fee
            : throw new ValidationFailedException("fee", "Bitte geben Sie den Preis als Zahl an, z. B. 15 oder 12,50.");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return false;
        }

        // All organisations of the lab, also those whose involvement ended, so an older offer still shows its provider.
        OrganisationItems = (await Sender.Send(new ReadOrganisations.GetOrganisations(LabId), ct)).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
        VenueItems = (await Sender.Send(new GetVenues(LabId), ct)).Select(v => new SelectListItem($"{v.Name} ({v.City})", v.Id.ToString())).ToList();
        return true;
    }

    public sealed class OfferInput
    {
        public int Version { get; set; }

        public Guid? OrganisationId { get; set; }

        public string Title { get; set; } = string.Empty;

        public string Description { get; set; } = string.Empty;

        public string Kind { get; set; } = string.Empty;

        public string Audience { get; set; } = string.Empty;

        public string Location { get; set; } = string.Empty;

        public Guid? VenueId { get; set; }

        public string Schedule { get; set; } = string.Empty;

        public string? Recurrence { get; set; }

        public bool IsFree { get; set; } = true;

        /// <summary>Text, so "12,50" is understood; parsed before the command is sent.</summary>
        public string? Fee { get; set; }

        public string ContactChannel { get; set; } = string.Empty;

        public bool Published { get; set; }
    }
}
