namespace LaborPlattform.Accounts.Data;

internal sealed class AccountsDatabase(AccountsDbContext context) : IModuleDatabase
{
    public string Module => context.ModuleName;

    public Task MigrateAsync(CancellationToken cancellationToken) => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(context.Database, cancellationToken);

    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken) =>
        (await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(context.Database, cancellationToken)).ToList();

    public bool HasPendingModelChanges() => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.HasPendingModelChanges(context.Database);
}
