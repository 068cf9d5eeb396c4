using LaborPlattform.Reporting.Access;
using LaborPlattform.Reporting.Archive;
using LaborPlattform.Reporting.Documents;
using LaborPlattform.Reporting.Documents.Sections;
using LaborPlattform.Reporting.DownloadReport;
using LaborPlattform.Reporting.GenerateReport;
using LaborPlattform.Reporting.Jobs;
using LaborPlattform.Reporting.QuarterlyReports;
using LaborPlattform.Reporting.ReadReports;
using LaborPlattform.Reporting.RequestReport;
using LaborPlattform.Reporting.RetryReport;
using LaborPlattform.Shared.Navigation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LaborPlattform.Reporting;

/// <summary>
/// PDF progress reports for the ministry and the municipal umbrella associations: requested in the UI or API,
/// generated in the background (Hangfire), archived unchanged with their SHA-256 and downloadable.
/// </summary>
public static class ReportingModule
{
    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<ReportingDbContext>(ReportingDbContext.Prefix);
        services.AddValidatorsFromAssemblyContaining<ReportingResource>(includeInternalTypes: true);
        services.AddSingleton<IReportArchive, FileReportArchive>();
        services.AddScoped<ReportAccess>();
        services.AddScoped<ReportComposer>();
        services.AddScoped<ReportQueue>();
        services.AddScoped<GenerateReportJob>();
        services.AddScoped<QuarterlyReportsJob>();

        // The report sections (ADR 0046, 0048, 0050).
        services.AddScoped<IReportSection, LabKeyFiguresSection>();
        services.AddScoped<IReportSection, LabProfileSection>();
        services.AddScoped<IReportSection, SubProjectsSection>();
        services.AddScoped<IReportSection, ProgrammeOverviewSection>();
        services.AddScoped<IReportSection, ProgrammeKeyFiguresSection>();
        services.AddScoped<IReportSection, LabComparisonSection>();
        services.AddScoped<IReportSection, ThemesAcrossLabsSection>();
        services.AddScoped<IReportSection, LabPagesSection>();
        services.AddScoped<IReportSection, MunicipalitiesByKindSection>();
        services.AddScoped<IReportSection, TransferSection>();
        services.AddScoped<IReportSection, LabWorkshopsSection>();
        services.AddScoped<IReportSection, WorkshopAnnexSection>();
        services.AddScoped<IReportSection, ProgrammeWorkshopsSection>();
        services.AddScoped<IReportSection, LabComparisonWorkshopsSection>();

        services.AddReportingJobs(configuration);

        services.AddSingleton(new NavigationItem("Berichte", "/intern/berichte", NavigationArea.Internal, 50, typeof(ReportingResource), Policies.SignedIn));
        services.AddSingleton(new NavigationItem("Hintergrundaufträge", "/jobs", NavigationArea.Administration, 90, typeof(ReportingResource), Policies.Administrator));
        return services;
    }

    public static IEndpointRouteBuilder MapReportingModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("Reporting");
        RequestReportEndpoint.Map(api);
        ReadReportsEndpoints.Map(api);
        DownloadReportEndpoint.Map(api);
        RetryReportEndpoint.Map(api);
        app.MapJobsDashboard();
        app.MapGet("/reporting/report-status.js", StatusScript).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = typeof(ReportingModule).Assembly.GetManifestResourceStream("report-status.js")
            ?? throw new InvalidOperationException("The report status script is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    /// <summary>The small script that updates report states in place (no inline script: the CSP allows only 'self').</summary>
    private static IResult StatusScript(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(Script.Value, "text/javascript; charset=utf-8");
    }
}
