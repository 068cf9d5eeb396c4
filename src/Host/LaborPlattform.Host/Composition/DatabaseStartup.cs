using LaborPlattform.Shared.Demo;
using LaborPlattform.Shared.Persistence;

namespace LaborPlattform.Host.Composition;

internal static partial class DatabaseStartup
{
    /// <summary>
    /// Brings every module's tables up to date (each module with its own migrations history) and, in demo mode,
    /// fills in the demo data. Runs before the server accepts requests.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LaborPlattform.Database");
        var database = app.Services.GetRequiredService<PlatformDatabase>();
        LogDataDirectory(logger, database.DataDirectory);
        database.EnableWriteAheadLog();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            foreach (var module in scope.ServiceProvider.GetServices<IModuleDatabase>())
            {
                await module.MigrateAsync(cancellationToken);
            }
        }

        if (app.Configuration.IsDemoMode())
        {
            await using var scope = app.Services.CreateAsyncScope();
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(cancellationToken);
            }

            LogDemo(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data directory: {DataDirectory}")]
    private static partial void LogDataDirectory(ILogger logger, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo mode: demo data and demo accounts are in place. Never run demo mode in production.")]
    private static partial void LogDemo(ILogger logger);
}
