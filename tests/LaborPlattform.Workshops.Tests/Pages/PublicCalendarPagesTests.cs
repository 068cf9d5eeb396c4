using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;
using static LaborPlattform.Workshops.Tests.WorkshopsApi;

namespace LaborPlattform.Workshops.Tests.Pages;

/// <summary>The public event calendar as an anonymous visitor gets it: only public events, nothing internal.</summary>
public sealed class PublicCalendarPagesTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_calendar_lists_coming_public_events_and_never_internal_ones_or_internal_fields()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var tag = Guid.NewGuid().ToString("N")[..6];
        var course = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(2, 10), platform.LocalAt(2, 12), AtVenue(lab.VenueId), title: $"Öffentlicher Kurs {tag}"));
        var meeting = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(2, 14), platform.LocalAt(2, 16), AtVenue(lab.VenueId), title: $"Internes Treffen {tag}", isPublic: false));
        var past = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(-2, 10), platform.LocalAt(-2, 12), AtVenue(lab.VenueId), title: $"Vergangener Kurs {tag}"));
        (await lab.Coordinator.PutJsonAsync(past.OutcomeUrl(past.Occurrences[0]), """{ "version": 1, "participants": 7, "minutes": "Internes Protokoll" }""")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var anonymous = platform.CreateBrowserlikeClient();

        var list = await anonymous.GetStringAsync($"/veranstaltungen?labor={lab.Slug}");
        list.ShouldContain($"Öffentlicher Kurs {tag}");
        list.ShouldNotContain($"Internes Treffen {tag}");
        list.ShouldNotContain($"Vergangener Kurs {tag}");
        list.ShouldContain($"/veranstaltungen/kalender/labor/{lab.Slug}.ics");

        var page = await anonymous.GetStringAsync($"/veranstaltungen/{course.Occurrences[0].Id}");
        page.ShouldContain("Findorffstraße 108");
        page.ShouldContain("28215 Bremen");
        page.ShouldContain("Zugang ohne Stufen");
        page.ShouldContain("Anmeldung unter Telefon");
        page.ShouldContain("Es gibt 12 Plätze.");
        page.ShouldContain($"/veranstaltungen/kalender/ort/{lab.VenueId}.ics");
        (await anonymous.GetAsync($"/veranstaltungen/{meeting.Occurrences[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetStringAsync($"/veranstaltungen/{past.Occurrences[0].Id}")).ShouldNotContain("Internes Protokoll");
        (await anonymous.GetStringAsync($"/api/public/events?lab={lab.Slug}")).ShouldNotContain("Internes Treffen");
        (await anonymous.GetAsync($"/api/public/events/{meeting.Occurrences[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_calendar_is_filtered_by_place_kind_of_event_and_lab()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var tag = Guid.NewGuid().ToString("N")[..6];
        await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(3, 10), platform.LocalAt(3, 12), AtVenue(lab.VenueId), title: $"Kurs in Bremen {tag}"));
        var talk = Body(platform.LocalAt(4, 18), platform.LocalAt(4, 20), AtAddress("04012000"), title: $"Vortrag in Bremerhaven {tag}");
        talk["format"] = "Talk";
        await lab.Coordinator.CreateWorkshopAsync(lab.Id, talk);
        await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(5, 16), platform.LocalAt(5, 17), Online(), title: $"Online-Kurs {tag}"));
        using var anonymous = platform.CreateBrowserlikeClient();

        var bremerhaven = await anonymous.GetStringAsync($"/veranstaltungen?ort=04012000&labor={lab.Slug}");
        bremerhaven.ShouldContain($"Vortrag in Bremerhaven {tag}");
        bremerhaven.ShouldNotContain($"Kurs in Bremen {tag}");
        var online = await anonymous.GetStringAsync($"/veranstaltungen?ort=online&labor={lab.Slug}");
        online.ShouldContain($"Online-Kurs {tag}");
        online.ShouldNotContain($"Vortrag in Bremerhaven {tag}");
        var talks = await anonymous.GetStringAsync($"/veranstaltungen?art=Talk&labor={lab.Slug}");
        talks.ShouldContain($"Vortrag in Bremerhaven {tag}");
        talks.ShouldNotContain($"Online-Kurs {tag}");
        (await anonymous.GetStringAsync("/veranstaltungen?labor=gibt-es-nicht")).ShouldContain("Keine Veranstaltungen gefunden");
    }

    [Fact]
    public async Task Cancelled_and_moved_dates_are_said_in_words_in_the_list_the_month_and_on_the_event_page()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var body = Body($"{platform.Day(3)}T10:00", $"{platform.Day(3)}T12:00", AtVenue(lab.VenueId), title: "Sprechstunde mit Änderungen");
        body["recurrence"] = new { rule = "FREQ=WEEKLY;COUNT=3" };
        var series = await lab.Coordinator.CreateWorkshopAsync(lab.Id, body);
        (await lab.Coordinator.PostAsJsonAsync(series.OccurrenceUrl(series.Occurrences[0], "cancel"), new { version = 1, reason = "Die Ehrenamtlichen sind auf Fortbildung." })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await lab.Coordinator.PostAsJsonAsync(series.OccurrenceUrl(series.Occurrences[1], "move"), new { version = 1, start = $"{platform.Day(11)}T14:00", end = $"{platform.Day(11)}T16:00" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var anonymous = platform.CreateBrowserlikeClient();

        var list = await anonymous.GetStringAsync($"/veranstaltungen?labor={lab.Slug}");
        list.ShouldContain("Dieser Termin fällt aus.");
        list.ShouldContain("Die Ehrenamtlichen sind auf Fortbildung.");
        list.ShouldContain("Neuer Termin.");
        var cancelledPage = await anonymous.GetStringAsync($"/veranstaltungen/{series.Occurrences[0].Id}");
        cancelledPage.ShouldContain("Dieser Termin fällt aus.");
        cancelledPage.ShouldContain("Weitere Termine dieser Reihe");
        (await anonymous.GetStringAsync($"/veranstaltungen/{series.Occurrences[1].Id}")).ShouldContain("Achtung, neuer Termin");

        string Month(int days) => platform.Day(days)[..7];
        var cancelledMonth = await anonymous.GetStringAsync($"/veranstaltungen/monat?monat={Month(3)}&labor={lab.Slug}");
        cancelledMonth.ShouldContain($"/veranstaltungen/{series.Occurrences[0].Id}");
        cancelledMonth.ShouldContain("Fällt aus:");
        (await anonymous.GetStringAsync($"/veranstaltungen/monat?monat={Month(17)}&labor={lab.Slug}")).ShouldContain($"/veranstaltungen/{series.Occurrences[2].Id}");
    }

    [Fact]
    public async Task The_events_of_an_archived_lab_leave_the_public_calendar()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var course = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(2, 10), platform.LocalAt(2, 12), AtVenue(lab.VenueId), title: "Kurs eines archivierten Labors"));
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var labVersion = (await admin.GetFromJsonAsync<JsonElement>($"/api/labs/{lab.Id}")).GetProperty("version").GetInt32();
        (await admin.PostAsJsonAsync($"/api/labs/{lab.Id}/archive", new { version = labVersion })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var anonymous = platform.CreateBrowserlikeClient();

        (await anonymous.GetAsync($"/veranstaltungen/{course.Occurrences[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetStringAsync("/veranstaltungen")).ShouldNotContain("Kurs eines archivierten Labors");
    }
}
