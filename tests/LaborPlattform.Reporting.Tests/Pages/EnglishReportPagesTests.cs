using System.Net;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Pages;

/// <summary>The report pages in English after a person switched the language in the footer, and German again after switching back.</summary>
public sealed class EnglishReportPagesTests(ReportingPlatform platform)
{
    [Fact]
    public async Task The_report_list_and_request_form_are_shown_in_English_after_switching_and_in_German_after_switching_back()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        await coordinator.SwitchLanguageAsync("en", "/intern/berichte");
        var list = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/intern/berichte"));
        list.ShouldContain("<h1 class=\"kern-heading-x-large\">Reports</h1>");
        list.ShouldContain("Request a report");
        list.ShouldNotContain("Bericht anfordern", Case.Sensitive);
        var form = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/intern/berichte/neu"));
        form.ShouldContain("Type of report");
        form.ShouldContain("Progress report");
        form.ShouldContain("Lab consortium (internal)");
        form.ShouldContain("Custom period");

        await coordinator.SwitchLanguageAsync("de-DE", "/intern/berichte/neu");
        var german = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/intern/berichte/neu"));
        german.ShouldContain("Art des Berichts");
        german.ShouldContain("Fortschrittsbericht");
        german.ShouldNotContain("Type of report", Case.Sensitive);
    }
}
