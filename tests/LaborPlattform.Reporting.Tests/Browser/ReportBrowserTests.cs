using System.Security.Cryptography;
using LaborPlattform.Reporting.Domain;
using LaborPlattform.Shared.Time;
using LaborPlattform.Testing;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Browser;

/// <summary>The Reporting pages in a real browser with the demo data and accounts, accessibility checks included.</summary>
public sealed class ReportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "Demo-Passwort-2026";

    [Fact]
    public async Task A_reviewer_requests_a_programme_report_sees_it_finish_without_reloading_and_downloads_it()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "ministerium@demo.laborplattform.de", Password);
        await page.GotoAsync("/intern/berichte/neu");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);

        await page.GetByRole(AriaRole.Radio, new() { Name = "Programmbericht", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Programm (für Programmbericht und Spitzenverbandsbericht)" }).SelectOptionAsync(new SelectOptionValue { Label = "Regionale Open Government Labore" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Bericht anfordern" }).ClickAsync();
        // Either the request's page or the form with its errors: a refused request fails here with the reason shown.
        var errors = page.Locator("#fehlerzusammenfassung");
        await page.Locator("h1").Filter(new() { HasText = "Programmbericht – " }).Or(errors).First.WaitForAsync();
        (await errors.CountAsync() == 0 ? string.Empty : await errors.InnerTextAsync()).ShouldBeEmpty();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Programmbericht – Regionale Open Government Labore");

        // The state changes in place: a marker set on this page survives until the report is done.
        await page.EvaluateAsync("window.reportMarker = 'same page'");
        await page.Locator("strong[data-report-field=stateName]").Filter(new() { HasText = "Fertig" }).WaitForAsync(new() { Timeout = 60_000 });
        (await page.EvaluateAsync<string>("window.reportMarker")).ShouldBe("same page");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);

        var checksum = (await page.Locator("[data-report-field=sha256]").InnerTextAsync()).Trim();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF herunterladen" }).ClickAsync());
        var quarter = ReportPeriod.QuarterBefore(Berlin.Today(browser.Platform.Time));
        download.SuggestedFilename.ShouldBe($"Programmbericht_Regionale-Open-Government-Labore_{quarter.Label}.pdf");
        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        var bytes = await File.ReadAllBytesAsync(file);
        File.Delete(file);
        Convert.ToHexStringLower(SHA256.HashData(bytes)).ShouldBe(checksum);
        using var pdf = new PdfInspection(bytes);
        pdf.Pages[0].ShouldContain("Programmbericht");
        pdf.AllText.ShouldContain("Bremen/Bremerhaven");
        pdf.AllText.ShouldContain("Vergleich der Labore");

        await page.GotoAsync("/intern/berichte");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Programmbericht – Regionale Open Government Labore" }).CountAsync()).ShouldBeGreaterThan(0);
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
    }

    [Fact]
    public async Task The_request_form_reports_errors_next_to_the_fields_at_320_pixels_and_200_percent_zoom()
    {
        var page = await browser.NewPageAsync(width: 320, zoom: 2);
        await BrowserFixture.SignInAsync(page, "koordination@demo.laborplattform.de", Password);
        await page.GotoAsync("/intern/berichte/neu");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Eigener Zeitraum", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bericht anfordern" }).ClickAsync();

        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("fehlerzusammenfassung");
        (await page.Locator("#Input_From-error").InnerTextAsync()).ShouldContain("ersten Tag");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
    }

    [Fact]
    public async Task The_jobs_dashboard_opens_for_the_administrator_and_not_for_the_coordinator()
    {
        var admin = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(admin, "admin@demo.laborplattform.de", Password);
        (await admin.GotoAsync("/jobs"))!.Status.ShouldBe(200);
        (await admin.ContentAsync()).ShouldContain("Hintergrundaufträge – LaborPlattform");

        var coordinator = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(coordinator, "koordination@demo.laborplattform.de", Password);
        (await coordinator.GotoAsync("/jobs"))!.Status.ShouldBe(403);
    }
}
