using System.Globalization;
using LaborPlattform.Stakeholders.Contracts;

namespace LaborPlattform.Stakeholders.ReadOrganisations;

/// <summary>An organisation as the module's pages and API show it, with its roles in one lab.</summary>
internal sealed record OrganisationDto(
    Guid Id,
    string Name,
    string Sector,
    string SectorName,
    string Kind,
    string KindName,
    string Street,
    string PostalCode,
    string City,
    string MunicipalityKey,
    string? Website,
    bool HasPublicPremises,
    bool StepFreeAccess,
    bool AccessibleToilet,
    bool HearingLoop,
    bool IsVenue,
    IReadOnlyList<InvolvementDto> Involvements,
    int Version);

internal sealed record InvolvementDto(string Role, string RoleName, DateOnly Since, DateOnly? Until);

/// <summary>The organisations involved in a lab (also those whose involvement ended), filtered by sector and kind, ordered by name.</summary>
internal sealed record GetOrganisations(Guid LabId, string? Sector = null, string? Kind = null) : IQuery<IReadOnlyList<OrganisationDto>>;

internal sealed record GetOrganisation(Guid LabId, Guid OrganisationId) : IQuery<OrganisationDto?>;

/// <summary>
/// Organisations recorded on the platform but not involved in the lab whose name contains <paramref name="Name"/>
/// (at least 3 characters; at most 20 hits, by name): to involve one instead of recording it twice.
/// </summary>
/// <summary>The current version of an organisation (null when unknown), for changes made without an edit form.</summary>
internal sealed record GetOrganisationVersion(Guid OrganisationId) : IQuery<int?>;

internal sealed record FindOrganisationsToInvolve(Guid LabId, string Name) : IQuery<IReadOnlyList<OrganisationSummary>>;

internal static class OrganisationDtoMapping
{
    public static readonly StringComparer German = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), CompareOptions.IgnoreCase);

    public static OrganisationDto ToDto(this Organisation o, Guid labId) => new(
        o.Id,
        o.Name,
        o.Sector.ToString(),
        o.Sector.Name(),
        o.Kind.ToString(),
        o.Kind.Name(),
        o.Street,
        o.PostalCode,
        o.City,
        o.MunicipalityKey,
        o.Website,
        o.HasPublicPremises,
        o.StepFreeAccess,
        o.AccessibleToilet,
        o.HearingLoop,
        o.IsVenue,
        o.Involvements.Where(i => i.LabId == labId).OrderBy(i => i.Role).Select(i => new InvolvementDto(i.Role.ToString(), i.Role.Name(), i.Since, i.Until)).ToList(),
        o.Version);

    public static OrganisationSummary ToSummary(this Organisation o) => new(o.Id, o.Name, o.Sector.ToString(), o.Kind.ToString());

    public static VenueDto ToVenue(this Organisation o) =>
        new(o.Id, o.Name, o.Street, o.PostalCode, o.City, o.MunicipalityKey, o.StepFreeAccess, o.AccessibleToilet, o.HearingLoop);

    /// <summary>Organisations with at least one involvement in the lab that has not ended before today.</summary>
    public static IQueryable<Organisation> CurrentlyIn(this IQueryable<Organisation> organisations, Guid labId, DateOnly today) =>
        organisations.Where(o => o.Involvements.Any(i => i.LabId == labId && (i.Until == null || i.Until >= today)));

    public static IQueryable<Organisation> Venues(this IQueryable<Organisation> organisations) =>
        organisations.Where(o => o.HasPublicPremises || o.Involvements.Any(i => i.Role == InvolvementRole.Venue));
}

internal sealed class ReadOrganisationsHandler(StakeholdersDbContext db, TimeProvider time) :
    IQueryHandler<GetOrganisations, IReadOnlyList<OrganisationDto>>,
    IQueryHandler<GetOrganisation, OrganisationDto?>,
    IQueryHandler<FindOrganisationsToInvolve, IReadOnlyList<OrganisationSummary>>,
    IQueryHandler<GetOrganisationVersion, int?>,
    IQueryHandler<GetOrganisationsByIds, IReadOnlyList<OrganisationSummary>>,
    IQueryHandler<GetLabOrganisations, IReadOnlyList<OrganisationSummary>>,
    IQueryHandler<GetVenues, IReadOnlyList<VenueDto>>,
    IQueryHandler<GetVenue, VenueDto?>
{
    public async ValueTask<IReadOnlyList<OrganisationDto>> Handle(GetOrganisations query, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking().Include(o => o.Involvements).Where(o => o.Involvements.Any(i => i.LabId == query.LabId));
        if (Names.Parse<Sector>(query.Sector, Names.Name) is { } sector)
        {
            organisations = organisations.Where(o => o.Sector == sector);
        }

        if (Names.Parse<OrganisationKind>(query.Kind, Names.Name) is { } kind)
        {
            organisations = organisations.Where(o => o.Kind == kind);
        }

        var list = await organisations.ToListAsync(cancellationToken);
        return list.OrderBy(o => o.Name, OrganisationDtoMapping.German).Select(o => o.ToDto(query.LabId)).ToList();
    }

    public async ValueTask<OrganisationDto?> Handle(GetOrganisation query, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Involvements)
            .SingleOrDefaultAsync(o => o.Id == query.OrganisationId, cancellationToken);
        return organisation is not null && organisation.IsInvolvedIn(query.LabId) ? organisation.ToDto(query.LabId) : null;
    }

    public async ValueTask<int?> Handle(GetOrganisationVersion query, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == query.OrganisationId).Select(o => (int?)o.Version).SingleOrDefaultAsync(cancellationToken);

    public async ValueTask<IReadOnlyList<OrganisationSummary>> Handle(FindOrganisationsToInvolve query, CancellationToken cancellationToken)
    {
        var term = Organisation.Normalize(query.Name ?? string.Empty);
        if (term.Length < 3)
        {
            return [];
        }

        var list = await db.Organisations.AsNoTracking()
            .Where(o => o.NormalizedName.Contains(term) && !o.Involvements.Any(i => i.LabId == query.LabId))
            .OrderBy(o => o.NormalizedName)
            .Take(20)
            .ToListAsync(cancellationToken);
        return list.Select(o => o.ToSummary()).ToList();
    }

    public async ValueTask<IReadOnlyList<OrganisationSummary>> Handle(GetOrganisationsByIds query, CancellationToken cancellationToken)
    {
        if (query.Ids.Count == 0)
        {
            return [];
        }

        var ids = query.Ids.Distinct().ToList();
        var list = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken);
        return list.OrderBy(o => o.Name, OrganisationDtoMapping.German).Select(o => o.ToSummary()).ToList();
    }

    public async ValueTask<IReadOnlyList<OrganisationSummary>> Handle(GetLabOrganisations query, CancellationToken cancellationToken)
    {
        var list = await db.Organisations.AsNoTracking().CurrentlyIn(query.LabId, Shared.Time.Berlin.Today(time)).ToListAsync(cancellationToken);
        return list.OrderBy(o => o.Name, OrganisationDtoMapping.German).Select(o => o.ToSummary()).ToList();
    }

    public async ValueTask<IReadOnlyList<VenueDto>> Handle(GetVenues query, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking().Include(o => o.Involvements).Venues();
        if (query.LabId is { } labId)
        {
            organisations = organisations.CurrentlyIn(labId, Shared.Time.Berlin.Today(time));
        }

        var list = await organisations.ToListAsync(cancellationToken);
        return list.OrderBy(o => o.Name, OrganisationDtoMapping.German).Select(o => o.ToVenue()).ToList();
    }

    public async ValueTask<VenueDto?> Handle(GetVenue query, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Involvements)
            .SingleOrDefaultAsync(o => o.Id == query.OrganisationId, cancellationToken);
        return organisation is { IsVenue: true } ? organisation.ToVenue() : null;
    }
}

internal static class ReadOrganisationsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/labs/{labId:guid}/organisations", async (Guid labId, string? sector, string? kind, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetOrganisations(labId, sector, kind), ct)))
            .RequireAuthorization(Policies.ReadLab)
            .WithName("ListOrganisations")
            .WithSummary("The organisations involved in the lab, optionally filtered by sector and kind. Reviewers may read them; contact persons are not included.");

        api.MapGet("/labs/{labId:guid}/organisations/{organisationId:guid}", async Task<Results<Ok<OrganisationDto>, NotFound>> (Guid labId, Guid organisationId, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetOrganisation(labId, organisationId), ct) is { } organisation ? TypedResults.Ok(organisation) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ReadLab)
            .WithName("GetOrganisation")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/labs/{labId:guid}/organisations-to-involve", async (Guid labId, string? name, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new FindOrganisationsToInvolve(labId, name ?? string.Empty), ct)))
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("FindOrganisationsToInvolve")
            .WithSummary("Organisations of other labs whose name contains ?name= (at least 3 characters), to involve them in this lab.");

        api.MapGet("/venues", async (Guid? labId, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetVenues(labId), ct)))
            .AllowAnonymous()
            .WithName("ListVenues")
            .WithSummary("Public: places where events and offers take place, with address and accessibility (optionally of one lab).");
    }
}
