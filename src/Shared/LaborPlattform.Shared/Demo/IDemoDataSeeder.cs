namespace LaborPlattform.Shared.Demo;

/// <summary>
/// Fills a module with demo data in demo mode (never in production). Seeders run in <see cref="Order"/>, so a
/// module can build on the demo labs; each must leave existing data alone when run again.
/// </summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
