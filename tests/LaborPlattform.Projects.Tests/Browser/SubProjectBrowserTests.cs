using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Contracts;
using LaborPlattform.Projects.Demo;
using LaborPlattform.Projects.ReadSubProjects;
using LaborPlattform.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace LaborPlattform.Projects.Tests.Browser;

/// <summary>The Projects module in a real browser with the demo data and demo accounts; axe checks every page.</summary>
public sealed class SubProjectBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "Demo-Passwort-2026";
    private const string Coordinator = "koordination@demo.laborplattform.de";

    private async Task<T> QueryAsync<T>(IQuery<T> query)
    {
        await using var scope = browser.Platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    private async Task<(Guid LabId, SubProjectView Courses)> DemoAsync()
    {
        var labId = await browser.Platform.LabIdAsync("bremen-bremerhaven");
        var courses = (await QueryAsync(new GetLabSubProjects(labId))).Single(s => s.Title == ProjectsDemoData.CoursesTitle);
        return (labId, (await QueryAsync(new GetSubProjectDetails(labId, courses.Id)))!);
    }

    /// <summary>A browser page that waits longer than Playwright's 30 s default: the machine is shared by several test runs.</summary>
    private async Task<IPage> NewPageAsync(int width = 1280, float zoom = 1)
    {
        var page = await browser.NewPageAsync(width, zoom);
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        return page;
    }

    private static async Task GoAndCheckAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        response!.Status.ShouldBe(200, url);
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
    }

    [Fact]
    public async Task The_coordinator_creates_a_sub_project_adds_a_milestone_posts_progress_and_sees_it_on_the_dashboard()
    {
        var page = await NewPageAsync();
        await BrowserFixture.SignInAsync(page, Coordinator, Password);
        var title = $"Vorträge Online-Banking {Guid.NewGuid():N}"[..32];

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "Teilprojekte" }).ClickAsync();
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Bremen/Bremerhaven" }).ClickAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Teilprojekte – Bremen/Bremerhaven");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Teilprojekt anlegen" }).ClickAsync();
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        await page.GetByLabel("Titel").FillAsync(title);
        await page.GetByLabel("Ziel", new() { Exact = true }).FillAsync("Seniorinnen und Senioren erledigen Bankgeschäfte sicher online.");
        await page.GetByLabel("Zielgruppen").FillAsync("Senior:innen ab 70");
        await page.GetByLabel("Stadt Bremerhaven (04012000)").CheckAsync();
        await page.GetByLabel("Beteiligung", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Teilprojekt anlegen" }).ClickAsync();
        await BrowserFixture.WaitForPageAsync(page, url => !url.EndsWith("/neu", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe(title);
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Das Teilprojekt wurde angelegt.");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        var subProjectUrl = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Meilenstein hinzufügen" }).ClickAsync();
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        await page.GetByLabel("Meilenstein", new() { Exact = true }).FillAsync("Erster Vortrag in Vegesack");
        await page.GetByLabel("Fällig am").FillAsync("2026-03-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hinzufügen" }).ClickAsync();
        await BrowserFixture.WaitForPageAsync(page, subProjectUrl);
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Der Meilenstein wurde hinzugefügt.");
        (await page.GetByRole(AriaRole.Table, new() { Name = "Meilensteine" }).InnerTextAsync()).ShouldContain("Erster Vortrag in Vegesack");

        await page.GetByRole(AriaRole.Link, new() { Name = "Fortschritt melden" }).ClickAsync();
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        await page.GetByLabel("Was hat sich getan?").FillAsync("Referent gefunden, erster Termin steht.");
        await page.GetByLabel("Fertigstellungsgrad in Prozent").FillAsync("20");
        await page.GetByLabel("gefährdet").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Meldung abgeben" }).ClickAsync();
        (await page.Locator("#fehlerzusammenfassung").InnerTextAsync()).ShouldContain("Bitte begründen Sie");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        await page.GetByLabel("Begründung").FillAsync("Der Raum in Vegesack ist erst im März frei.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Meldung abgeben" }).ClickAsync();
        await BrowserFixture.WaitForPageAsync(page, subProjectUrl);
        (await page.Locator("#verlauf").Locator("xpath=..").InnerTextAsync()).ShouldContain("Fortschrittsmeldung: 20 % fertig");

        await page.GetByRole(AriaRole.Link, new() { Name = "Alle Teilprojekte von Bremen/Bremerhaven" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        (await row.InnerTextAsync()).ShouldContain("gefährdet");
        (await row.InnerTextAsync()).ShouldContain("20 %");
        (await row.InnerTextAsync()).ShouldContain("überfällig");
        await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
    }

    [Fact]
    public async Task The_quick_progress_form_works_with_the_keyboard_alone()
    {
        var (labId, courses) = await DemoAsync();
        var page = await NewPageAsync();
        await BrowserFixture.SignInAsync(page, "kommune@demo.laborplattform.de", Password);
        await page.GotoAsync($"/intern/labore/{labId}/teilprojekte/{courses.Id}/fortschritt");

        await page.GetByLabel("Was hat sich getan?").FocusAsync();
        await page.Keyboard.TypeAsync("Kurs in Lilienthal mit neun Teilnehmenden.");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("150");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#fehlerzusammenfassung").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);

        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("fehlerzusammenfassung");
        (await page.Locator("#Input_PercentComplete-error").InnerTextAsync()).ShouldContain("zwischen 0 und 100");
        await page.GetByLabel("Fertigstellungsgrad in Prozent").FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("65");
        await page.GetByLabel("Begründung").FocusAsync();
        await page.Keyboard.TypeAsync("Ersatz für die Referentin gefunden.");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldContain("Meldung abgeben");
        await page.Keyboard.PressAsync("Enter");
        await BrowserFixture.WaitForPageAsync(page, url => !url.EndsWith("/fortschritt", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Die Fortschrittsmeldung wurde gespeichert.");
    }

    [Theory]
    [InlineData("admin@demo.laborplattform.de", true)]
    [InlineData(Coordinator, true)]
    [InlineData("kommune@demo.laborplattform.de", false)]
    [InlineData("ministerium@demo.laborplattform.de", false)]
    public async Task Every_page_of_the_module_a_role_can_open_has_no_accessibility_violations(string account, bool edits)
    {
        var (labId, courses) = await DemoAsync();
        var networkSummary = (await QueryAsync(new GetLabSubProjects(labId))).Single(s => s.Title == ProjectsDemoData.NetworkTitle);
        var network = (await QueryAsync(new GetSubProjectDetails(labId, networkSummary.Id)))!;
        var baseUrl = $"/intern/labore/{labId}/teilprojekte";
        var subProject = $"{baseUrl}/{courses.Id}";
        var page = await NewPageAsync();
        await BrowserFixture.SignInAsync(page, account, Password);
        var urls = new List<string>
        {
            "/intern/teilprojekte", baseUrl, $"{baseUrl}?Status=Running", subProject, $"{baseUrl}/{network.Id}",
            $"{subProject}/kennzahlen/{courses.Indicators[0].Id}/werte",
            "/labore/bremen-bremerhaven/teilprojekte", $"/labore/bremen-bremerhaven/teilprojekte/{courses.Id}",
        };
        if (!account.StartsWith("ministerium", StringComparison.Ordinal))
        {
            urls.Add($"{subProject}/fortschritt");
        }

        if (edits)
        {
            urls.AddRange([
                $"{baseUrl}/neu", $"{baseUrl}/einstellungen", $"{subProject}/bearbeiten", $"{subProject}/status",
                $"{subProject}/meilensteine/neu", $"{subProject}/meilensteine/{courses.Milestones[0].Id}",
                $"{subProject}/kennzahlen/neu", $"{subProject}/kennzahlen/{courses.Indicators[0].Id}",
                $"{subProject}/erkenntnisse/neu", $"{subProject}/erkenntnisse/{courses.LessonsLearned[0].Id}", $"{subProject}/transfer/neu",
                $"{baseUrl}/{network.Id}/transfer/{network.Transfers[0].Id}",
            ]);
        }

        foreach (var url in urls)
        {
            await GoAndCheckAsync(page, url);
        }

        if (edits)
        {
            await page.GotoAsync($"{baseUrl}/neu");
            await page.GetByRole(AriaRole.Button, new() { Name = "Teilprojekt anlegen" }).ClickAsync();
            (await page.Locator("#fehlerzusammenfassung").IsVisibleAsync()).ShouldBeTrue();
            await BrowserFixture.ShouldHaveNoAccessibilityViolationsAsync(page);
        }
        else
        {
            (await page.GotoAsync($"{subProject}/bearbeiten"))!.Status.ShouldBe(403);
        }
    }

    [Fact]
    public async Task The_demo_lab_has_the_sub_projects_of_the_source_document_and_seeding_again_adds_nothing()
    {
        var labId = await browser.Platform.LabIdAsync("bremen-bremerhaven");
        var list = await QueryAsync(new GetLabSubProjects(labId));
        foreach (var title in new[] { ProjectsDemoData.NetworkTitle, ProjectsDemoData.CoursesTitle, ProjectsDemoData.HomepageTitle, "Digitale Sprechstunden in Bremerhaven" })
        {
            list.ShouldContain(s => s.Title == title);
        }

        var courses = (await QueryAsync(new GetSubProjectDetails(labId, list.Single(s => s.Title == ProjectsDemoData.CoursesTitle).Id)))!;
        var participations = courses.Indicators.Single(i => i.Name == "Kursteilnahmen 70+");
        participations.Target.ShouldBe(300);
        participations.CurrentValue.ShouldNotBeNull();
        participations.AttainmentPercent!.Value.ShouldBeInRange(1m, 99m);
        courses.Milestones.Count(m => m.IsOverdue).ShouldBe(1);
        courses.ProgressUpdates.Count.ShouldBeGreaterThan(2);
        courses.LessonsLearned.ShouldNotBeEmpty();
        var network = (await QueryAsync(new GetSubProjectDetails(labId, list.Single(s => s.Title == ProjectsDemoData.NetworkTitle).Id)))!;
        network.Transfers.ShouldHaveSingleItem().MunicipalityKey.ShouldBe("03401000");
        network.LessonsLearned.Single().AdviceForOthers.ShouldContain("Mehrmalige Schulungen");
        var homepage = (await QueryAsync(new GetSubProjectDetails(labId, list.Single(s => s.Title == ProjectsDemoData.HomepageTitle).Id)))!;
        homepage.Status.ShouldBe(SubProjectStatuses.Completed);
        homepage.StatusHistory.Select(c => c.To).ShouldBe(["Completed", "Running", "Paused", "Running", "Planned"]);

        await using (var scope = browser.Platform.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetServices<LaborPlattform.Shared.Demo.IDemoDataSeeder>().OfType<ProjectsDemoData>().Single();
            await seeder.SeedAsync(CancellationToken.None);
        }

        (await QueryAsync(new GetLabSubProjects(labId))).Count.ShouldBe(list.Count);
    }

    [Fact]
    public async Task The_demo_dashboard_shows_sub_projects_with_overdue_milestones_first()
    {
        var (labId, _) = await DemoAsync();
        var page = await NewPageAsync();
        await BrowserFixture.SignInAsync(page, Coordinator, Password);

        await page.GotoAsync($"/intern/labore/{labId}/teilprojekte");

        var rows = (await page.GetByRole(AriaRole.Table).Locator("tbody tr").AllInnerTextsAsync()).ToList();
        rows.Single(r => r.Contains(ProjectsDemoData.CoursesTitle, StringComparison.Ordinal)).ShouldContain("1 überfällig");
        var overdue = rows.Select(r => r.Contains("überfällig", StringComparison.Ordinal)).ToList();
        overdue[0].ShouldBeTrue();
        overdue.SkipWhile(o => o).ShouldAllBe(o => !o, "rows with overdue milestones come first");
        rows.Single(r => r.Contains(ProjectsDemoData.NetworkTitle, StringComparison.Ordinal)).ShouldContain("im Plan");
    }

    [Fact]
    public async Task The_public_sub_project_pages_work_at_320_pixels_and_200_percent_zoom_without_violations()
    {
        var (_, courses) = await DemoAsync();
        var page = await NewPageAsync(width: 320, zoom: 2);
        foreach (var url in new[] { "/labore/bremen-bremerhaven/teilprojekte", $"/labore/bremen-bremerhaven/teilprojekte/{courses.Id}" })
        {
            await GoAndCheckAsync(page, url);
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
            overflow.ShouldBeFalse($"{url} scrolls sideways at 320 px");
        }

        (await page.ContentAsync()).ShouldNotContain("Referentin Online-Banking");
    }

    [Fact]
    public async Task The_coordinators_pages_work_at_320_pixels_without_sideways_scrolling()
    {
        var (labId, courses) = await DemoAsync();
        var page = await NewPageAsync(width: 320, zoom: 2);
        await BrowserFixture.SignInAsync(page, Coordinator, Password);
        foreach (var url in new[] { $"/intern/labore/{labId}/teilprojekte", $"/intern/labore/{labId}/teilprojekte/{courses.Id}", $"/intern/labore/{labId}/teilprojekte/{courses.Id}/fortschritt" })
        {
            await GoAndCheckAsync(page, url);
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
            overflow.ShouldBeFalse($"{url} scrolls sideways at 320 px");
        }
    }
}
