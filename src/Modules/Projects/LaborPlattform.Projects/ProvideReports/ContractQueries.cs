using LaborPlattform.Projects.Contracts;

namespace LaborPlattform.Projects.ProvideReports;

internal sealed class GetSubProjectStateHandler(ProjectsDbContext db) : IQueryHandler<GetSubProjectState, SubProjectState>
{
    public async ValueTask<SubProjectState> Handle(GetSubProjectState query, CancellationToken cancellationToken)
    {
        var found = await db.SubProjects.AsNoTracking()
            .Where(s => s.Id == query.SubProjectId)
            .Select(s => new { s.LabId, s.Title, s.ReadOnlySince })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null
            ? new SubProjectState(false, Guid.Empty, string.Empty, false)
            : new SubProjectState(true, found.LabId, found.Title, found.ReadOnlySince is not null);
    }
}

internal sealed class GetLabSubProjectsHandler(ProjectsDbContext db) : IQueryHandler<GetLabSubProjects, IReadOnlyList<SubProjectSummary>>
{
    public async ValueTask<IReadOnlyList<SubProjectSummary>> Handle(GetLabSubProjects query, CancellationToken cancellationToken)
    {
        var subProjects = await db.SubProjects.AsNoTracking()
            .Include(s => s.Indicators)
            .Where(s => s.LabId == query.LabId)
            .ToListAsync(cancellationToken);
        var german = StringComparer.Create(Shared.Time.Berlin.Culture, ignoreCase: true);
        return subProjects
            .OrderBy(s => s.Title, german)
            .Select(s => new SubProjectSummary(
                s.Id,
                s.LabId,
                s.Title,
                s.Status.ToString(),
                s.IsPublished,
                s.IsReadOnly,
                s.Indicators.OrderBy(i => i.Name, german).Select(i => new IndicatorSummary(i.Id, i.Name, i.Unit, i.Kind.ToString())).ToList()))
            .ToList();
    }
}
