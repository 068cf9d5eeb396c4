using LaborPlattform.Shared.Demo;
using LaborPlattform.Shared.Navigation;
using LaborPlattform.Stakeholders.Demo;
using LaborPlattform.Stakeholders.ExportOrganisations;
using LaborPlattform.Stakeholders.ImportOrganisations;
using LaborPlattform.Stakeholders.ManageContactPersons;
using LaborPlattform.Stakeholders.ManageNetworks;
using LaborPlattform.Stakeholders.ManageOrganisations;
using LaborPlattform.Stakeholders.ManageSupportOffers;
using LaborPlattform.Stakeholders.ReadOrganisations;
using LaborPlattform.Stakeholders.ReportStakeholders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LaborPlattform.Stakeholders;

/// <summary>
/// Organisations, networks and memberships, support offers (with the public directory), contact persons
/// (personal data, GDPR export and erasure) and venues.
/// </summary>
public static class StakeholdersModule
{
    public static IServiceCollection AddStakeholdersModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<StakeholdersDbContext>(StakeholdersDbContext.Prefix);
        services.AddValidatorsFromAssemblyContaining<StakeholdersResource>(includeInternalTypes: true);
        services.AddScoped<IDemoDataSeeder, StakeholdersDemoData>();

        services.AddSingleton(new NavigationItem("Hilfe-Angebote", "/angebote", NavigationArea.Public, 10, typeof(StakeholdersResource)));
        services.AddSingleton(new NavigationItem("Akteure und Angebote", "/intern/akteure", NavigationArea.Internal, 30, typeof(StakeholdersResource), Policies.SignedIn));
        services.AddSingleton(new LabLink("Organisationen", "/intern/labore/{labId}/organisationen", 20, typeof(StakeholdersResource), Policies.ReadLab));
        services.AddSingleton(new LabLink("Netzwerke", "/intern/labore/{labId}/netzwerke", 21, typeof(StakeholdersResource), Policies.ReadLab));
        services.AddSingleton(new LabLink("Unterstützungsangebote", "/intern/labore/{labId}/angebote", 22, typeof(StakeholdersResource), Policies.ReadLab));
        return services;
    }

    public static IEndpointRouteBuilder MapStakeholdersModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("Stakeholders");
        ReadOrganisationsEndpoints.Map(api);
        ManageOrganisationsEndpoints.Map(api);
        ImportOrganisationsEndpoint.Map(api);
        ExportOrganisationsEndpoint.Map(api);
        ReadNetworksEndpoints.Map(api);
        ManageNetworksEndpoints.Map(api);
        ReadSupportOffersEndpoints.Map(api);
        ManageSupportOffersEndpoints.Map(api);
        ReadContactPersonsEndpoints.Map(api);
        ManageContactPersonsEndpoints.Map(api);
        ReportStakeholdersEndpoints.Map(api);
        return app;
    }
}
