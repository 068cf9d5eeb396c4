using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Auditing;

namespace LaborPlattform.Projects.Common;

/// <summary>
/// What every change of a sub-project does first: load it with its parts, make sure it belongs to the lab in
/// the route (another lab's sub-project is "not found", never touched), that it and its lab can still be changed,
/// and that the caller's version is current.
/// </summary>
internal sealed class SubProjectStore(ProjectsDbContext db, ISender sender, ICurrentActor currentActor, TimeProvider time)
{
    public ProjectsDbContext Db => db;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Today in Berlin: the day "overdue" and "not in the future" are measured against.</summary>
    public DateOnly Today => Berlin.Today(time);

    public Actor Actor => new(currentActor.UserId, currentActor.Name);

    /// <summary>Loads for a change that names the version it is based on.</summary>
    public async Task<SubProject> LoadForChangeAsync(Guid labId, Guid subProjectId, int version, CancellationToken ct)
    {
        var subProject = await LoadForAppendAsync(labId, subProjectId, ct);
        db.ExpectVersion(subProject, version);
        return subProject;
    }

    /// <summary>Loads for an addition that overwrites nothing (progress update, measured value): no version needed.</summary>
    public async Task<SubProject> LoadForAppendAsync(Guid labId, Guid subProjectId, CancellationToken ct)
    {
        var subProject = await db.SubProjects.WithParts().SingleOrDefaultAsync(s => s.Id == subProjectId && s.LabId == labId, ct)
            ?? throw new NotFoundException("Teilprojekt", subProjectId);
        subProject.EnsureWritable();
        await EnsureLabWritableAsync(labId, ct);
        return subProject;
    }

    /// <summary>The lab must exist (404) and not be archived (409, in case the archiving notification was missed).</summary>
    public async Task EnsureLabWritableAsync(Guid labId, CancellationToken ct)
    {
        var lab = await sender.Send(new GetLabState(labId), ct);
        if (!lab.Exists)
        {
            throw new NotFoundException("Labor", labId);
        }

        if (lab.IsArchived)
        {
            throw new ConflictException("Das Labor ist archiviert; seine Teilprojekte können nicht mehr geändert werden.", ConflictException.ReadOnlyCode);
        }
    }
}

internal static class SubProjectQueries
{
    public static IQueryable<SubProject> WithParts(this IQueryable<SubProject> subProjects) => subProjects
        .Include(s => s.Themes)
        .Include(s => s.Municipalities)
        .Include(s => s.Organisations)
        .Include(s => s.StatusChanges)
        .Include(s => s.Milestones)
        .Include(s => s.Indicators)
        .Include(s => s.Lessons)
        .Include(s => s.Transfers)
        .AsSplitQuery();
}
