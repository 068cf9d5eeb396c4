using LaborPlattform.Shared.Demo;

namespace LaborPlattform.Projects.Demo;

internal sealed class ProjectsDemoData : IDemoDataSeeder
{
    public int Order => 30;

    public Task SeedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
