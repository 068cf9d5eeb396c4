using LaborPlattform.Shared.Time;
using LaborPlattform.Testing;
using LaborPlattform.Workshops.Demo;
using LaborPlattform.Workshops.ReadWorkshops;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace LaborPlattform.Workshops.Tests.Browser;

/// <summary>The Workshops module in a real browser on the demo data: logging an outcome by keyboard, the public calendar, every page per role.</summary>
public sealed class WorkshopBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "Demo-Passwort-2026";

    private sealed record DemoIds(Guid LabId, WorkshopView Course, OccurrenceView? AwaitingOutcome, WorkshopView Consultation, OccurrenceView Coming);

    private async Task<DemoIds> DemoAsync()
    {
        var labId = await browser.Platform.LabIdAsync(WorkshopsDemoData.LabSlug);
        await using var scope = browser.Platform.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var workshops = await sender.Send(new GetLabWorkshops(labId));
        var course = (await sender.Send(new GetWorkshopDetails(labId, workshops.First(w => w.Title == WorkshopsDemoData.CourseTitle).Id)))!;
        var consultation = (await sender.Send(new GetWorkshopDetails(labId, workshops.First(w => w.Title == WorkshopsDemoData.ConsultationTitle).Id)))!;
        var now = browser.Platform.Time.GetUtcNow();
        return new DemoIds(
            labId,
            course,
            course.Occurrences.LastOrDefault(o => o.HasBegun && o.Outcome is null),
            consultation,
            consultation.Occurrences.First(o => o.StartsAt > now && o.Status == "Scheduled" && !o.IsMoved));
    }

    /// <summary>Presses Tab until the focused element is the one with this label or text (keyboard only, as a person would).</summary>
    private static async Task TabToAsync(IPage page, string name, int limit = 150)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>(
                "(() => { const e = document.activeElement; if (!e) return ''; const label = e.labels && e.labels.length ? e.labels[0].textContent : ''; return (label || e.textContent || '').replace(/\\s+/g, ' ').trim(); })()");
            if (focused.StartsWith(name, StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new ShouldAssertException($"'{name}' was not reached with the Tab key on {page.Url}");
    }

    [Fact]
    public async Task Municipal_staff_log_a_workshop_outcome_with_the_keyboard_only()
    {
        var ids = await DemoAsync();
        var awaiting = ids.AwaitingOutcome.ShouldNotBeNull("the demo course has a past date without an outcome");
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        await page.GotoAsync("/anmelden");
        await TabToAsync(page, "E-Mail-Adresse");
        await page.Keyboard.TypeAsync("kommune@demo.laborplattform.de");
        await TabToAsync(page, "Passwort");
        await page.Keyboard.TypeAsync(Password);
        var navigated1 = BrowserFixture.WaitForPageAsync(page, url => !url.Contains("/anmelden", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await navigated1;

        await page.GotoAsync($"/intern/labore/{ids.LabId}/veranstaltungen");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        await TabToAsync(page, $"Ergebnis erfassen – {WorkshopsDemoData.CourseTitle}, {Berlin.FormatDate(awaiting.StartsAt)}");
        (await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle")).ShouldNotBe("none", "the focused link is visibly marked");
        var navigated2 = BrowserFixture.WaitForPageAsync(page, url => url.EndsWith("/ergebnis", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await navigated2;
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);

        // First try without the total: the error summary takes the focus and links to the field.
        await TabToAsync(page, "Ergebnis speichern");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#fehlerzusammenfassung");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("fehlerzusammenfassung");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);

        await TabToAsync(page, "Wie viele Personen haben teilgenommen?");
        await page.Keyboard.TypeAsync("7");
        await TabToAsync(page, "70 und älter");
        await page.Keyboard.TypeAsync("5");
        await TabToAsync(page, "Davon zum ersten Mal digital unterwegs");
        await page.Keyboard.TypeAsync("2");
        await TabToAsync(page, "Begegnungsstätte Findorff");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "Kurzprotokoll");
        await page.Keyboard.TypeAsync("Zweimal geübt: Fotos verschicken.");
        await TabToAsync(page, "Ergebnis speichern");
        var navigated3 = BrowserFixture.WaitForPageAsync(page, url => url.EndsWith(ids.Course.Id.ToString(), StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await navigated3;

        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain($"Das Ergebnis vom {Berlin.FormatDate(awaiting.StartsAt)} wurde gespeichert.");
        (await page.ContentAsync()).ShouldContain("Zweimal geübt: Fotos verschicken.");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        await using var scope = browser.Platform.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetWorkshopDetails(ids.LabId, ids.Course.Id));
        var outcome = saved!.Occurrences.Single(o => o.Id == awaiting.Id).Outcome!;
        outcome.Participants.ShouldBe(7);
        outcome.AgeBands!.Age70AndOver.ShouldBe(5);
        outcome.FirstTimeDigitalUsers.ShouldBe(2);
        outcome.Organisations.Single().Name.ShouldStartWith("Begegnungsstätte Findorff");
    }

    [Fact]
    public async Task An_anonymous_visitor_finds_an_event_by_keyboard_without_JavaScript_and_can_print_it()
    {
        if (browser.SkipReason is not null)
        {
            Assert.Skip(browser.SkipReason);
        }

        await using var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.Platform.ServerAddress.ToString(),
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
            JavaScriptEnabled = false,
            BypassCSP = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        await page.GotoAsync("/veranstaltungen");
        var all = await page.Locator("#ergebnis").InnerTextAsync();

        await page.GetByLabel("Wo?").FocusAsync();
        await page.GetByLabel("Wo?").SelectOptionAsync(new SelectOptionValue { Label = "Lilienthal" });
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent.trim()")).ShouldBe("Veranstaltungen zeigen");
        var filtered = BrowserFixture.WaitForPageAsync(page, url => url.Contains("Ort=03356005", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await filtered;
        (await page.Locator("#ergebnis").InnerTextAsync()).ShouldNotBe(all);

        await TabToAsync(page, "Digitale Sprechstunde im Rathaus Lilienthal");
        (await page.EvaluateAsync<string>("document.activeElement.tagName")).ShouldBe("A");
        var opened = BrowserFixture.WaitForPageAsync(page, url => url.Contains("/veranstaltungen/", StringComparison.Ordinal) && !url.Contains('?', StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await opened;
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Digitale Sprechstunde im Rathaus Lilienthal");
        var text = await page.Locator("main").InnerTextAsync();
        text.ShouldContain("Klosterstraße 16");
        text.ShouldContain("28865 Lilienthal");
        text.ShouldContain("Zugang ohne Stufen");
        text.ShouldContain("So nehmen Sie teil");
        // (axe needs JavaScript; the same pages are checked with it in the 320 px test.)

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await page.Locator(".lp-nav").IsVisibleAsync()).ShouldBeFalse("the navigation is not printed");
        (await page.GetByRole(AriaRole.Link, new() { Name = "In meinen Kalender eintragen" }).IsVisibleAsync()).ShouldBeFalse("buttons are not printed");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Klosterstraße 16");
    }

    [Fact]
    public async Task The_public_calendar_works_at_320_pixels_and_200_percent_zoom_without_violations()
    {
        var ids = await DemoAsync();
        var page = await browser.NewPageAsync(width: 320, zoom: 2);
        page.SetDefaultTimeout(90_000);
        var nextMonth = Berlin.Today(browser.Platform.Time).AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var url in new[]
        {
            "/veranstaltungen", "/veranstaltungen?Ort=online", "/veranstaltungen?Art=Talk&Labor=bremen-bremerhaven", "/veranstaltungen/monat",
            $"/veranstaltungen/monat?monat={nextMonth}", $"/veranstaltungen/{ids.Coming.Id}", "/veranstaltungen?Ort=04012000&Art=Hackathon",
        })
        {
            (await page.GotoAsync(url))!.Status.ShouldBe(200, url);
            await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
            overflow.ShouldBeFalse($"{url} scrolls sideways at 320 px");
        }

        var wide = await browser.NewPageAsync();
        await wide.GotoAsync($"/veranstaltungen/monat?monat={nextMonth}");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(wide);
        (await wide.Locator(".lp-month__weekdays").IsVisibleAsync()).ShouldBeTrue("the month is a grid of weekdays on a wide screen");
    }

    [Theory]
    [InlineData("admin@demo.laborplattform.de", true)]
    [InlineData("koordination@demo.laborplattform.de", true)]
    [InlineData("kommune@demo.laborplattform.de", true)]
    [InlineData("ministerium@demo.laborplattform.de", false)]
    public async Task Every_workshop_page_a_role_can_open_has_no_accessibility_violations(string account, bool contributes)
    {
        var ids = await DemoAsync();
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        await BrowserFixture.SignInAsync(page, account, Password);
        var events = $"/intern/labore/{ids.LabId}/veranstaltungen";
        var urls = new List<string> { "/intern/veranstaltungen", events, $"{events}/{ids.Course.Id}", $"{events}/{ids.Consultation.Id}", $"{events}/statistik" };
        if (contributes)
        {
            var past = ids.Course.Occurrences[0];
            urls.AddRange([
                $"{events}/neu", $"{events}/{ids.Consultation.Id}/bearbeiten", $"{events}/{ids.Course.Id}/termine/{past.Id}/ergebnis",
                $"{events}/{ids.Consultation.Id}/termine/{ids.Coming.Id}/absagen", $"{events}/{ids.Consultation.Id}/termine/{ids.Coming.Id}/verschieben",
            ]);
        }

        if (account.StartsWith("admin", StringComparison.Ordinal))
        {
            urls.AddRange(["/admin/veranstaltungsformate", "/admin/veranstaltungsformate/Course"]);
        }

        foreach (var url in urls)
        {
            var response = await page.GotoAsync(url);
            response!.Status.ShouldBe(200, url);
            await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        }

        if (contributes)
        {
            // A refused form, with its error summary and messages next to the fields.
            await page.GotoAsync($"{events}/neu");
            await page.GetByRole(AriaRole.Button, new() { Name = "Veranstaltung speichern" }).ClickAsync();
            await page.WaitForSelectorAsync("#fehlerzusammenfassung");
            await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        }
    }
}
