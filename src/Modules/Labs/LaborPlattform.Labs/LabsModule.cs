using LaborPlattform.Labs.AddMunicipality;
using LaborPlattform.Labs.AddTeachingLink;
using LaborPlattform.Labs.AddTheme;
using LaborPlattform.Labs.AddUniversity;
using LaborPlattform.Labs.ArchiveLab;
using LaborPlattform.Labs.ChangeMunicipality;
using LaborPlattform.Labs.CreateProgramme;
using LaborPlattform.Labs.Demo;
using LaborPlattform.Labs.EditLab;
using LaborPlattform.Labs.EditProgramme;
using LaborPlattform.Labs.ReadLabs;
using LaborPlattform.Labs.ReadProgrammes;
using LaborPlattform.Labs.RegisterLab;
using LaborPlattform.Labs.RemoveMunicipality;
using LaborPlattform.Labs.RemoveTeachingLink;
using LaborPlattform.Labs.RemoveUniversity;
using LaborPlattform.Shared.Demo;
using LaborPlattform.Shared.Navigation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LaborPlattform.Labs;

/// <summary>
/// Programmes, labs (consortia), member municipalities, partner universities and teaching links. The pattern
/// every module follows: one registration call, one mapping call, one folder per use case with its pages.
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
        AddMunicipalityEndpoint.Map(api);
        ChangeMunicipalityEndpoint.Map(api);
        RemoveMunicipalityEndpoint.Map(api);
        AddUniversityEndpoint.Map(api);
        RemoveUniversityEndpoint.Map(api);
        AddTeachingLinkEndpoint.Map(api);
        RemoveTeachingLinkEndpoint.Map(api);
        ReadProgrammesEndpoints.Map(api);
        CreateProgrammeEndpoint.Map(api);
        EditProgrammeEndpoint.Map(api);
        AddThemeEndpoint.Map(api);
        return app;
    }
}
