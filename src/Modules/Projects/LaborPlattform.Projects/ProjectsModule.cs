using LaborPlattform.Projects.ChangeStatus;
using LaborPlattform.Projects.Common;
using LaborPlattform.Projects.CreateSubProject;
using LaborPlattform.Projects.Demo;
using LaborPlattform.Projects.EditSubProject;
using LaborPlattform.Projects.ExportSubProjects;
using LaborPlattform.Projects.ManageIndicators;
using LaborPlattform.Projects.ManageLessons;
using LaborPlattform.Projects.ManageMilestones;
using LaborPlattform.Projects.ManageSettings;
using LaborPlattform.Projects.ManageTransfers;
using LaborPlattform.Projects.Organisations;
using LaborPlattform.Projects.PostProgressUpdate;
using LaborPlattform.Projects.PublishSubProjects;
using LaborPlattform.Projects.ReadSubProjects;
using LaborPlattform.Shared.Demo;
using LaborPlattform.Shared.Navigation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LaborPlattform.Projects;

/// <summary>
/// Sub-projects (Teilprojekte) of the labs: status life cycle with history, milestones, progress updates with
/// history, indicators, lessons learned and transfer; the lab dashboard, public pages, CSV export and the API.
/// </summary>
public static class ProjectsModule
{
    public static IServiceCollection AddProjectsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<ProjectsDbContext>(ProjectsDbContext.Prefix);
        services.AddValidatorsFromAssemblyContaining<ProjectsResource>(includeInternalTypes: true);
        services.AddScoped<SubProjectStore>();
        services.AddScoped<SubProjectReader>();
        services.AddScoped<ProgressUpdatePermission>();
        services.AddScoped<IOrganisationNames, DirectoryOrganisationNames>();
        services.AddScoped<IDemoDataSeeder, ProjectsDemoData>();

        services.AddSingleton(new NavigationItem("Teilprojekte", "/intern/teilprojekte", NavigationArea.Internal, 20, typeof(ProjectsResource), Policies.SignedIn));
        services.AddSingleton(new PublicLabLink("Teilprojekte des Labors", "/labore/{slug}/teilprojekte", 10, typeof(ProjectsResource)));
        services.AddSingleton(new LabLink("Teilprojekte", "/intern/labore/{labId}/teilprojekte", 10, typeof(ProjectsResource), Policies.ReadLab));
        return services;
    }

    public static IEndpointRouteBuilder MapProjectsModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("Projects");
        ReadSubProjectsEndpoints.Map(api);
        CreateSubProjectEndpoint.Map(api);
        EditSubProjectEndpoint.Map(api);
        ChangeStatusEndpoint.Map(api);
        ManageMilestonesEndpoints.Map(api);
        PostProgressUpdateEndpoint.Map(api);
        ManageIndicatorsEndpoints.Map(api);
        RecordIndicatorValuesEndpoints.Map(api);
        ManageLessonsEndpoints.Map(api);
        ManageTransfersEndpoints.Map(api);
        ManageSettingsEndpoints.Map(api);
        ExportSubProjectsEndpoint.Map(api);
        PublicSubProjectsEndpoints.Map(api);
        return app;
    }
}
