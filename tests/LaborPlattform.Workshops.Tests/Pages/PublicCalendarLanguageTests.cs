using System.Globalization;
using System.Net;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;
using static LaborPlattform.Workshops.Tests.WorkshopsApi;

namespace LaborPlattform.Workshops.Tests.Pages;

/// <summary>A visitor switches the public event calendar to English with the language link, and back to German.</summary>
public sealed class PublicCalendarLanguageTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_visitor_who_switches_to_English_reads_the_calendar_in_English_and_German_again_after_switching_back()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var title = $"Tablet-Kurs {Guid.NewGuid():N}"[..20];
        var course = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(2, 10), platform.LocalAt(2, 12), AtVenue(lab.VenueId), title: title));
        var day = DateOnly.ParseExact(platform.Day(2), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var visitor = platform.CreateBrowserlikeClient();

        await visitor.SwitchLanguageAsync("en", $"/veranstaltungen?labor={lab.Slug}");
        var english = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/veranstaltungen?labor={lab.Slug}"));
        english.ShouldContain("<html lang=\"en\"");
        english.ShouldContain("<h1 class=\"kern-heading-x-large\">Event calendar</h1>");
        english.ShouldContain("Where?");
        english.ShouldContain("Show events");
        english.ShouldContain("1 event");
        english.ShouldContain(title);
        english.ShouldContain(day.ToString("dddd, d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        english.ShouldContain("10:00 to 12:00");
        english.ShouldContain("Step-free access (ramp or lift)");
        english.ShouldNotContain("Veranstaltungskalender");
        english.ShouldNotContain("Veranstaltungen zeigen");
        english.ShouldNotContain("10:00 bis 12:00 Uhr");

        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/veranstaltungen/{course.Occurrences[0].Id}"));
        page.ShouldContain("Back to the event calendar");
        page.ShouldContain("How to take part");
        page.ShouldContain("There are 12 places.");
        page.ShouldContain("Add to my calendar");
        page.ShouldNotContain("So nehmen Sie teil");

        await visitor.SwitchLanguageAsync("de-DE", $"/veranstaltungen?labor={lab.Slug}");
        var german = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/veranstaltungen?labor={lab.Slug}"));
        german.ShouldContain("<html lang=\"de");
        german.ShouldContain("<h1 class=\"kern-heading-x-large\">Veranstaltungskalender</h1>");
        german.ShouldContain("Veranstaltungen zeigen");
        german.ShouldContain("10:00 bis 12:00 Uhr");
        german.ShouldContain(day.ToString("dddd, d. MMMM yyyy", CultureInfo.GetCultureInfo("de-DE")));
        german.ShouldNotContain("Event calendar");
        german.ShouldNotContain("Show events");
    }
}
