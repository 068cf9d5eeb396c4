using System.Net;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Labs.Tests.Pages;

/// <summary>The lab pages in English after a person chooses English with the language link, and German again after switching back.</summary>
public sealed class EnglishLabPagesTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_coordinator_sees_the_lab_page_and_the_municipality_form_in_English_and_German_again_after_switching_back()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var labPage = $"/intern/labore/{lab.Id}";

        await coordinator.SwitchLanguageAsync("en", labPage);
        var english = await coordinator.GetStringAsync(labPage);
        english.ShouldContain("<html lang=\"en\">");
        english.ShouldContain("Edit details");
        english.ShouldContain(">Municipalities in the consortium</h2>");
        english.ShouldContain(">Official municipality key</th>");
        english.ShouldContain(">City-state</td>");
        english.ShouldContain(">lead</td>");
        english.ShouldContain(">Funding period</dt>");
        english.ShouldNotContain("Kommunen im Konsortium", Case.Sensitive);
        english.ShouldNotContain(">Stammdaten</h2>", Case.Sensitive);

        var form = await coordinator.GetStringAsync($"{labPage}/kommunen/neu");
        form.ShouldContain("<h1 class=\"kern-heading-x-large\">Add municipality</h1>");
        form.ShouldContain("Official municipality key (AGS)");
        form.ShouldContain("County");
        form.ShouldContain("partner");
        form.ShouldNotContain("Landkreis", Case.Sensitive);

        await coordinator.SwitchLanguageAsync("de-DE", labPage);
        var german = await coordinator.GetStringAsync(labPage);
        german.ShouldContain("<html lang=\"de\">");
        german.ShouldContain(">Kommunen im Konsortium</h2>");
        german.ShouldContain(">Stadtstaat</td>");
        german.ShouldNotContain("Municipalities in the consortium", Case.Sensitive);
    }

    [Fact]
    public async Task The_public_lab_list_and_profile_are_in_English_for_a_visitor_who_chose_English()
    {
        var lab = await platform.CreateLabAsync();
        using var visitor = platform.CreateBrowserlikeClient();

        await visitor.SwitchLanguageAsync("en", "/labore");
        var list = await visitor.GetStringAsync("/labore");
        list.ShouldContain("<h1 class=\"kern-heading-x-large\">The labs</h1>");
        list.ShouldContain("In every lab, municipalities work together");

        var profile = await visitor.GetStringAsync($"/labore/{lab.Slug}");
        profile.ShouldContain("All labs");
        profile.ShouldContain(">Participating municipalities</h2>");
        profile.ShouldContain("Stadtgemeinde Bremen (City-state, lead)");
        profile.ShouldNotContain("Beteiligte Kommunen", Case.Sensitive);
    }
}
