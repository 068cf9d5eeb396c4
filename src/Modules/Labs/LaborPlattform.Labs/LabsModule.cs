using FluentValidation;
using LaborPlattform.Labs.ArchiveLab;
using LaborPlattform.Labs.Data;
using LaborPlattform.Labs.Demo;
using LaborPlattform.Labs.EditLab;
using LaborPlattform.Labs.ManageMunicipalities;
using LaborPlattform.Labs.ManageProgrammes;
using LaborPlattform.Labs.ManageUniversities;
using LaborPlattform.Labs.ReadLabs;
using LaborPlattform.Labs.RegisterLab;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Demo;
using LaborPlattform.Shared.Navigation;
using LaborPlattform.Shared.Persistence;
using LaborPlattform.Shared.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LaborPlattform.Labs;

/// <summary>
/// Programmes, labs (consortia), member municipalities, partner universities and teaching links. The pattern
/// every module follows: one registration call, one mapping call, pages in the module's area.
/// </summary>
public static class LabsModule
{
    public static IServiceCollection AddLabsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<LabsDbContext>(LabsDbContext.Prefix);
        services.AddValidatorsFromAssemblyContaining<LabsResource>(includeInternalTypes: true);
        services.AddScoped<IDemoDataSeeder, LabsDemoData>();

        services.AddSingleton(new NavigationItem("Labore", "/labore", NavigationArea.Public, 30, typeof(LabsResource)));
        services.AddSingleton(new NavigationItem("Labore", "/intern/labore", NavigationArea.Internal, 10, typeof(LabsResource), Policies.SignedIn));
        services.AddSingleton(new NavigationItem("Programme und Themen", "/admin/programme", NavigationArea.Administration, 30, typeof(LabsResource), Policies.Administrator));
        return services;
    }

    public static IEndpointRouteBuilder MapLabsModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("Labs");
        ReadLabsEndpoints.Map(api);
        RegisterLabEndpoint.Map(api);
        EditLabEndpoint.Map(api);
        ArchiveLabEndpoint.Map(api);
        ManageMunicipalitiesEndpoints.Map(api);
        ManageUniversitiesEndpoints.Map(api);
        ManageProgrammesEndpoints.Map(api);
        return app;
    }
}
