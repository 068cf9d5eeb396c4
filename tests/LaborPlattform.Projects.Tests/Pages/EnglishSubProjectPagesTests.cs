using System.Net;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;
using static LaborPlattform.Projects.Tests.SubProjectsApi;

namespace LaborPlattform.Projects.Tests.Pages;

/// <summary>The sub-project pages in English after a person chooses English with the language link, and German again after switching back.</summary>
public sealed class EnglishSubProjectPagesTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_coordinator_sees_the_dashboard_and_the_sub_project_in_English_and_German_again_after_switching_back()
    {
        var (lab, coordinator, subProject) = await platform.LabWithSubProjectAsync();
        using var _ = coordinator;
        (await coordinator.PostProgressAsync(subProject, percent: 30, light: "AtRisk", reason: "Der Raum fehlt noch.")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var dashboard = $"/intern/labore/{lab.Id}/teilprojekte";

        await coordinator.SwitchLanguageAsync("en", dashboard);
        var board = WebUtility.HtmlDecode(await coordinator.GetStringAsync(dashboard));
        board.ShouldContain("<html lang=\"en\">");
        board.ShouldContain($"<h1 class=\"kern-heading-x-large\">Sub-projects – {lab.Name}</h1>");
        board.ShouldContain("Create sub-project");
        board.ShouldContain(">Traffic light</th>");
        board.ShouldContain(">planned</td>");
        board.ShouldContain(">at risk</span>");
        board.ShouldContain(">running</option>");
        board.ShouldNotContain("Teilprojekt anlegen", Case.Sensitive);

        var details = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"{dashboard}/{subProject.Id}"));
        details.ShouldContain("Report progress");
        details.ShouldContain(">Milestones</h2>");
        details.ShouldContain(">Indicators</h2>");
        details.ShouldContain(">Lessons learned</h2>");
        details.ShouldContain("Participation, Collaboration and co-creation");
        details.ShouldContain("Sub-project created (status “planned”)");
        details.ShouldContain("Progress update: 30 % complete");
        details.ShouldNotContain("Meilensteine", Case.Sensitive);

        var labPage = await coordinator.GetStringAsync($"/intern/labore/{lab.Id}");
        labPage.ShouldContain("<span class=\"kern-label\">Sub-projects</span>");

        await coordinator.SwitchLanguageAsync("de-DE", dashboard);
        var german = WebUtility.HtmlDecode(await coordinator.GetStringAsync(dashboard));
        german.ShouldContain("<html lang=\"de\">");
        german.ShouldContain($"<h1 class=\"kern-heading-x-large\">Teilprojekte – {lab.Name}</h1>");
        german.ShouldContain(">geplant</td>");
        german.ShouldNotContain("Create sub-project", Case.Sensitive);
    }
}
