using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs.ReadProgrammes;

internal sealed class GetProgrammesHandler(LabsDbContext db) : IQueryHandler<GetProgrammes, IReadOnlyList<ProgrammeDto>>
{
    public async ValueTask<IReadOnlyList<ProgrammeDto>> Handle(GetProgrammes query, CancellationToken cancellationToken) =>
        await db.Programmes.AsNoTracking()
            .OrderBy(p => p.StartYear).ThenBy(p => p.Name)
            .Select(p => new ProgrammeDto(p.Id, p.Name, p.Description, p.StartYear, p.EndYear, p.Version))
            .ToListAsync(cancellationToken);
}

internal sealed class GetThemesHandler(LabsDbContext db) : IQueryHandler<GetThemes, IReadOnlyList<ThemeDto>>
{
    public async ValueTask<IReadOnlyList<ThemeDto>> Handle(GetThemes query, CancellationToken cancellationToken) =>
        await db.Themes.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new ThemeDto(t.Id, t.Key, t.Name))
            .ToListAsync(cancellationToken);
}

internal static class ReadProgrammesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/programmes", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetProgrammes(), ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("ListProgrammes");

        api.MapGet("/themes", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetThemes(), ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("ListThemes");
    }

}
