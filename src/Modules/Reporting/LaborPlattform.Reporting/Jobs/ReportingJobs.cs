using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.Storage.SQLite;
using LaborPlattform.Reporting.QuarterlyReports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LaborPlattform.Reporting.Jobs;

/// <summary>
/// Background jobs with Hangfire on SQLite, in their own file (<c>hangfire.db</c>) in the platform's data directory,
/// so queued jobs survive a restart (ADR 0044). Storage and activator are registered per host rather than through
/// Hangfire's static <c>JobStorage.Current</c>, so several hosts in one process (tests) never share or swap a queue.
/// </summary>
internal static class ReportingJobs
{
    /// <summary>How often idle workers look for new jobs (default 5 s; tests use a fraction of a second).</summary>
    public const string PollIntervalKey = "LaborPlattform:Jobs:PollInterval";

    /// <summary>Whether this host runs jobs (default true). A web-only node of a scaled-out installation sets it to false.</summary>
    public const string RunServerKey = "LaborPlattform:Jobs:RunServer";

    public const string WorkerCountKey = "LaborPlattform:Jobs:WorkerCount";

    public const string StorageFileName = "hangfire.db";

    public static IServiceCollection AddReportingJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var pollInterval = configuration.GetValue(PollIntervalKey, TimeSpan.FromSeconds(5));
        services.TryAddSingleton<PlatformDatabase>();
        services.AddSingleton<JobStorage>(sp => new SQLiteStorage(
            Path.Combine(sp.GetRequiredService<PlatformDatabase>().DataDirectory, StorageFileName),
            new SQLiteStorageOptions { QueuePollInterval = pollInterval }));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        if (configuration.GetValue(RunServerKey, true))
        {
            // Report generation is CPU-bound: a couple of workers per host is plenty.
            var workers = configuration.GetValue(WorkerCountKey, Math.Clamp(Environment.ProcessorCount, 1, 4));
            services.AddHangfireServer((_, options) =>
            {
                options.WorkerCount = workers;
                options.SchedulePollingInterval = pollInterval;
                options.ShutdownTimeout = TimeSpan.FromSeconds(10);
            });
        }

        services.AddHostedService<RecurringJobsRegistration>();
        return services;
    }

    /// <summary>The Hangfire dashboard under <c>/jobs</c>, for administrators only.</summary>
    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder app) =>
        app.MapHangfireDashboard("/jobs", new DashboardOptions
            {
                Authorization = [new AdministratorsOnlyFilter()],
                AppPath = "/intern",
                DashboardTitle = "Hintergrundaufträge – LaborPlattform",
                DisplayStorageConnectionString = false,
            })
            .RequireAuthorization(Policies.Administrator);

    /// <summary>The endpoint policy refuses everyone else already; the dashboard checks again on its own.</summary>
    private sealed class AdministratorsOnlyFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Administrator);
    }

    /// <summary>Registers the recurring jobs when the host starts.</summary>
    private sealed class RecurringJobsRegistration(IRecurringJobManager recurringJobs) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            recurringJobs.AddOrUpdate<QuarterlyReportsJob>(
                QuarterlyReportsJob.RecurringJobId,
                job => job.RunAsync(CancellationToken.None),
                QuarterlyReportsJob.Cron,
                new RecurringJobOptions { TimeZone = Berlin.Zone });
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
