using System.Net;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Pages;

/// <summary>A visitor switches the public directory of support offers to English with the language link, and back to German.</summary>
public sealed class PublicDirectoryLanguageTests(StakeholdersPlatform platform)
{
    [Fact]
    public async Task A_visitor_who_switches_to_English_reads_the_directory_in_English_and_German_again_after_switching_back()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(municipalityKey: "04012000"));
        var title = Stakeholders.UniqueName("Tablet-Treff");
        var offer = await coordinator.CreateOfferAsync(labId, Stakeholders.OfferBody(organisation, organisation, title: title));
        using var visitor = platform.CreateBrowserlikeClient();

        await visitor.SwitchLanguageAsync("en", "/angebote?Ort=04012000&Art=Course");
        var english = WebUtility.HtmlDecode(await visitor.GetStringAsync("/angebote?Ort=04012000&Art=Course"));
        english.ShouldContain("<html lang=\"en\"");
        english.ShouldContain("<h1 class=\"kern-heading-x-large\">Help with getting started in the digital world</h1>");
        english.ShouldContain("Where do you live?");
        english.ShouldContain("What are you looking for?");
        english.ShouldContain(">Course</option>");
        english.ShouldContain("Show offers");
        english.ShouldContain(title);
        english.ShouldContain("free of charge");
        english.ShouldNotContain("Wo wohnen Sie?");
        english.ShouldNotContain("Angebote zeigen");
        english.ShouldNotContain("kostenlos");

        var details = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/angebote/{offer}"));
        details.ShouldContain("Back to all offers");
        details.ShouldContain("Who is it for?");
        details.ShouldContain("(every week)");
        details.ShouldContain("Step-free access (ramp or lift)");
        details.ShouldContain("How to sign up");
        details.ShouldNotContain("So melden Sie sich");

        await visitor.SwitchLanguageAsync("de-DE", "/angebote?Ort=04012000&Art=Course");
        var german = WebUtility.HtmlDecode(await visitor.GetStringAsync("/angebote?Ort=04012000&Art=Course"));
        german.ShouldContain("<html lang=\"de");
        german.ShouldContain("<h1 class=\"kern-heading-x-large\">Hilfe für den Einstieg in die digitale Welt</h1>");
        german.ShouldContain("Wo wohnen Sie?");
        german.ShouldContain(">Kurs</option>");
        german.ShouldContain("kostenlos");
        german.ShouldNotContain("Where do you live?");
        german.ShouldNotContain("free of charge");
    }
}
