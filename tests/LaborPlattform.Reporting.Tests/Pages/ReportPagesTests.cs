using System.Net;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Pages;

public sealed class ReportPagesTests(ReportingPlatform platform)
{
    private static Dictionary<string, string> Form(Guid labId, string periodKind = ReportPeriodKinds.Quarter) => new()
    {
        ["Input.Type"] = ReportTypes.LabProgress,
        ["Input.LabId"] = labId.ToString(),
        ["Input.PeriodKind"] = periodKind,
        ["Input.Year"] = "2026",
        ["Input.Quarter"] = "1",
        ["Input.Half"] = "1",
        ["Input.Audience"] = ReportAudiences.Lab,
    };

    [Fact]
    public async Task A_coordinator_requests_a_report_in_the_form_and_finds_it_with_its_checksum()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        var response = await coordinator.PostFormAsync("/intern/berichte/neu", Form(lab.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var details = response.Headers.Location!.ToString();
        details.ShouldStartWith("/intern/berichte/");
        var reportId = Guid.Parse(details["/intern/berichte/".Length..]);
        var done = await coordinator.WaitAsync(reportId);
        var page = await coordinator.GetStringAsync(details);
        page.ShouldContain("Fortschrittsbericht");
        page.ShouldContain(lab.Name);
        page.ShouldContain("Fertig");
        page.ShouldContain(done.Sha256!);
        page.ShouldContain($"href=\"/api/reports/{reportId}/pdf\"");
        page.ShouldContain("Laborkonsortium (intern)");
        page.ShouldContain("src=\"/reporting/report-status.js\"");
        var list = await coordinator.GetStringAsync("/intern/berichte");
        list.ShouldContain($"/intern/berichte/{reportId}");
    }

    [Fact]
    public async Task A_custom_period_without_dates_is_shown_again_with_the_errors_next_to_the_fields()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        var response = await coordinator.PostFormAsync("/intern/berichte/neu", Form(lab.Id, ReportPeriodKinds.Custom));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("id=\"fehlerzusammenfassung\"");
        page.ShouldContain("id=\"Input_From-error\"");
        page.ShouldContain("id=\"Input_To-error\"");
        page.ShouldContain("Bitte geben Sie den ersten Tag des Zeitraums an.");
    }

    [Fact]
    public async Task Lab_staff_are_offered_their_labs_progress_reports_only()
    {
        var own = await platform.CreateLabAsync();
        var other = await platform.CreateLabAsync();
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, own.Id);

        var page = await staff.GetStringAsync("/intern/berichte/neu");

        page.ShouldContain(own.Name);
        page.ShouldNotContain(other.Name);
        page.ShouldNotContain("Programmbericht");
        page.ShouldNotContain("Input.ProgrammeId");
    }

    [Fact]
    public async Task Reviewers_are_offered_the_reports_across_the_programme()
    {
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        var page = await reviewer.GetStringAsync("/intern/berichte/neu");

        page.ShouldContain("Programmbericht");
        page.ShouldContain("Bericht für die kommunalen Spitzenverbände");
        page.ShouldContain("Regionale Open Government Labore");
    }

    [Fact]
    public async Task Another_labs_report_page_is_refused_and_anonymous_visitors_are_sent_to_sign_in()
    {
        var lab = await platform.CreateLabAsync();
        var other = await platform.CreateLabAsync();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var report = await reviewer.RequestAsync(Reports.LabReport(lab.Id));
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, other.Id);
        using var anonymous = platform.CreateBrowserlikeClient();

        (await coordinator.GetAsync($"/intern/berichte/{report.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinator.GetAsync($"/intern/berichte/{Guid.CreateVersion7()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.PostFormAsync("/intern/berichte/neu", Form(lab.Id))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreach (var url in new[] { "/intern/berichte", "/intern/berichte/neu", $"/intern/berichte/{report.Id}" })
        {
            var refused = await anonymous.GetAsync(url);
            refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            refused.Headers.Location!.ToString().ShouldContain("/anmelden");
        }
    }

    [Fact]
    public async Task The_status_script_is_served_from_the_platform_itself()
    {
        using var anonymous = platform.CreateBrowserlikeClient();

        var script = await anonymous.GetAsync("/reporting/report-status.js");

        script.StatusCode.ShouldBe(HttpStatusCode.OK);
        script.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        (await script.Content.ReadAsStringAsync()).ShouldContain("data-report-status-url");
    }
}
