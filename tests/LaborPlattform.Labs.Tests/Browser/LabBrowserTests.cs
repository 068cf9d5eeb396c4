using LaborPlattform.Testing;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace LaborPlattform.Labs.Tests.Browser;

/// <summary>The Labs module in a real browser, signed in as the demo accounts, keyboard and screen-reader checks included.</summary>
public sealed class LabBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "Demo-Passwort-2026";

    [Fact]
    public async Task The_demo_coordinator_edits_the_demo_lab_and_the_demo_reviewer_cannot()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordination@demo.laborplattform.de", Password);
        await page.GotoAsync("/intern/labore");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bremen/Bremerhaven" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Stammdaten bearbeiten" }).ClickAsync();
        var description = page.GetByLabel("Kurzbeschreibung");
        var text = $"Geändert im Browsertest {Guid.NewGuid():N}";
        await description.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await BrowserFixture.WaitForPageAsync(page, url => !url.EndsWith("/bearbeiten", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Die Stammdaten wurden gespeichert.");
        (await page.ContentAsync()).ShouldContain(text);
        var labUrl = page.Url;

        var reviewer = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(reviewer, "ministerium@demo.laborplattform.de", Password);
        await reviewer.GotoAsync(labUrl);
        (await reviewer.ContentAsync()).ShouldContain(text);
        (await reviewer.GetByRole(AriaRole.Link, new() { Name = "Stammdaten bearbeiten" }).CountAsync()).ShouldBe(0);
        var refused = await reviewer.GotoAsync(labUrl + "/bearbeiten");
        refused!.Status.ShouldBe(403);
        (await reviewer.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Kein Zugriff");
    }

    [Fact]
    public async Task An_administrator_creates_a_lab_with_the_keyboard_and_sees_errors_next_to_the_fields()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin@demo.laborplattform.de", Password);
        await page.GotoAsync("/intern/labore/neu");

        await page.GetByRole(AriaRole.Button, new() { Name = "Labor anlegen" }).ClickAsync();
        var summary = page.Locator("#fehlerzusammenfassung");
        (await summary.IsVisibleAsync()).ShouldBeTrue();
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("fehlerzusammenfassung");
        (await page.Locator("#Input_Name-error").InnerTextAsync()).ShouldContain("Namen des Labors");

        var name = $"Tastaturlabor {Guid.NewGuid():N}"[..28];
        await page.GetByLabel("Programm").SelectOptionAsync(new SelectOptionValue { Label = "Regionale Open Government Labore" });
        await page.GetByLabel("Name des Labors").FocusAsync();
        await page.Keyboard.TypeAsync(name);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Ein Labor, das nur mit der Tastatur angelegt wurde.");
        await page.GetByLabel("Bundesland").SelectOptionAsync("NI");
        await page.GetByLabel("Förderbeginn").FillAsync("2026-01-01");
        await page.GetByLabel("Förderende").FillAsync("2027-12-31");
        await page.GetByLabel("Digitale Teilhabe").CheckAsync();
        await page.GetByLabel("Name des Labors").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await BrowserFixture.WaitForPageAsync(page, url => !url.EndsWith("/neu", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe(name);
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
    }

    [Fact]
    public async Task A_coordinator_of_another_lab_is_refused_the_demo_lab()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordination-nordhessen@demo.laborplattform.de", Password);
        await page.GotoAsync("/intern/labore");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Bremen/Bremerhaven" }).CountAsync()).ShouldBe(0);

        var bremen = await browser.Platform.LabIdAsync("bremen-bremerhaven");
        (await page.GotoAsync($"/intern/labore/{bremen}"))!.Status.ShouldBe(403);
        (await page.GotoAsync($"/intern/labore/{bremen}/bearbeiten"))!.Status.ShouldBe(403);
        (await page.GotoAsync("/admin/programme"))!.Status.ShouldBe(403);
    }

    [Theory]
    [InlineData("admin@demo.laborplattform.de")]
    [InlineData("koordination@demo.laborplattform.de")]
    [InlineData("kommune@demo.laborplattform.de")]
    [InlineData("ministerium@demo.laborplattform.de")]
    public async Task Every_lab_page_a_role_can_open_has_no_accessibility_violations(string account)
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, account, Password);
        var bremen = await browser.Platform.LabIdAsync("bremen-bremerhaven");
        var urls = new List<string> { "/intern", "/intern/labore", $"/intern/labore/{bremen}", "/labore", "/labore/bremen-bremerhaven" };
        if (account.StartsWith("admin", StringComparison.Ordinal) || account.StartsWith("koordination", StringComparison.Ordinal))
        {
            var university = await browser.Platform.UniversityIdAsync("bremen-bremerhaven", "Hochschule Bremen");
            urls.AddRange([$"/intern/labore/{bremen}/bearbeiten", $"/intern/labore/{bremen}/kommunen/neu", $"/intern/labore/{bremen}/kommunen/04012000", $"/intern/labore/{bremen}/hochschulen/{university}/lehre"]);
        }

        if (account.StartsWith("admin", StringComparison.Ordinal))
        {
            urls.AddRange(["/intern/labore/neu", $"/intern/labore/{bremen}/archivieren", "/admin/programme", "/admin/programme/0199a1f0-0000-7000-8000-000000000001"]);
        }

        foreach (var url in urls)
        {
            var response = await page.GotoAsync(url);
            response!.Status.ShouldBe(200, url);
            await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        }
    }

    [Fact]
    public async Task The_public_lab_pages_work_at_320_pixels_and_200_percent_zoom_without_violations()
    {
        var page = await browser.NewPageAsync(width: 320, zoom: 2);
        foreach (var url in new[] { "/", "/labore", "/labore/bremen-bremerhaven" })
        {
            (await page.GotoAsync(url))!.Status.ShouldBe(200);
            await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
            overflow.ShouldBeFalse($"{url} scrolls sideways at 320 px");
        }
    }
}
