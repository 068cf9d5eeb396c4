using LaborPlattform.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace LaborPlattform.Shared.Persistence;

public static class DbContextExtensions
{
    /// <summary>
    /// Starts an edit of <paramref name="aggregate"/> that the caller based on <paramref name="expectedVersion"/>.
    /// A stale version is refused at once; a save that races with another one is refused by the database
    /// (the UPDATE carries <c>WHERE Version = expected</c>). Either way nothing is written.
    /// </summary>
    public static void ExpectVersion<T>(this DbContext db, T aggregate, int expectedVersion)
        where T : class, IVersioned
    {
        if (aggregate.Version != expectedVersion)
        {
            throw ConflictException.Stale();
        }

        var version = db.Entry(aggregate).Property(nameof(IVersioned.Version));
        version.OriginalValue = expectedVersion;
        version.CurrentValue = expectedVersion + 1;
        version.IsModified = true;
    }
}
