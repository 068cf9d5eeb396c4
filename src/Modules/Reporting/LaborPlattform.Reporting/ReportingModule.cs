using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LaborPlattform.Reporting;

/// <summary>
/// PDF progress reports for the ministry and the municipal umbrella associations, generated in the background, archived and downloadable.
/// The module is registered and mapped by the host like every other module; its features arrive with its own issue.
/// </summary>
public static class ReportingModule
{
    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapReportingModule(this IEndpointRouteBuilder app) => app;
}
