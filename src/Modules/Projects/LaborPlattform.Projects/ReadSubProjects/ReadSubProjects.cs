using LaborPlattform.Labs.Contracts;
using System.Security.Claims;

namespace LaborPlattform.Projects.ReadSubProjects;

/// <summary>The lab dashboard; an unknown lab is not found, an unknown status filter refused.</summary>
internal sealed record GetLabDashboard(Guid LabId, string? Status = null, Guid? ThemeId = null) : IQuery<LabDashboard>;

/// <summary>One sub-project of a lab with everything the lab team sees; null when the lab has no such sub-project.</summary>
internal sealed record GetSubProjectDetails(Guid LabId, Guid SubProjectId) : IQuery<SubProjectView?>;

/// <summary>Per lab: how many sub-projects, how many running, with overdue milestones, critical (the overview of all labs one may read).</summary>
internal sealed record GetSubProjectOverview(IReadOnlyCollection<Guid>? LabIds) : IQuery<IReadOnlyList<LabOverview>>;

internal sealed class GetLabDashboardHandler(SubProjectReader reader) : IQueryHandler<GetLabDashboard, LabDashboard>
{
    public async ValueTask<LabDashboard> Handle(GetLabDashboard query, CancellationToken cancellationToken)
    {
        SubProjectStatus? status = null;
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            status = Parse.Enum<SubProjectStatus>(query.Status)
                ?? throw new ValidationFailedException("status", "Unbekannter Status. Möglich sind: Planned, Running, Paused, Completed, Cancelled.");
        }

        return await reader.DashboardAsync(query.LabId, status, query.ThemeId, cancellationToken)
            ?? throw new NotFoundException("Labor", query.LabId);
    }
}

internal sealed class GetSubProjectDetailsHandler(SubProjectReader reader) : IQueryHandler<GetSubProjectDetails, SubProjectView?>
{
    public async ValueTask<SubProjectView?> Handle(GetSubProjectDetails query, CancellationToken cancellationToken) =>
        await reader.DetailsAsync(query.LabId, query.SubProjectId, cancellationToken);
}

internal sealed class GetSubProjectOverviewHandler(ProjectsDbContext db, SubProjectReader reader, ISender sender) : IQueryHandler<GetSubProjectOverview, IReadOnlyList<LabOverview>>
{
    public async ValueTask<IReadOnlyList<LabOverview>> Handle(GetSubProjectOverview query, CancellationToken cancellationToken)
    {
        var labs = await sender.Send(new GetLabs(IncludeArchived: true, LabIds: query.LabIds), cancellationToken);
        var labIds = labs.Select(l => l.Id).ToList();
        var subProjects = await db.SubProjects.AsNoTracking()
            .Include(s => s.Milestones)
            .Where(s => labIds.Contains(s.LabId))
            .ToListAsync(cancellationToken);
        var ids = subProjects.Select(s => s.Id).ToList();
        var updates = await db.ProgressUpdates.AsNoTracking().Where(u => ids.Contains(u.SubProjectId)).ToListAsync(cancellationToken);
        var latest = updates.GroupBy(u => u.SubProjectId).ToDictionary(g => g.Key, g => SubProjectReader.Newest(g).First().TrafficLight);
        var today = reader.Today;

        return labs
            .Select(lab =>
            {
                var own = subProjects.Where(s => s.LabId == lab.Id).ToList();
                return new LabOverview(
                    lab.Id,
                    lab.Name,
                    lab.IsArchived,
                    own.Count,
                    own.Count(s => s.Status == SubProjectStatus.Running),
                    own.Count(s => s.Milestones.Any(m => s.IsOverdue(m, today))),
                    own.Count(s => StatusLifeCycle.IsActive(s.Status) && latest.GetValueOrDefault(s.Id) == TrafficLight.Critical));
            })
            .ToList();
    }
}

internal static class ReadSubProjectsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/labs/{labId:guid}/subprojects", async Task<Ok<LabDashboard>> (Guid labId, string? status, Guid? themeId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetLabDashboard(labId, status, themeId), ct)))
            .RequireAuthorization(Policies.ReadLab)
            .WithName("ListSubProjects")
            .WithSummary("The lab dashboard: every sub-project with status, traffic light, last update, percent complete and overdue milestones (those first). Filter by status and themeId.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/labs/{labId:guid}/subprojects/{subProjectId:guid}", async Task<Results<Ok<SubProjectView>, NotFound>> (Guid labId, Guid subProjectId, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetSubProjectDetails(labId, subProjectId), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ReadLab)
            .WithName("GetSubProject")
            .WithSummary("One sub-project with status history, milestones, progress updates, indicators with target attainment, lessons learned and transfers.");

        api.MapGet("/subprojects/overview", async Task<Ok<IReadOnlyList<LabOverview>>> (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetSubProjectOverview(LabPermissions.ReadsAllLabs(user) ? null : LabPermissions.ScopedLabs(user)), ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("SubProjectOverview")
            .WithSummary("Per lab the caller may read: number of sub-projects, running ones, ones with overdue milestones and critical ones.");
    }
}
