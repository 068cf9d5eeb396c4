using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LaborPlattform.Projects;

/// <summary>
/// Sub-projects (Teilprojekte) of the labs: status life cycle, milestones, progress updates with history, indicators, lessons learned and transfer.
/// The module is registered and mapped by the host like every other module; its features arrive with its own issue.
/// </summary>
public static class ProjectsModule
{
    public static IServiceCollection AddProjectsModule(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapProjectsModule(this IEndpointRouteBuilder app) => app;
}
