using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net.CalendarComponents;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Time;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;
using static LaborPlattform.Workshops.Tests.WorkshopsApi;
using IcalCalendar = Ical.Net.Calendar;

namespace LaborPlattform.Workshops.Tests.Calendar;

/// <summary>The iCalendar feeds, read back with a real parser (Ical.Net) and compared with the dates the API reports.</summary>
public sealed class CalendarFeedTests(PlatformFactory platform)
{
    /// <summary>The Sunday of the next change between winter and summer time, at least a week from the platform's today.</summary>
    private DateOnly NextClockChange()
    {
        var day = Berlin.Today(platform.Time).AddDays(8);
        while (Berlin.Zone.GetUtcOffset(day.ToDateTime(new TimeOnly(12, 0))) == Berlin.Zone.GetUtcOffset(day.AddDays(-1).ToDateTime(new TimeOnly(12, 0))))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(Lab Lab, ReadWorkshops.WorkshopView Series)> SeriesAcrossClockChangeAsync()
    {
        var lab = await platform.LabWithVenueAsync();
        var change = NextClockChange();
        var first = change.AddDays(-12);
        var body = Body($"{Iso(first)}T10:00", $"{Iso(first)}T12:00", AtVenue(lab.VenueId), title: "Smartphone-Kurs über die Zeitumstellung");
        body["recurrence"] = new { rule = "FREQ=WEEKLY;COUNT=5", exceptions = new[] { new { from = Iso(first.AddDays(21)), to = Iso(first.AddDays(21)), label = "Feiertag" } } };
        var series = await lab.Coordinator.CreateWorkshopAsync(lab.Id, body);
        var moved = series.Occurrences[1];
        var cancelled = series.Occurrences[2];
        (await lab.Coordinator.PostAsJsonAsync(series.OccurrenceUrl(moved, "move"), new { version = moved.Version, start = $"{Iso(first.AddDays(8))}T14:00", end = $"{Iso(first.AddDays(8))}T16:00" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await lab.Coordinator.PostAsJsonAsync(series.OccurrenceUrl(cancelled, "cancel"), new { version = cancelled.Version, reason = "Die Kursleiterin ist krank." }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return (lab, await lab.Coordinator.GetWorkshopAsync(lab.Id, series.Id));
    }

    private static async Task<(string Text, IcalCalendar Calendar)> FeedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        var text = await response.Content.ReadAsStringAsync();
        return (text, IcalCalendar.Load(text)!);
    }

    [Fact]
    public async Task A_series_across_a_clock_change_with_an_exception_a_moved_and_a_cancelled_date_reads_back_as_the_same_dates()
    {
        var (lab, series) = await SeriesAcrossClockChangeAsync();
        using var _ = lab.Coordinator;
        using var anonymous = platform.CreateBrowserlikeClient();

        var (text, calendar) = await FeedAsync(anonymous, $"/veranstaltungen/kalender/labor/{lab.Slug}.ics");

        var events = calendar.Events.Where(e => e.Uid == $"{series.Id}@laborplattform.de").ToList();
        events.Count.ShouldBe(3, "the series, its moved date and its cancelled date");
        var master = events.Single(e => e.RecurrenceIdentifier is null);
        master.RecurrenceRule!.ToString().ShouldBe("FREQ=WEEKLY;COUNT=5");
        master.ExceptionDates.GetAllDates().Single().AsUtc.ShouldBe(LocalPlanned(series, 21).UtcDateTime);
        master.DtStart!.TzId.ShouldBe("Europe/Berlin");

        var read = calendar.GetOccurrences<CalendarEvent>(null, null)
            .Where(o => ((CalendarEvent)o.Source).Uid == $"{series.Id}@laborplattform.de")
            .Select(o => (Start: new DateTimeOffset(o.Period.StartTime.AsUtc, TimeSpan.Zero), End: new DateTimeOffset(o.Period.EffectiveEndTime!.AsUtc, TimeSpan.Zero), Status: ((CalendarEvent)o.Source).Status))
            .OrderBy(o => o.Start)
            .ToList();
        read.Select(o => o.Start).ShouldBe(series.Occurrences.Select(o => o.StartsAt).OrderBy(s => s));
        read.Select(o => o.End).ShouldBe(series.Occurrences.OrderBy(o => o.StartsAt).Select(o => o.EndsAt));
        read.Where(o => o.Status == "CANCELLED").Select(o => o.Start).ShouldBe([series.Occurrences[2].StartsAt]);
        // The wall-clock time stays 10:00 on both sides of the change, so the UTC times differ by an hour.
        series.Occurrences.Where(o => !o.IsMoved).Select(o => o.Start[11..]).Distinct().ShouldBe(["10:00"]);
        series.Occurrences.Where(o => !o.IsMoved).Select(o => o.StartsAt.UtcDateTime.Hour).Distinct().Count().ShouldBe(2);
        text.ShouldContain("SUMMARY:Abgesagt: Smartphone-Kurs über die Zeitumstellung");
        text.ShouldContain("Die Kursleiterin ist krank.");
    }

    private static DateTimeOffset LocalPlanned(ReadWorkshops.WorkshopView series, int days)
    {
        var first = DateOnly.FromDateTime(DateTime.Parse(series.Start, System.Globalization.CultureInfo.InvariantCulture));
        return Berlin.ToInstant(first.AddDays(days), new TimeOnly(10, 0));
    }

    [Fact]
    public async Task The_feed_carries_Berlin_time_with_a_VTIMEZONE_that_has_the_daylight_saving_rules()
    {
        var (lab, _) = await SeriesAcrossClockChangeAsync();
        using var __ = lab.Coordinator;
        using var anonymous = platform.CreateBrowserlikeClient();

        var (text, calendar) = await FeedAsync(anonymous, "/veranstaltungen/kalender.ics");

        var zone = calendar.TimeZones.Single();
        zone.TzId.ShouldBe("Europe/Berlin");
        var standard = zone.TimeZoneInfos.Single(i => i.Name == "STANDARD");
        var daylight = zone.TimeZoneInfos.Single(i => i.Name == "DAYLIGHT");
        standard.OffsetTo!.ToString().ShouldBe("+0100");
        daylight.OffsetTo!.ToString().ShouldBe("+0200");
        standard.RecurrenceRule!.ToString().ShouldBe("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10");
        daylight.RecurrenceRule!.ToString().ShouldBe("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3");
        text.ShouldContain("VERSION:2.0");
        text.ShouldContain("PRODID:-//LaborPlattform//Veranstaltungskalender//DE");
        text.Split("\r\n").Where(l => l.StartsWith("DTSTART", StringComparison.Ordinal) && !l.StartsWith("DTSTART:", StringComparison.Ordinal))
            .ShouldAllBe(l => l.StartsWith("DTSTART;TZID=Europe/Berlin:", StringComparison.Ordinal));
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).Contains('\n').ShouldBeFalse("every line ends with CRLF");
        text.Split("\r\n").ShouldAllBe(l => System.Text.Encoding.UTF8.GetByteCount(l) <= 75);
    }

    [Fact]
    public async Task Internal_events_and_internal_fields_never_appear_in_a_feed()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var internalMeeting = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(-2, 14), platform.LocalAt(-2, 16), AtVenue(lab.VenueId), title: "Internes Netzwerktreffen", isPublic: false));
        var course = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(-1, 10), platform.LocalAt(-1, 12), AtVenue(lab.VenueId), title: "Öffentlicher Kurs"));
        (await lab.Coordinator.PutJsonAsync(course.OutcomeUrl(course.Occurrences[0]), """{ "version": 1, "participants": 11, "minutes": "Vertrauliche Notiz zum Kursverlauf" }"""))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var anonymous = platform.CreateBrowserlikeClient();

        foreach (var url in new[] { "/veranstaltungen/kalender.ics", $"/veranstaltungen/kalender/labor/{lab.Slug}.ics", $"/veranstaltungen/kalender/ort/{lab.VenueId}.ics" })
        {
            var (text, calendar) = await FeedAsync(anonymous, url);
            calendar.Events.ShouldContain(e => e.Uid == $"{course.Id}@laborplattform.de", url);
            calendar.Events.ShouldNotContain(e => e.Uid == $"{internalMeeting.Id}@laborplattform.de", url);
            text.ShouldNotContain("Internes Netzwerktreffen");
            text.ShouldNotContain("Vertrauliche Notiz");
        }

        (await anonymous.GetAsync($"/veranstaltungen/{internalMeeting.Occurrences[0].Id}/termin.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_lab_and_venue_feeds_hold_only_their_own_events()
    {
        var lab = await platform.LabWithVenueAsync();
        var other = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        using var __ = other.Coordinator;
        var atVenue = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), AtVenue(lab.VenueId)));
        var online = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(6, 16), platform.LocalAt(6, 17), Online()));
        var elsewhere = await other.Coordinator.CreateWorkshopAsync(other.Id, Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), AtVenue(other.VenueId)));
        using var anonymous = platform.CreateBrowserlikeClient();

        var (_, labFeed) = await FeedAsync(anonymous, $"/veranstaltungen/kalender/labor/{lab.Slug}.ics");
        var (_, venueFeed) = await FeedAsync(anonymous, $"/veranstaltungen/kalender/ort/{lab.VenueId}.ics");
        var (_, all) = await FeedAsync(anonymous, "/veranstaltungen/kalender.ics");

        labFeed.Events.Select(e => e.Uid).ShouldBe([$"{atVenue.Id}@laborplattform.de", $"{online.Id}@laborplattform.de"], ignoreOrder: true);
        venueFeed.Events.Select(e => e.Uid).ShouldBe([$"{atVenue.Id}@laborplattform.de"]);
        all.Events.Select(e => e.Uid).ShouldContain($"{elsewhere.Id}@laborplattform.de");
        venueFeed.Events.Single().Location!.ShouldContain("Findorffstraße 108, 28215 Bremen");
        labFeed.Events.Single(e => e.Uid!.StartsWith(online.Id.ToString(), StringComparison.Ordinal)).Description!.ShouldContain("https://konferenz.example.org/raum-42");
        (await anonymous.GetAsync($"/veranstaltungen/kalender/ort/{Guid.NewGuid()}.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/veranstaltungen/kalender/labor/gibt-es-nicht.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task One_date_can_be_downloaded_on_its_own_to_add_it_to_a_calendar()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var talk = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(9, 15), platform.LocalAt(9, 16, 30), AtVenue(lab.VenueId), title: "Vortrag Online-Shopping"));
        using var anonymous = platform.CreateBrowserlikeClient();

        var (_, calendar) = await FeedAsync(anonymous, $"/veranstaltungen/{talk.Occurrences[0].Id}/termin.ics");

        var single = calendar.Events.Single();
        single.Summary.ShouldBe("Vortrag Online-Shopping");
        new DateTimeOffset(single.DtStart!.AsUtc, TimeSpan.Zero).ShouldBe(talk.Occurrences[0].StartsAt);
        new DateTimeOffset(single.DtEnd!.AsUtc, TimeSpan.Zero).ShouldBe(talk.Occurrences[0].EndsAt);
        single.Description!.ShouldContain("Anmeldung unter Telefon");
    }

    [Fact]
    public async Task The_events_of_an_archived_lab_leave_the_feeds()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var course = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), AtVenue(lab.VenueId)));
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var labVersion = (await admin.GetFromJsonAsync<JsonElement>($"/api/labs/{lab.Id}")).GetProperty("version").GetInt32();
        (await admin.PostAsJsonAsync($"/api/labs/{lab.Id}/archive", new { version = labVersion })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var anonymous = platform.CreateBrowserlikeClient();

        var (_, all) = await FeedAsync(anonymous, "/veranstaltungen/kalender.ics");

        all.Events.ShouldNotContain(e => e.Uid == $"{course.Id}@laborplattform.de");
        (await anonymous.GetAsync($"/veranstaltungen/kalender/labor/{lab.Slug}.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
