using Microsoft.EntityFrameworkCore;

namespace LaborPlattform.Shared.Persistence;

/// <summary>A module's database as the host sees it: something to migrate at start-up or by the operator command.</summary>
public interface IModuleDatabase
{
    string Module { get; }

    Task MigrateAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken);

    /// <summary>True when the model has changes no migration describes yet (a forgotten <c>migrations add</c>).</summary>
    bool HasPendingModelChanges();
}

internal sealed class ModuleDatabase<TContext>(TContext context) : IModuleDatabase
    where TContext : ModuleDbContext
{
    public string Module => context.ModuleName;

    public Task MigrateAsync(CancellationToken cancellationToken) => context.Database.MigrateAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken) =>
        (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();

    public bool HasPendingModelChanges() => context.Database.HasPendingModelChanges();
}
