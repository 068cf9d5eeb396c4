using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Projects.FollowLabs;

/// <summary>When a lab is archived its sub-projects become read-only: readable by those who could read them, changeable by nobody.</summary>
internal sealed class LabArchivedHandler(ProjectsDbContext db) : INotificationHandler<LabArchived>
{
    public async ValueTask Handle(LabArchived notification, CancellationToken cancellationToken)
    {
        // A coordinator may save a sub-project in the same moment; the lab is archived already, so this must not
        // fail: reload and mark again (a few times at most, then the stale conflict surfaces).
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MarkReadOnlyAsync(notification, cancellationToken);
                return;
            }
            catch (ConflictException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task MarkReadOnlyAsync(LabArchived notification, CancellationToken cancellationToken)
    {
        var subProjects = await db.SubProjects.Where(s => s.LabId == notification.LabId && s.ReadOnlySince == null).ToListAsync(cancellationToken);
        foreach (var subProject in subProjects)
        {
            subProject.MakeReadOnly(notification.ArchivedAt);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
