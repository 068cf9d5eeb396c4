using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.ReadReports;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Api;

public sealed class ReportsApiTests(ReportingPlatform platform)
{
    private static async Task<Dictionary<string, string[]>> ErrorsOf(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    [Fact]
    public async Task A_coordinator_requests_a_progress_report_of_their_lab_and_downloads_it_archived_with_its_checksum()
    {
        var lab = await platform.CreateLabAsync($"Bremen/Bremerhaven {Guid.NewGuid():N}"[..30]);
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        var requested = await coordinator.RequestAsync(Reports.LabReport(lab.Id, 2026, 1));
        requested.State.ShouldBeOneOf(ReportStates.Queued, ReportStates.Running);
        var done = await coordinator.WaitAsync(requested.Id);
        var response = await coordinator.GetAsync(done.DownloadUrl);

        done.State.ShouldBe(ReportStates.Done);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var safeName = lab.Name.Replace('/', '-').Replace(' ', '-');
        response.Content.Headers.ContentDisposition.FileName.ShouldBe($"Fortschrittsbericht_{safeName}_2026-Q1.pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(SHA256.HashData(pdf)).ShouldBe(done.Sha256);
        response.Headers.GetValues("X-Content-SHA256").Single().ShouldBe(done.Sha256);
        done.SizeBytes.ShouldBe(pdf.Length);
        done.FileName.ShouldBe($"Fortschrittsbericht_{safeName}_2026-Q1.pdf");
        done.RequestedBy.ShouldBe("Test Laborkoordination");
        done.DataAsOf.ShouldNotBeNull();
        done.GeneratedAt.ShouldNotBeNull();
        using var read = new PdfInspection(pdf);
        read.PageCount.ShouldBe(done.PageCount!.Value);
        read.Pages[0].ShouldContain("Fortschrittsbericht");
        read.Pages[0].ShouldContain(lab.Name);
        read.Pages[0].ShouldContain("1. Quartal 2026 (01.01.2026 – 31.03.2026)");
        read.Pages[0].ShouldContain("Zielgruppe Bundesministerium des Innern");
    }

    [Fact]
    public async Task The_same_data_and_as_of_instant_give_the_same_file_through_the_whole_pipeline()
    {
        var lab = await platform.CreateLabAsync();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        var (first, firstPdf) = await reviewer.RequestAndDownloadAsync(Reports.LabReport(lab.Id, 2025, 4));
        var (second, secondPdf) = await reviewer.RequestAndDownloadAsync(Reports.LabReport(lab.Id, 2025, 4));

        second.Id.ShouldNotBe(first.Id);
        second.DataAsOf.ShouldBe(first.DataAsOf, "the platform clock stands still in tests");
        second.Sha256.ShouldBe(first.Sha256);
        secondPdf.ShouldBe(firstPdf);
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { """{"type":"Weekly","labId":"LAB","periodKind":"Quarter","year":2026,"quarter":1,"audience":"Ministry"}""", "type" },
        { """{"type":"LabProgress","labId":"LAB","periodKind":"Quarter","year":2026,"quarter":1,"audience":"Press"}""", "audience" },
        { """{"type":"LabProgress","labId":"00000000-0000-7000-8000-00000000dead","periodKind":"Quarter","year":2026,"quarter":1,"audience":"Ministry"}""", "labId" },
        { """{"type":"LabProgress","periodKind":"Quarter","year":2026,"quarter":1,"audience":"Ministry"}""", "labId" },
        { """{"type":"Programme","programmeId":"00000000-0000-7000-8000-00000000dead","periodKind":"Quarter","year":2026,"quarter":1,"audience":"Ministry"}""", "programmeId" },
        { """{"type":"LabProgress","labId":"LAB","periodKind":"Weekly","year":2026,"audience":"Ministry"}""", "periodKind" },
        { """{"type":"LabProgress","labId":"LAB","periodKind":"Custom","audience":"Ministry"}""", "from" },
        { """{"type":"LabProgress","labId":"LAB","periodKind":"Custom","from":"2026-03-01","audience":"Ministry"}""", "to" },
        { """{"type":"LabProgress","labId":"LAB","periodKind":"Custom","from":"2026-03-01","to":"2026-02-01","audience":"Ministry"}""", "to" },
        { """{"type":"LabProgress","labId":"LAB","periodKind":"Custom","from":"2099-01-01","to":"2099-02-01","audience":"Ministry"}""", "from" },
        { """{"type":"LabProgress","labId":"LAB","periodKind":"Quarter","year":2099,"quarter":1,"audience":"Ministry"}""", "year" },
        { """{"type":"LabProgress","labId":"LAB","periodKind":"Quarter","year":2026,"quarter":5,"audience":"Ministry"}""", "quarter" },
        { """{"type":"LabProgress","labId":"LAB","periodKind":"HalfYear","year":2026,"audience":"Ministry"}""", "half" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_refused_with_the_field_named_and_nothing_is_queued(string body, string field)
    {
        var lab = await platform.CreateLabAsync();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var before = (await reviewer.GetFromJsonAsync<List<ReportStatusDto>>("/api/reports"))!.Count(r => r.LabId == lab.Id);

        var response = await reviewer.PostAsync("/api/reports", new StringContent(body.Replace("LAB", lab.Id.ToString(), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));

        (await ErrorsOf(response)).ShouldContainKey(field);
        (await reviewer.GetFromJsonAsync<List<ReportStatusDto>>("/api/reports"))!.Count(r => r.LabId == lab.Id).ShouldBe(before);
    }

    [Fact]
    public async Task A_coordinator_is_refused_another_labs_reports_and_reports_across_the_programme()
    {
        var own = await platform.CreateLabAsync();
        var other = await platform.CreateLabAsync();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var othersReport = await reviewer.WaitAsync((await reviewer.RequestAsync(Reports.LabReport(other.Id))).Id);
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, own.Id);

        (await coordinator.PostAsJsonAsync("/api/reports", Reports.LabReport(other.Id))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinator.PostAsJsonAsync("/api/reports", Reports.ProgrammeReport())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinator.PostAsJsonAsync("/api/reports", Reports.ProgrammeReport(ReportTypes.MunicipalAssociations))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinator.GetAsync($"/api/reports/{othersReport.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinator.GetAsync($"/api/reports/{othersReport.Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinator.PostAsync($"/api/reports/{othersReport.Id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinator.GetFromJsonAsync<List<ReportStatusDto>>("/api/reports"))!.ShouldNotContain(r => r.Id == othersReport.Id);
    }

    [Fact]
    public async Task Municipal_staff_download_their_labs_reports_and_reviewers_all()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var (report, _) = await coordinator.RequestAndDownloadAsync(Reports.LabReport(lab.Id));
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, lab.Id);
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        using var admin = await platform.ClientAsAsync(Roles.Administrator);

        foreach (var client in new[] { staff, reviewer, admin })
        {
            (await client.GetAsync(report.DownloadUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.GetFromJsonAsync<List<ReportStatusDto>>("/api/reports"))!.ShouldContain(r => r.Id == report.Id);
        }
    }

    [Fact]
    public async Task Anonymous_callers_get_nothing()
    {
        var lab = await platform.CreateLabAsync();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var report = await reviewer.RequestAsync(Reports.LabReport(lab.Id));
        using var anonymous = platform.CreateBrowserlikeClient();

        (await anonymous.GetAsync("/api/reports")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/reports/{report.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/reports/{report.Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/reports", Reports.LabReport(lab.Id))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_missing_archive_entry_is_not_found()
    {
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var unknown = Guid.CreateVersion7();

        (await reviewer.GetAsync($"/api/reports/{unknown}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reviewer.GetAsync($"/api/reports/{unknown}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reviewer.PostAsync($"/api/reports/{unknown}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_done_report_cannot_be_retried_and_a_tampered_archive_file_is_not_handed_out()
    {
        var lab = await platform.CreateLabAsync();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var (report, pdf) = await reviewer.RequestAndDownloadAsync(Reports.LabReport(lab.Id));

        var retry = await reviewer.PostAsync($"/api/reports/{report.Id}/retry", null);
        retry.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var file = Path.Combine(platform.DataDirectory, "reports", $"{report.Id:N}.pdf");
        File.Exists(file).ShouldBeTrue();
        pdf[^10] ^= 0x20;
        await File.WriteAllBytesAsync(file, pdf);
        report.ArchiveDamaged.ShouldBeFalse();

        // The damaged file is never handed out: a problem a client can show, not an HTML error page.
        var download = await reviewer.GetAsync(report.DownloadUrl);
        download.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await download.Content.ReadAsStringAsync();
        body.ShouldNotContain("%PDF");
        JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!.ShouldContain("stimmt nicht mehr mit ihrer Prüfsumme (SHA-256) überein");

        // The status, the list (where administrators look) and the page show it as damaged, without a download.
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var status = (await admin.GetFromJsonAsync<ReportStatusDto>($"/api/reports/{report.Id}"))!;
        status.ArchiveDamaged.ShouldBeTrue();
        status.DownloadUrl.ShouldBeNull();
        status.Sha256.ShouldBe(report.Sha256);
        (await admin.GetFromJsonAsync<List<ReportStatusDto>>("/api/reports"))!.Single(r => r.Id == report.Id).ArchiveDamaged.ShouldBeTrue();
        var page = await admin.GetStringAsync($"/intern/berichte/{report.Id}");
        page.ShouldContain("Archivdatei beschädigt");
        page.ShouldContain("stimmt nicht mehr mit ihrer Prüfsumme (SHA-256) überein");
        page.ShouldNotContain($"href=\"/api/reports/{report.Id}/pdf\"");
        (await admin.GetStringAsync("/intern/berichte")).ShouldContain("Archivdatei beschädigt");
    }
}
