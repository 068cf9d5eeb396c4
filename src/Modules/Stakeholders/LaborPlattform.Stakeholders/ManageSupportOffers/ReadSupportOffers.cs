using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Stakeholders.ReadOrganisations;

namespace LaborPlattform.Stakeholders.ManageSupportOffers;

/// <summary>A support offer as the lab's staff see it (published or not).</summary>
internal sealed record SupportOfferDto(
    Guid Id,
    Guid LabId,
    Guid OrganisationId,
    string OrganisationName,
    string Title,
    string Description,
    string Kind,
    string KindName,
    string Audience,
    string Location,
    string LocationName,
    Guid? VenueId,
    string? VenueName,
    string Schedule,
    string? Recurrence,
    bool IsFree,
    decimal? Fee,
    string ContactChannel,
    bool Published,
    DateTimeOffset? PublishedAt,
    int Version);

internal sealed record GetSupportOffers(Guid LabId) : IQuery<IReadOnlyList<SupportOfferDto>>;

internal sealed record GetSupportOffer(Guid LabId, Guid OfferId) : IQuery<SupportOfferDto?>;

/// <summary>One published offer for the public detail page, or null (unknown or not published).</summary>
internal sealed record GetPublishedSupportOffer(Guid OfferId) : IQuery<PublishedSupportOffer?>;

/// <summary>The municipalities that have published offers, for the directory's filter: AGS and town, ordered by town.</summary>
internal sealed record GetOfferMunicipalities : IQuery<IReadOnlyList<OfferMunicipality>>;

internal sealed record OfferMunicipality(string MunicipalityKey, string City);

internal sealed class ReadSupportOffersHandler(StakeholdersDbContext db) :
    IQueryHandler<GetSupportOffers, IReadOnlyList<SupportOfferDto>>,
    IQueryHandler<GetSupportOffer, SupportOfferDto?>,
    IQueryHandler<GetPublishedSupportOffers, IReadOnlyList<PublishedSupportOffer>>,
    IQueryHandler<GetPublishedSupportOffer, PublishedSupportOffer?>,
    IQueryHandler<GetOfferMunicipalities, IReadOnlyList<OfferMunicipality>>
{
    public async ValueTask<IReadOnlyList<SupportOfferDto>> Handle(GetSupportOffers query, CancellationToken cancellationToken)
    {
        var offers = await db.SupportOffers.AsNoTracking().Where(o => o.LabId == query.LabId).ToListAsync(cancellationToken);
        return await ToDtosAsync(offers, cancellationToken);
    }

    public async ValueTask<SupportOfferDto?> Handle(GetSupportOffer query, CancellationToken cancellationToken)
    {
        var offer = await db.SupportOffers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == query.OfferId && o.LabId == query.LabId, cancellationToken);
        return offer is null ? null : (await ToDtosAsync([offer], cancellationToken))[0];
    }

    public async ValueTask<IReadOnlyList<PublishedSupportOffer>> Handle(GetPublishedSupportOffers query, CancellationToken cancellationToken)
    {
        var offers = db.SupportOffers.AsNoTracking().Where(o => o.Published);
        if (query.LabId is { } labId)
        {
            offers = offers.Where(o => o.LabId == labId);
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            if (Names.Parse<SupportOfferKind>(query.Kind, Names.Name) is not { } kind)
            {
                return [];
            }

            offers = offers.Where(o => o.Kind == kind);
        }

        if (query.PublishedOnOrBefore is { } asOf)
        {
            offers = offers.Where(o => o.PublishedAt <= asOf);
        }

        var published = await ToPublishedAsync(await offers.ToListAsync(cancellationToken), cancellationToken);
        if (!string.IsNullOrWhiteSpace(query.MunicipalityKey))
        {
            var key = query.MunicipalityKey.Trim();
            published = published.Where(o => o.MunicipalityKey == key).ToList();
        }

        return published
            .OrderBy(o => o.City, OrganisationDtoMapping.German)
            .ThenBy(o => o.Title, OrganisationDtoMapping.German)
            .ThenBy(o => o.Id)
            .ToList();
    }

    public async ValueTask<PublishedSupportOffer?> Handle(GetPublishedSupportOffer query, CancellationToken cancellationToken)
    {
        var offer = await db.SupportOffers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == query.OfferId && o.Published, cancellationToken);
        return offer is null ? null : (await ToPublishedAsync([offer], cancellationToken))[0];
    }

    public async ValueTask<IReadOnlyList<OfferMunicipality>> Handle(GetOfferMunicipalities query, CancellationToken cancellationToken)
    {
        var published = await Handle(new GetPublishedSupportOffers(), cancellationToken);
        return published
            .GroupBy(o => o.MunicipalityKey)
            .Select(g => new OfferMunicipality(g.Key, g.First().City))
            .OrderBy(m => m.City, OrganisationDtoMapping.German)
            .ToList();
    }

    private async Task<Dictionary<Guid, Organisation>> OrganisationsAsync(IEnumerable<SupportOffer> offers, CancellationToken ct)
    {
        var ids = offers.SelectMany(o => o.VenueId is { } venue ? new[] { o.OrganisationId, venue } : [o.OrganisationId]).Distinct().ToList();
        return await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
    }

    private async Task<List<SupportOfferDto>> ToDtosAsync(List<SupportOffer> offers, CancellationToken ct)
    {
        var organisations = await OrganisationsAsync(offers, ct);
        return offers.Select(o => new SupportOfferDto(
                o.Id,
                o.LabId,
                o.OrganisationId,
                organisations.TryGetValue(o.OrganisationId, out var org) ? org.Name : "?",
                o.Title,
                o.Description,
                o.Kind.ToString(),
                o.Kind.Name(),
                o.Audience,
                o.Location.ToString(),
                o.Location.Name(),
                o.VenueId,
                o.VenueId is { } venueId && organisations.TryGetValue(venueId, out var venue) ? venue.Name : null,
                o.Schedule,
                o.Recurrence?.ToString(),
                o.IsFree,
                o.Fee,
                o.ContactChannel,
                o.Published,
                o.PublishedAt,
                o.Version))
            .OrderBy(o => o.Title, OrganisationDtoMapping.German)
            .ToList();
    }

    private async Task<List<PublishedSupportOffer>> ToPublishedAsync(List<SupportOffer> offers, CancellationToken ct)
    {
        var organisations = await OrganisationsAsync(offers, ct);
        var result = new List<PublishedSupportOffer>(offers.Count);
        foreach (var o in offers)
        {
            if (!organisations.TryGetValue(o.OrganisationId, out var organisation))
            {
                continue;
            }

            var venue = o.VenueId is { } venueId && organisations.TryGetValue(venueId, out var v) ? v : null;
            var place = venue ?? organisation;
            result.Add(new PublishedSupportOffer(
                o.Id,
                o.LabId,
                o.OrganisationId,
                organisation.Name,
                o.Title,
                o.Description,
                o.Kind.ToString(),
                o.Kind.Name(),
                o.Audience,
                o.Location.ToString(),
                venue?.ToVenue(),
                place.MunicipalityKey,
                place.City,
                o.Schedule,
                o.Recurrence?.ToString(),
                o.IsFree,
                o.Fee,
                o.ContactChannel,
                o.PublishedAt ?? o.CreatedAt));
        }

        return result;
    }
}

internal static class ReadSupportOffersEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/labs/{labId:guid}/offers", async (Guid labId, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetSupportOffers(labId), ct)))
            .RequireAuthorization(Policies.ReadLab)
            .WithName("ListSupportOffers")
            .WithSummary("All support offers of the lab, published or not.");

        api.MapGet("/labs/{labId:guid}/offers/{offerId:guid}", async Task<Results<Ok<SupportOfferDto>, NotFound>> (Guid labId, Guid offerId, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetSupportOffer(labId, offerId), ct) is { } offer ? TypedResults.Ok(offer) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ReadLab)
            .WithName("GetSupportOffer")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/public/offers", async (string? municipality, string? kind, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPublishedSupportOffers(null, municipality, kind), ct)))
            .AllowAnonymous()
            .WithName("ListPublishedSupportOffers")
            .WithSummary("Public: published support offers, optionally filtered by municipality (AGS) and kind.");

        api.MapGet("/public/offers/{offerId:guid}", async Task<Results<Ok<PublishedSupportOffer>, NotFound>> (Guid offerId, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetPublishedSupportOffer(offerId), ct) is { } offer ? TypedResults.Ok(offer) : TypedResults.NotFound())
            .AllowAnonymous()
            .WithName("GetPublishedSupportOffer")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
