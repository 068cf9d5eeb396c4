using LaborPlattform.Shared.Demo;

namespace LaborPlattform.Workshops.Demo;

internal sealed class WorkshopsDemoData : IDemoDataSeeder
{
    public int Order => 50;

    public Task SeedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
