using LaborPlattform.Accounts;
using LaborPlattform.Host.Composition;
using LaborPlattform.Labs;
using LaborPlattform.Projects;
using LaborPlattform.Reporting;
using LaborPlattform.Stakeholders;
using LaborPlattform.Workshops;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.Services.AddAccountsModule(builder.Configuration);
builder.Services.AddLabsModule(builder.Configuration);
builder.Services.AddProjectsModule(builder.Configuration);
builder.Services.AddStakeholdersModule(builder.Configuration);
builder.Services.AddWorkshopsModule(builder.Configuration);
builder.Services.AddReportingModule(builder.Configuration);

var app = builder.Build();
if (await OperatorCommands.RunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

await app.PrepareDatabaseAsync();
app.UsePlatform();
app.MapLabsModule();
app.MapProjectsModule();
app.MapStakeholdersModule();
app.MapWorkshopsModule();
app.MapReportingModule();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
