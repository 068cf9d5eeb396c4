using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LaborPlattform.Workshops;

/// <summary>
/// Co-creation workshops, courses and other events, recurring series, outcome logging (counts, never names), the public event calendar and iCal feeds.
/// The module is registered and mapped by the host like every other module; its features arrive with its own issue.
/// </summary>
public static class WorkshopsModule
{
    public static IServiceCollection AddWorkshopsModule(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapWorkshopsModule(this IEndpointRouteBuilder app) => app;
}
