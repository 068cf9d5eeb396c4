using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Reporting.Archive;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.ReadReports;
using LaborPlattform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Shouldly;

namespace LaborPlattform.Reporting.Tests;

/// <summary>
/// The platform with the real Hangfire SQLite job store, polled every 100 ms so background reports are done within a
/// second or two. Everything else is as in production.
/// </summary>
public class ReportingPlatform : PlatformFactory
{
    /// <summary>Runs this platform on another platform's data (database, job store, archive) – a restart.</summary>
    public string? SharedDataDirectory { get; init; }

    public bool RunJobs { get; init; } = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("LaborPlattform:Jobs:PollInterval", "00:00:00.100");
        builder.UseSetting("LaborPlattform:Jobs:RunServer", RunJobs ? "true" : "false");
        builder.UseSetting("LaborPlattform:Jobs:WorkerCount", "2");
        if (SharedDataDirectory is not null)
        {
            builder.UseSetting("LaborPlattform:DataDirectory", SharedDataDirectory);
        }

        builder.ConfigureServices(ConfigureTestServices);
    }

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    public string EffectiveDataDirectory => SharedDataDirectory ?? DataDirectory;
}

/// <summary>The platform whose report archive fails its first writes (a full or read-only disk).</summary>
public sealed class FailingArchivePlatform : ReportingPlatform
{
    public int FailuresLeft { get; set; } = 1;

    /// <summary>Whether a failing write stores the file first (an attempt that failed after its file was archived).</summary>
    public bool FailAfterWriting { get; set; }

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IReportArchive>(sp => new FlakyArchive(
            ActivatorUtilities.CreateInstance<FileReportArchive>(sp), this)));

    private sealed class FlakyArchive(IReportArchive inner, FailingArchivePlatform platform) : IReportArchive
    {
        public async Task<ArchivedFile> StoreAsync(Guid reportId, int attempt, byte[] pdf, CancellationToken cancellationToken)
        {
            if (platform.FailuresLeft > 0)
            {
                platform.FailuresLeft--;
                if (platform.FailAfterWriting)
                {
                    // The file reached the disk, but the attempt still failed (e.g. the database was locked afterwards).
                    await inner.StoreAsync(reportId, attempt, pdf, cancellationToken);
                }

                throw new IOException("No space left on device");
            }

            return await inner.StoreAsync(reportId, attempt, pdf, cancellationToken);
        }

        public Stream? Open(Guid reportId, int attempt) => inner.Open(reportId, attempt);
    }
}

/// <summary>Requests, waiting and downloads as API clients do them.</summary>
internal static class Reports
{
    public static object LabReport(Guid labId, int year = 2026, int quarter = 1, string audience = ReportAudiences.Ministry) => new
    {
        type = ReportTypes.LabProgress,
        labId,
        periodKind = ReportPeriodKinds.Quarter,
        year,
        quarter,
        audience,
    };

    public static object ProgrammeReport(string type = ReportTypes.Programme, int year = 2026, int quarter = 1) => new
    {
        type,
        programmeId = TestLabs.RegionalLabsProgramme,
        periodKind = ReportPeriodKinds.Quarter,
        year,
        quarter,
        audience = ReportAudiences.Ministry,
    };

    public static async Task<ReportStatusDto> RequestAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/reports", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ReportStatusDto>())!;
    }

    /// <summary>Waits until the report is done or failed (the job store is polled every 100 ms in tests).</summary>
    public static async Task<ReportStatusDto> WaitAsync(this HttpClient client, Guid reportId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var status = (await client.GetFromJsonAsync<ReportStatusDto>($"/api/reports/{reportId}"))!;
            if (status.State is ReportStates.Done or ReportStates.Failed)
            {
                return status;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Report {reportId} is still {status.State}.");
            }

            await Task.Delay(100);
        }
    }

    public static async Task<(ReportStatusDto Status, byte[] Pdf)> RequestAndDownloadAsync(this HttpClient client, object body)
    {
        var requested = await client.RequestAsync(body);
        var done = await client.WaitAsync(requested.Id);
        done.State.ShouldBe(ReportStates.Done, done.FailureReason);
        var pdf = await client.GetByteArrayAsync(done.DownloadUrl);
        return (done, pdf);
    }
}
