using System.Text;
using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Stakeholders.ManageContactPersons;
using LaborPlattform.Stakeholders.ManageNetworks;
using LaborPlattform.Stakeholders.ManageSupportOffers;
using LaborPlattform.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Browser;

/// <summary>The Stakeholders module in a real browser on the demo data: the public directory for older people, every page per role, keyboard use.</summary>
public sealed class StakeholderBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "Demo-Passwort-2026";

    private sealed record DemoIds(Guid LabId, Guid OrganisationId, Guid NetworkId, Guid MembershipId, Guid OfferId, Guid PublishedOfferId, Guid ContactPersonId);

    private async Task<DemoIds> DemoAsync()
    {
        var labId = await browser.Platform.LabIdAsync("bremen-bremerhaven");
        await using var scope = browser.Platform.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var organisations = await sender.Send(new GetLabOrganisations(labId));
        var findorff = organisations.First(o => o.Name.StartsWith("Begegnungsstätte Findorff", StringComparison.Ordinal));
        var network = (await sender.Send(new GetNetworks(labId)))[0];
        var offers = await sender.Send(new GetSupportOffers(labId));
        var person = (await sender.Send(new GetContactPersons(labId, findorff.Id)))[0];
        return new DemoIds(labId, findorff.Id, network.Id, network.Memberships[0].Id, offers[0].Id, offers.First(o => o.Published).Id, person.Id);
    }

    [Fact]
    public async Task The_public_offer_directory_works_at_320_pixels_and_200_percent_zoom_without_violations()
    {
        var ids = await DemoAsync();
        var page = await browser.NewPageAsync(width: 320, zoom: 2);
        foreach (var url in new[] { "/angebote", "/angebote?Ort=04012000", "/angebote?Ort=04011000&Art=DeviceLending", "/angebote?Art=HomeVisit&Ort=03356005", $"/angebote/{ids.PublishedOfferId}" })
        {
            (await page.GotoAsync(url))!.Status.ShouldBe(200, url);
            await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
            overflow.ShouldBeFalse($"{url} scrolls sideways at 320 px");
        }
    }

    [Fact]
    public async Task The_public_directory_is_filtered_with_the_keyboard_and_without_JavaScript()
    {
        if (browser.SkipReason is not null)
        {
            Assert.Skip(browser.SkipReason);
        }

        await using var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.Platform.ServerAddress.ToString(),
            Locale = "de-DE",
            JavaScriptEnabled = false,
            BypassCSP = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/angebote");
        var all = await page.Locator("#ergebnis").InnerTextAsync();

        await page.GetByLabel("Wo wohnen Sie?").FocusAsync();
        await page.GetByLabel("Wo wohnen Sie?").SelectOptionAsync(new SelectOptionValue { Label = "Bremerhaven" });
        await page.Keyboard.PressAsync("Tab");
        await page.GetByLabel("Was suchen Sie?").SelectOptionAsync(new SelectOptionValue { Label = "Geräteverleih" });
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent.trim()")).ShouldBe("Angebote zeigen");
        await page.Keyboard.PressAsync("Enter");
        await BrowserFixture.WaitForPageAsync(page, url => url.Contains("Ort=04012000", StringComparison.Ordinal));

        (await page.Locator("#ergebnis").InnerTextAsync()).ShouldBe("1 Angebot gefunden");
        all.ShouldNotBe("1 Angebot gefunden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Geräteverleih: Smartphone und Tablet" }).ClickAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Geräteverleih: Smartphone und Tablet");
        (await page.ContentAsync()).ShouldContain("Bürgermeister-Smidt-Straße 10");
    }

    [Theory]
    [InlineData("admin@demo.laborplattform.de", true)]
    [InlineData("koordination@demo.laborplattform.de", true)]
    [InlineData("kommune@demo.laborplattform.de", true)]
    [InlineData("ministerium@demo.laborplattform.de", false)]
    public async Task Every_stakeholder_page_a_role_can_open_has_no_accessibility_violations(string account, bool contributes)
    {
        var ids = await DemoAsync();
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, account, Password);
        var lab = $"/intern/labore/{ids.LabId}";
        var urls = new List<string>
        {
            "/intern/akteure", $"{lab}/organisationen", $"{lab}/organisationen?Sector=CivilSociety", $"{lab}/organisationen/{ids.OrganisationId}",
            $"{lab}/netzwerke", $"{lab}/netzwerke/{ids.NetworkId}", $"{lab}/angebote", "/angebote",
        };
        if (contributes)
        {
            urls.AddRange([
                $"{lab}/organisationen/bearbeiten", $"{lab}/organisationen/bearbeiten/{ids.OrganisationId}", $"{lab}/organisationen/import", $"{lab}/organisationen/einbinden?Name=Begegnung",
                $"{lab}/organisationen/{ids.OrganisationId}/ansprechpersonen", $"{lab}/organisationen/{ids.OrganisationId}/ansprechpersonen/{ids.ContactPersonId}",
                $"{lab}/ansprechpersonen/{ids.ContactPersonId}/loeschen", $"{lab}/netzwerke/bearbeiten", $"{lab}/netzwerke/bearbeiten/{ids.NetworkId}",
                $"{lab}/netzwerke/{ids.NetworkId}/mitglieder/{ids.MembershipId}", $"{lab}/angebote/bearbeiten", $"{lab}/angebote/bearbeiten/{ids.OfferId}",
            ]);
        }

        foreach (var url in urls)
        {
            var response = await page.GotoAsync(url);
            response!.Status.ShouldBe(200, url);
            await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        }

        var details = await page.GotoAsync($"{lab}/organisationen/{ids.OrganisationId}");
        (await page.ContentAsync()).Contains("Erika Mustermann", StringComparison.Ordinal).ShouldBe(contributes);
        if (!contributes)
        {
            (await page.GotoAsync($"{lab}/organisationen/{ids.OrganisationId}/ansprechpersonen/{ids.ContactPersonId}"))!.Status.ShouldBe(403);
        }
    }

    [Fact]
    public async Task A_coordinator_records_an_organisation_and_is_led_to_the_errors_first()
    {
        var ids = await DemoAsync();
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordination@demo.laborplattform.de", Password);
        await page.GotoAsync($"/intern/labore/{ids.LabId}/organisationen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Organisation erfassen" }).ClickAsync();

        var name = $"Browser-Begegnungsstätte {Guid.NewGuid():N}"[..34];
        await page.GetByLabel("Name der Organisation").FillAsync(name);
        await page.GetByLabel("Amtlicher Gemeindeschlüssel (AGS)").FillAsync("1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Organisation erfassen" }).ClickAsync();

        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("fehlerzusammenfassung");
        (await page.Locator("#Input_MunicipalityKey-error").InnerTextAsync()).ShouldContain("8 Ziffern");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);

        await page.GetByLabel("Sektor").SelectOptionAsync("CivilSociety");
        await page.GetByLabel("Art der Organisation").SelectOptionAsync("CommunityCentre");
        await page.GetByLabel("Straße und Hausnummer").FillAsync("Georgstraße 45");
        await page.GetByLabel("Postleitzahl").FillAsync("27570");
        await page.GetByLabel("Ort", new() { Exact = true }).FillAsync("Bremerhaven");
        await page.GetByLabel("Amtlicher Gemeindeschlüssel (AGS)").FillAsync("04012000");
        await page.GetByLabel("Hat Räume, in denen Veranstaltungen und Angebote stattfinden (Veranstaltungsort)").CheckAsync();
        await page.GetByLabel("Amtlicher Gemeindeschlüssel (AGS)").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await BrowserFixture.WaitForPageAsync(page, url => !url.Contains("/bearbeiten", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe(name);
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Die Organisation wurde erfasst.");
    }

    [Fact]
    public async Task The_import_report_names_every_wrong_row_and_has_no_violations()
    {
        var ids = await DemoAsync();
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "kommune@demo.laborplattform.de", Password);
        await page.GotoAsync($"/intern/labore/{ids.LabId}/organisationen/import");
        var csv = "Name;Sektor;Art;Straße;PLZ;Ort;AGS;Rollen;Beteiligt seit\r\n"
            + "Neuer Verein;Zivilgesellschaft;Verein;Lutherstraße 7;27576;Bremerhaven;04012000;Netzwerkpartner;01.04.2025\r\n"
            + "Begegnungsstätte Findorff (Demo);Zivilgesellschaft;Begegnungsstätte;Findorffstraße 108;28215;Bremen;04011000;Netzwerkpartner;01.03.2025\r\n";

        await page.GetByLabel("CSV-Datei").SetInputFilesAsync(new FilePayload { Name = "partner.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Datei prüfen" }).ClickAsync();

        (await page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Prüfergebnis: 2 Zeilen, 1 Fehler" }).CountAsync()).ShouldBe(1);
        (await page.ContentAsync()).ShouldContain("gibt es bereits");
        (await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("einlesen") }).CountAsync()).ShouldBe(0);
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
    }

    [Fact]
    public async Task A_coordinator_of_another_lab_is_refused_the_demo_labs_pages_but_finds_its_organisations_to_involve()
    {
        var ids = await DemoAsync();
        var nordhessen = await browser.Platform.LabIdAsync("demo-labor-nordhessen");
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordination-nordhessen@demo.laborplattform.de", Password);

        (await page.GotoAsync($"/intern/labore/{ids.LabId}/organisationen"))!.Status.ShouldBe(403);
        (await page.GotoAsync($"/intern/labore/{ids.LabId}/organisationen/{ids.OrganisationId}/ansprechpersonen/{ids.ContactPersonId}"))!.Status.ShouldBe(403);

        (await page.GotoAsync($"/intern/labore/{nordhessen}/organisationen/einbinden?Name=Begegnungsst"))!.Status.ShouldBe(200);
        (await page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Begegnungsstätte Findorff (Demo)" }).CountAsync()).ShouldBe(1);
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
    }
}
