using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LaborPlattform.Stakeholders;

/// <summary>
/// Organisations, networks and memberships, support offers, contact persons (personal data, GDPR) and venues.
/// The module is registered and mapped by the host like every other module; its features arrive with its own issue.
/// </summary>
public static class StakeholdersModule
{
    public static IServiceCollection AddStakeholdersModule(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapStakeholdersModule(this IEndpointRouteBuilder app) => app;
}
