using LaborPlattform.Shared.Demo;
using LaborPlattform.Shared.Navigation;
using LaborPlattform.Workshops.ContributeToIndicator;
using LaborPlattform.Workshops.Demo;
using LaborPlattform.Workshops.LogOutcome;
using LaborPlattform.Workshops.ManageFormats;
using LaborPlattform.Workshops.ManageOccurrences;
using LaborPlattform.Workshops.PublicCalendar;
using LaborPlattform.Workshops.ReadWorkshops;
using LaborPlattform.Workshops.ReportWorkshops;
using LaborPlattform.Workshops.SaveWorkshop;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LaborPlattform.Workshops;

/// <summary>
/// Co-creation workshops, courses and other events, recurring series, outcome logging (counts, never names),
/// statistics, the public event calendar and its iCal feeds.
/// </summary>
public static class WorkshopsModule
{
    public static IServiceCollection AddWorkshopsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<WorkshopsDbContext>(WorkshopsDbContext.Prefix);
        services.AddValidatorsFromAssemblyContaining<WorkshopsResource>(includeInternalTypes: true);
        services.AddScoped<WorkshopDetailsResolver>();
        services.AddScoped<IndicatorContributions>();
        services.AddScoped<CalendarFeedBuilder>();
        services.AddScoped<IDemoDataSeeder, WorkshopsDemoData>();

        services.AddSingleton(new PublicLabLink("Veranstaltungen des Labors", "/veranstaltungen?labor={slug}", 20, typeof(WorkshopsResource)));
        services.AddSingleton(new LabLink("Veranstaltungen", "/intern/labore/{labId}/veranstaltungen", 30, typeof(WorkshopsResource), Policies.ReadLab));
        services.AddSingleton(new NavigationItem("Veranstaltungskalender", "/veranstaltungen", NavigationArea.Public, 20, typeof(WorkshopsResource)));
        services.AddSingleton(new NavigationItem("Veranstaltungen", "/intern/veranstaltungen", NavigationArea.Internal, 40, typeof(WorkshopsResource), Policies.SignedIn));
        services.AddSingleton(new NavigationItem("Veranstaltungsformate", "/admin/veranstaltungsformate", NavigationArea.Administration, 40, typeof(WorkshopsResource), Policies.Administrator));
        return services;
    }

    public static IEndpointRouteBuilder MapWorkshopsModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("Workshops");
        ReadWorkshopsEndpoints.Map(api);
        CreateWorkshopEndpoint.Map(api);
        EditWorkshopEndpoint.Map(api);
        ManageOccurrencesEndpoints.Map(api);
        LogOutcomeEndpoint.Map(api);
        ReportWorkshopsEndpoints.Map(api);
        ManageFormatsEndpoints.Map(api);
        PublicEventsEndpoints.Map(api);
        CalendarFeedEndpoints.Map(app);
        return app;
    }
}
