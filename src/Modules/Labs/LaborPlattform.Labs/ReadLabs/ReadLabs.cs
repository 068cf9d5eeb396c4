using System.Security.Claims;
using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs.ReadLabs;

internal sealed class GetLabHandler(LabsDbContext db) : IQueryHandler<GetLab, LabDto?>
{
    public async ValueTask<LabDto?> Handle(GetLab query, CancellationToken cancellationToken)
    {
        var lab = await db.Labs.AsNoTracking().WithEverything().SingleOrDefaultAsync(l => l.Id == query.LabId, cancellationToken);
        return lab is null ? null : (await db.ToDtosAsync([lab], cancellationToken))[0];
    }
}

internal sealed class GetLabBySlugHandler(LabsDbContext db) : IQueryHandler<GetLabBySlug, LabDto?>
{
    public async ValueTask<LabDto?> Handle(GetLabBySlug query, CancellationToken cancellationToken)
    {
        var slug = query.Slug.Trim().ToLowerInvariant();
        var lab = await db.Labs.AsNoTracking().WithEverything().SingleOrDefaultAsync(l => l.Slug == slug, cancellationToken);
        return lab is null ? null : (await db.ToDtosAsync([lab], cancellationToken))[0];
    }
}

internal sealed class GetLabsHandler(LabsDbContext db) : IQueryHandler<GetLabs, IReadOnlyList<LabDto>>
{
    public async ValueTask<IReadOnlyList<LabDto>> Handle(GetLabs query, CancellationToken cancellationToken)
    {
        var labs = db.Labs.AsNoTracking();
        if (query.ProgrammeId is { } programmeId)
        {
            labs = labs.Where(l => l.ProgrammeId == programmeId);
        }

        if (!string.IsNullOrWhiteSpace(query.FederalStateCode))
        {
            var code = query.FederalStateCode.ToUpperInvariant();
            labs = labs.Where(l => l.FederalStateCode == code);
        }

        if (query.ThemeId is { } themeId)
        {
            labs = labs.Where(l => l.Themes.Any(t => t.ThemeId == themeId));
        }

        if (!query.IncludeArchived)
        {
            labs = labs.Where(l => l.Status != LabStatus.Archived);
        }

        if (query.LabIds is { } ids)
        {
            labs = labs.Where(l => ids.Contains(l.Id));
        }

        var list = await labs.WithEverything().OrderBy(l => l.Name).ToListAsync(cancellationToken);
        return await db.ToDtosAsync(list, cancellationToken);
    }
}

internal sealed class GetLabStateHandler(LabsDbContext db) : IQueryHandler<GetLabState, LabState>
{
    public async ValueTask<LabState> Handle(GetLabState query, CancellationToken cancellationToken)
    {
        var lab = await db.Labs.AsNoTracking()
            .Where(l => l.Id == query.LabId)
            .Select(l => new { l.Status, l.Name })
            .SingleOrDefaultAsync(cancellationToken);
        return lab is null ? new LabState(false, false, null) : new LabState(true, lab.Status == LabStatus.Archived, lab.Name);
    }
}

internal static class ReadLabsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/labs", ListLabs)
            .RequireAuthorization(Policies.SignedIn)
            .WithName("ListLabs")
            .WithSummary("Labs the caller may read, filtered by programme, federal state (code, e.g. HB) and theme.");

        api.MapGet("/labs/{labId:guid}", GetLab)
            .RequireAuthorization(Policies.ReadLab)
            .WithName("GetLab")
            .WithSummary("One lab with its municipalities, universities and teaching links.");
    }

    private static async Task<Ok<IReadOnlyList<LabDto>>> ListLabs(
        ClaimsPrincipal user,
        ISender sender,
        Guid? programmeId,
        string? federalState,
        Guid? themeId,
        bool? includeArchived,
        CancellationToken ct)
    {
        // Coordinators and municipal staff see only their own labs; administrators and reviewers see all.
        var scope = LabPermissions.ReadsAllLabs(user) ? null : LabPermissions.ScopedLabs(user);
        var labs = await sender.Send(new GetLabs(programmeId, federalState, themeId, includeArchived ?? false, scope), ct);
        return TypedResults.Ok(labs);
    }

    private static async Task<Results<Ok<LabDto>, NotFoundProblem>> GetLab(Guid labId, ISender sender, CancellationToken ct) =>
        await sender.Send(new GetLab(labId), ct) is { } lab ? TypedResults.Ok(lab) : ApiProblems.NotFound("Labor", labId);
}
