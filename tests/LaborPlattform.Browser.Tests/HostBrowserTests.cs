using LaborPlattform.Testing;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace LaborPlattform.Browser.Tests;

/// <summary>The host's own pages in Chromium: signing in as each role, the administration, errors, accessibility.</summary>
public sealed class HostBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "Demo-Passwort-2026";

    [Theory]
    [InlineData("admin@demo.laborplattform.de", "Administration")]
    [InlineData("koordination@demo.laborplattform.de", "Laborkoordination")]
    [InlineData("kommune@demo.laborplattform.de", "Kommunale Mitarbeitende")]
    [InlineData("ministerium@demo.laborplattform.de", "Ministerium / Spitzenverband (lesend)")]
    public async Task Each_role_signs_in_with_the_keyboard_and_lands_in_its_work_area(string email, string role)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/anmelden");
        await page.GetByLabel("E-Mail-Adresse").FocusAsync();
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");

        await BrowserFixture.WaitForPageAsync(page, url => url.EndsWith("/intern", StringComparison.Ordinal));
        (await page.Locator("main").InnerTextAsync()).ShouldContain(role);
        (await page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).InnerTextAsync()).ShouldContain("Labore");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);

        var adminLinks = await page.GetByRole(AriaRole.Link, new() { Name = "Benutzerkonten" }).CountAsync();
        adminLinks.ShouldBe(email.StartsWith("admin", StringComparison.Ordinal) ? 1 : 0);
    }

    [Fact]
    public async Task The_sign_in_form_shows_the_error_at_the_top_and_moves_focus_there()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/anmelden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();

        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("fehlerzusammenfassung");
        (await page.Locator("#Input_Email-error").InnerTextAsync()).ShouldContain("E-Mail-Adresse");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
    }

    [Fact]
    public async Task An_administrator_invites_a_person_and_the_administration_pages_are_accessible()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin@demo.laborplattform.de", Password);
        await page.GotoAsync("/admin/benutzer");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Person einladen" }).ClickAsync();
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        var email = $"neu-{Guid.NewGuid():N}@bremerhaven.example";
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Angezeigter Name").FillAsync("Nora Neu");
        await page.GetByLabel("Kommunale Mitarbeitende").CheckAsync();
        await page.GetByLabel("Bremen/Bremerhaven").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Einladen" }).ClickAsync();

        var link = await page.Locator("#einladungslink").InnerTextAsync();
        link.ShouldContain("/einladung?benutzer=");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);

        var invited = await browser.NewPageAsync();
        await invited.GotoAsync(new Uri(link).PathAndQuery);
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(invited);
        await invited.GetByLabel("Neues Passwort").FillAsync("ein Satz als Passwort");
        await invited.GetByLabel("Passwort wiederholen").FillAsync("ein Satz als Passwort");
        await invited.GetByRole(AriaRole.Button, new() { Name = "Passwort festlegen" }).ClickAsync();
        await BrowserFixture.WaitForPageAsync(invited, url => url.EndsWith("/anmelden", StringComparison.Ordinal));
        await BrowserFixture.SignInAsync(invited, email, "ein Satz als Passwort");
        (await invited.Locator("main").InnerTextAsync()).ShouldContain("Bremen/Bremerhaven");

        await page.GotoAsync("/admin/protokoll");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Accounts");
    }

    [Fact]
    public async Task Refused_and_missing_pages_explain_themselves_accessibly()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "kommune@demo.laborplattform.de", Password);

        (await page.GotoAsync("/admin/benutzer"))!.Status.ShouldBe(403);
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Kein Zugriff");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);

        (await page.GotoAsync("/gibt-es-nicht"))!.Status.ShouldBe(404);
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);

        await page.GotoAsync("/konto");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
    }

    [Fact]
    public async Task The_public_start_page_works_without_javascript_at_320_pixels()
    {
        if (browser.SkipReason is not null)
        {
            Assert.Skip(browser.SkipReason);
        }

        var context = await browser.Browser!.NewContextAsync(new() { BaseURL = browser.Platform.ServerAddress.ToString(), JavaScriptEnabled = false, ViewportSize = new() { Width = 320, Height = 800 } });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        (await page.GotoAsync("/"))!.Status.ShouldBe(200);
        await page.GetByRole(AriaRole.Link, new() { Name = "Labore" }).First.ClickAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Die Labore");
        await page.GetByRole(AriaRole.Link, new() { Name = "Anmelden" }).ClickAsync();
        await page.GetByLabel("E-Mail-Adresse").FillAsync("ministerium@demo.laborplattform.de");
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Alle Labore");
        await context.DisposeAsync();
    }

    [Fact]
    public async Task The_accessibility_check_itself_catches_a_violation()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.src = '/favicon.ico'; document.querySelector('main').appendChild(img); }");

        string? failure = null;
        try
        {
            await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        }
        catch (ShouldAssertException e)
        {
            failure = e.Message;
        }

        failure.ShouldNotBeNull("an image without alternative text must be reported");
        failure.ShouldContain("image-alt");
    }
}
