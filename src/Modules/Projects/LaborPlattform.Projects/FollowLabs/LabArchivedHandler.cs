using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LaborPlattform.Projects.FollowLabs;

/// <summary>When a lab is archived its sub-projects become read-only: readable by those who could read them, changeable by nobody.</summary>
internal sealed class LabArchivedHandler(ProjectsDbContext db) : INotificationHandler<LabArchived>
{
    public async ValueTask Handle(LabArchived notification, CancellationToken cancellationToken)
    {
        var subProjects = await db.SubProjects.Where(s => s.LabId == notification.LabId && s.ReadOnlySince == null).ToListAsync(cancellationToken);
        foreach (var subProject in subProjects)
        {
            subProject.MakeReadOnly(notification.ArchivedAt);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
