using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.Storage;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Data;
using LaborPlattform.Reporting.Domain;
using LaborPlattform.Reporting.GenerateReport;
using LaborPlattform.Reporting.QuarterlyReports;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Jobs;

public sealed class GenerateReportJobTests(ReportingPlatform platform)
{
    [Fact]
    public async Task A_job_that_runs_twice_at_once_and_again_later_yields_one_archived_report()
    {
        var lab = await platform.CreateLabAsync();
        var id = Guid.CreateVersion7();
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            // Stored but not queued, so only this test runs its job.
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            db.Reports.Add(new ReportRequest(id, new ReportSpec(ReportTypes.LabProgress, lab.Id, lab.ProgrammeId, ReportPeriod.Quarter(2026, 2), ReportAudiences.Lab), lab.Name, null, "Test", platform.Time.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        await Task.WhenAll(RunJobAsync(id), RunJobAsync(id));
        var first = await LoadAsync(id);
        await RunJobAsync(id);
        var again = await LoadAsync(id);

        first.State.ShouldBe(ReportStates.Done, first.FailureReason);
        first.Attempts.ShouldBe(1);
        again.Version.ShouldBe(first.Version, "the third run found the report done and changed nothing");
        again.Sha256.ShouldBe(first.Sha256);
        Directory.GetFiles(Path.Combine(platform.DataDirectory, "reports"), $"{id:N}*").ShouldHaveSingleItem();
    }

    private async Task RunJobAsync(Guid id)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GenerateReportJob>().RunAsync(id, CancellationToken.None);
    }

    private async Task<ReportRequest> LoadAsync(Guid id)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Reports.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    [Fact]
    public async Task The_job_store_and_EF_Core_run_on_one_SQLite_library_in_its_own_file()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "select sqlite_version()";
        var efVersion = (string)(await command.ExecuteScalarAsync())!;
        using var jobs = new SQLite.SQLiteConnection(Path.Combine(platform.DataDirectory, "hangfire.db"));
        var jobsVersion = jobs.ExecuteScalar<string>("select sqlite_version()");

        jobsVersion.ShouldBe(efVersion);
        Version.Parse(efVersion).ShouldBeGreaterThanOrEqualTo(new Version(3, 53));
        typeof(SQLitePCL.raw).Assembly.GetName().Version!.Major.ShouldBe(3);
        jobs.ExecuteScalar<int>("select count(*) from sqlite_master where name like '%Job%'").ShouldBeGreaterThan(0);
    }
}

/// <summary>A platform of its own: the quarterly schedule reports on every lab there is.</summary>
public sealed class QuarterlyPlatform : ReportingPlatform;

public sealed class QuarterlyReportsTests(QuarterlyPlatform platform) : IClassFixture<QuarterlyPlatform>
{
    [Fact]
    public async Task On_the_first_working_day_of_a_quarter_every_funded_lab_and_its_programme_get_their_report_once()
    {
        var a = await platform.CreateLabAsync("Quartalslabor A");
        var b = await platform.CreateLabAsync("Quartalslabor B");

        // The labs are funded 2025 to 2027. Thursday, 1 April 2027, 06:00 in Berlin: the first quarter of 2027 is due.
        platform.Time.SetUtcNow(new DateTimeOffset(2027, 4, 1, 4, 0, 0, TimeSpan.Zero));
        await RunAsync();
        await RunAsync();
        var q1 = await ReportsAsync("2027-01-01");

        q1.Count.ShouldBe(3);
        q1.Where(r => r.Type == ReportTypes.LabProgress).Select(r => r.LabId).ShouldBe([a.Id, b.Id], ignoreOrder: true);
        q1.ShouldContain(r => r.Type == ReportTypes.Programme && r.ProgrammeId == TestLabs.RegionalLabsProgramme);
        q1.ShouldAllBe(r => r.PeriodEnd == new DateOnly(2027, 3, 31) && r.Audience == ReportAudiences.Ministry && r.RequestedByName == QuarterlyReportsJob.RequesterName);

        // New Year 2028 is a Saturday: the fourth quarter's reports wait for Monday, 3 January.
        platform.Time.SetUtcNow(new DateTimeOffset(2028, 1, 1, 5, 0, 0, TimeSpan.Zero));
        await RunAsync();
        (await ReportsAsync("2027-10-01")).ShouldBeEmpty();
        platform.Time.SetUtcNow(new DateTimeOffset(2028, 1, 3, 5, 0, 0, TimeSpan.Zero));
        await RunAsync();
        (await ReportsAsync("2027-10-01")).Count.ShouldBe(3);

        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        foreach (var report in q1)
        {
            (await reviewer.WaitAsync(report.Id)).State.ShouldBe(ReportStates.Done);
        }
    }

    [Fact]
    public void The_schedule_is_registered_daily_at_six_in_Berlin()
    {
        using var connection = platform.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = connection.GetRecurringJobs().Single(j => j.Id == QuarterlyReportsJob.RecurringJobId);

        job.Cron.ShouldBe("0 6 * * *");
        job.TimeZoneId.ShouldBe("Europe/Berlin");
    }

    private async Task RunAsync()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<QuarterlyReportsJob>().RunAsync(CancellationToken.None);
    }

    private async Task<List<ReportRequest>> ReportsAsync(string periodStart)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var start = DateOnly.ParseExact(periodStart, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Reports.AsNoTracking()
            .Where(r => r.ScheduleKey != null && r.PeriodStart == start).ToListAsync();
    }
}

public sealed class FailedReportTests(FailingArchivePlatform platform) : IClassFixture<FailingArchivePlatform>
{
    [Fact]
    public async Task A_failed_report_shows_a_readable_reason_and_can_be_retried()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        platform.FailAfterWriting = false;
        platform.FailuresLeft = 1;

        var failed = await coordinator.WaitAsync((await coordinator.RequestAsync(Reports.LabReport(lab.Id))).Id);
        failed.State.ShouldBe(ReportStates.Failed);
        failed.StateName.ShouldBe("Fehlgeschlagen");
        failed.FailureReason.ShouldBe(GenerateReportJob.StorageFailure);
        failed.DownloadUrl.ShouldBeNull();
        (await coordinator.GetAsync($"/api/reports/{failed.Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var retried = await coordinator.PostAsync($"/api/reports/{failed.Id}/retry", null);
        retried.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var done = await coordinator.WaitAsync(failed.Id);

        done.State.ShouldBe(ReportStates.Done);
        done.Attempts.ShouldBe(2);
        done.FailureReason.ShouldBeNull();
        (await coordinator.GetAsync(done.DownloadUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_report_whose_file_was_archived_before_it_failed_is_generated_anew_on_retry()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        platform.FailAfterWriting = true;
        platform.FailuresLeft = 1;

        var failed = await coordinator.WaitAsync((await coordinator.RequestAsync(Reports.LabReport(lab.Id))).Id);
        failed.State.ShouldBe(ReportStates.Failed);
        // The retry reads the data at a later instant, so its file differs from the one the failed attempt left behind.
        platform.Time.Advance(TimeSpan.FromMinutes(5));
        (await coordinator.PostAsync($"/api/reports/{failed.Id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var done = await coordinator.WaitAsync(failed.Id);

        done.State.ShouldBe(ReportStates.Done, done.FailureReason);
        done.Attempts.ShouldBe(2);
        done.DataAsOf.ShouldBe(platform.Time.GetUtcNow());
        var pdf = await coordinator.GetByteArrayAsync(done.DownloadUrl);
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)).ShouldBe(done.Sha256);
        Directory.GetFiles(Path.Combine(platform.DataDirectory, "reports"), $"{failed.Id:N}*").Length.ShouldBe(2, "the abandoned attempt's file stays as it was");
        platform.FailAfterWriting = false;
    }
}

/// <summary>A platform of its own: the test moves its clock by more than an hour.</summary>
public sealed class StuckReportPlatform : ReportingPlatform;

public sealed class StuckReportTests(StuckReportPlatform platform) : IClassFixture<StuckReportPlatform>
{
    [Fact]
    public async Task A_report_running_for_over_an_hour_without_its_job_can_be_retried_and_is_then_generated()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var id = Guid.CreateVersion7();
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            // Its attempt started, and then the job was lost (never queued here): nothing will ever finish it.
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            var report = new ReportRequest(id, new ReportSpec(ReportTypes.LabProgress, lab.Id, lab.ProgrammeId, ReportPeriod.Quarter(2026, 2), ReportAudiences.Lab), lab.Name, null, "Test", platform.Time.GetUtcNow());
            report.Start(platform.Time.GetUtcNow());
            db.Reports.Add(report);
            await db.SaveChangesAsync();
        }

        platform.Time.Advance(TimeSpan.FromMinutes(59));
        var running = (await coordinator.GetFromJsonAsync<ReadReports.ReportStatusDto>($"/api/reports/{id}"))!;
        running.State.ShouldBe(ReportStates.Running);
        running.CanRetry.ShouldBeFalse();
        (await coordinator.PostAsync($"/api/reports/{id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "a report running for less than an hour may still finish");
        (await coordinator.GetStringAsync($"/intern/berichte/{id}")).ShouldContain("data-state=\"Running\"");

        platform.Time.Advance(TimeSpan.FromMinutes(2));
        var stuck = (await coordinator.GetFromJsonAsync<ReadReports.ReportStatusDto>($"/api/reports/{id}"))!;
        stuck.CanRetry.ShouldBeTrue();
        var page = await coordinator.GetStringAsync($"/intern/berichte/{id}");
        page.ShouldContain("data-state=\"Stuck\"");
        page.ShouldContain("<div data-report-when=\"Stuck\">", Case.Sensitive, "the explanation and the retry button are shown");
        (await coordinator.PostAsync($"/api/reports/{id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var done = await coordinator.WaitAsync(id);

        done.State.ShouldBe(ReportStates.Done, done.FailureReason);
        done.Attempts.ShouldBe(2);
        done.DataAsOf.ShouldBe(platform.Time.GetUtcNow(), "the new attempt reads the data anew");
        (await coordinator.GetAsync(done.DownloadUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class RestartTests
{
    [Fact]
    public async Task A_report_queued_when_the_host_stops_is_generated_after_the_restart()
    {
        var data = Path.Combine(Path.GetTempPath(), "laborplattform-tests", $"restart-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        try
        {
            Guid reportId;
            Guid labId;
            await using (var before = new ReportingPlatform { SharedDataDirectory = data, RunJobs = false })
            {
                await before.InitializeAsync();
                labId = (await before.CreateLabAsync()).Id;
                using var reviewer = await before.ClientAsAsync(Roles.MinistryReviewer);
                reportId = (await reviewer.RequestAsync(Reports.LabReport(labId))).Id;
                await Task.Delay(500);
                var queued = (await reviewer.GetFromJsonAsync<ReadReports.ReportStatusDto>($"/api/reports/{reportId}"))!;
                queued.State.ShouldBe(ReportStates.Queued);
                (await reviewer.GetAsync($"/api/reports/{reportId}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "nothing archived yet");
            }

            await using var after = new ReportingPlatform { SharedDataDirectory = data };
            await after.InitializeAsync();
            using var reader = await after.ClientAsAsync(Roles.MinistryReviewer);
            var done = await reader.WaitAsync(reportId);

            done.State.ShouldBe(ReportStates.Done, done.FailureReason);
            done.LabId.ShouldBe(labId);
            (await reader.GetAsync(done.DownloadUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // A handle still closing; the temporary folder is cleaned by the system.
            }
        }
    }
}

public sealed class DashboardTests(ReportingPlatform platform)
{
    [Fact]
    public async Task The_jobs_dashboard_is_for_administrators_only()
    {
        var lab = await platform.CreateLabAsync();
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        using var anonymous = platform.CreateBrowserlikeClient();

        var dashboard = await admin.GetAsync("/jobs");
        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await dashboard.Content.ReadAsStringAsync()).ShouldContain("Hintergrundaufträge – LaborPlattform");
        (await admin.GetAsync("/jobs/recurring")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reviewer.GetAsync("/jobs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinator.GetAsync("/jobs/recurring")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var refused = await anonymous.GetAsync("/jobs");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/anmelden");
    }
}
