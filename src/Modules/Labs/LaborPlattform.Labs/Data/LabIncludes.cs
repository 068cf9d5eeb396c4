namespace LaborPlattform.Labs.Data;

internal static class LabIncludes
{
    /// <summary>The whole lab aggregate: its themes, member municipalities, universities and their teaching links.</summary>
    public static IQueryable<Lab> WithEverything(this IQueryable<Lab> labs) => labs
        .Include(l => l.Themes)
        .Include(l => l.Municipalities)
        .Include(l => l.Universities).ThenInclude(u => u.TeachingLinks)
        .AsSplitQuery();
}
