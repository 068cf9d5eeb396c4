using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Stakeholders.Contracts;
using Occurrence = LaborPlattform.Workshops.Domain.Occurrence;

namespace LaborPlattform.Workshops.PublicCalendar;

/// <summary>Which public events a feed holds: all, one lab's, or one venue's.</summary>
internal sealed record FeedScope(string Name, Guid? LabId = null, Guid? VenueId = null);

/// <summary>
/// iCalendar feeds (RFC 5545) of the public events, for calendar apps to subscribe to. A single event is one VEVENT;
/// a series is one VEVENT with its RRULE and an EXDATE for every date its exception periods leave out, plus one VEVENT
/// per moved or cancelled date (same UID, RECURRENCE-ID = the date it stands for; cancelled ones with
/// STATUS:CANCELLED). Times are written in Europe/Berlin with a VTIMEZONE that carries the daylight-saving rules, so
/// "10:00 every Tuesday" stays 10:00 in every calendar across the switch. Internal events and internal fields
/// (outcomes, minutes) never appear. The feed depends on the data only: DTSTAMP is the time of the last change, not
/// the time of the request.
/// </summary>
internal sealed class CalendarFeedBuilder(WorkshopsDbContext db, ISender sender)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>Series that ended more than a year before the request drop out of the feeds.</summary>
    public static readonly TimeSpan History = TimeSpan.FromDays(365);

    private static readonly DateTime TimeZoneSince = new(2020, 1, 1);

    public async Task<string> BuildAsync(FeedScope scope, Uri baseUri, DateTimeOffset since, CancellationToken ct)
    {
        var labs = (await sender.Send(new GetLabs(), ct)).ToDictionary(l => l.Id, l => l.Name);
        var labIds = scope.LabId is { } only ? labs.Keys.Where(id => id == only).ToList() : labs.Keys.ToList();
        var workshops = db.Workshops.AsNoTracking().Include(w => w.Occurrences)
            .Where(w => w.IsPublic && labIds.Contains(w.LabId) && w.Occurrences.Any(o => o.EndsAt >= since));
        if (scope.VenueId is { } venueId)
        {
            workshops = workshops.Where(w => w.Venue.OrganisationId == venueId);
        }

        var list = await workshops.OrderBy(w => w.StartsAt).ThenBy(w => w.Id).AsSplitQuery().ToListAsync(ct);
        var formats = await db.Formats.AsNoTracking().ToDictionaryAsync(f => f.Key, f => f.Name, ct);
        var calendar = NewCalendar(scope.Name);
        foreach (var workshop in list)
        {
            foreach (var e in Events(workshop, labs[workshop.LabId], formats.GetValueOrDefault(workshop.Format, workshop.Format), baseUri))
            {
                calendar.Events.Add(e);
            }
        }

        return Serialize(calendar);
    }

    /// <summary>One public date on its own ("add to my calendar"), or null when it is not public.</summary>
    public async Task<string?> BuildOccurrenceAsync(Guid occurrenceId, Uri baseUri, CancellationToken ct)
    {
        if (await sender.Send(new GetPublicEvent(occurrenceId), ct) is not { } page)
        {
            return null;
        }

        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Occurrences).SingleAsync(w => w.Id == page.Event.WorkshopId, ct);
        var occurrence = workshop.Occurrence(occurrenceId);
        var calendar = NewCalendar(page.Event.Title);
        var e = Describe(new CalendarEvent(), workshop, occurrence, page.Event.LabName, page.Event.FormatName, baseUri);
        e.Uid = $"{occurrence.Id}@laborplattform.de";
        e.DtStart = Local(occurrence.StartsAt);
        e.DtEnd = Local(occurrence.EndsAt);
        calendar.Events.Add(e);
        return Serialize(calendar);
    }

    private static Calendar NewCalendar(string name)
    {
        var calendar = new Calendar { ProductId = "-//LaborPlattform//Veranstaltungskalender//DE", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", Schedule.TimeZoneId);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT6H");
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(Schedule.TimeZoneId, TimeZoneSince, includeHistoricalData: false));
        return calendar;
    }

    private static IEnumerable<CalendarEvent> Events(Workshop workshop, string labName, string formatName, Uri baseUri)
    {
        var uid = $"{workshop.Id}@laborplattform.de";
        var dates = workshop.Occurrences.OrderBy(o => o.PlannedStartsAt).ToList();
        if (workshop.RecurrenceRule is not { } rule)
        {
            var single = dates[0];
            var e = Describe(new CalendarEvent(), workshop, single, labName, formatName, baseUri);
            e.Uid = uid;
            e.DtStart = Local(single.StartsAt);
            e.DtEnd = Local(single.EndsAt);
            yield return e;
            yield break;
        }

        var master = new CalendarEvent
        {
            Uid = uid,
            DtStart = Local(workshop.StartsAt),
            DtEnd = Local(workshop.EndsAt),
            Summary = workshop.Title,
            Description = Text(workshop, null, labName, baseUri, dates[0]),
            Location = Location(workshop.Venue),
            Url = new Uri(baseUri, $"veranstaltungen/{dates[0].Id}"),
            Status = EventStatus.Confirmed,
            Sequence = workshop.Version - 1,
            DtStamp = Utc(workshop.UpdatedAt),
            LastModified = Utc(workshop.UpdatedAt),
            Created = Utc(workshop.CreatedAt),
            Categories = [formatName],
        };
        master.RecurrenceRule = new RecurrencePattern(rule);
        foreach (var excluded in Schedule.ExcludedStarts(LocalTimes.ToLocal(workshop.StartsAt), rule, workshop.Exceptions))
        {
            master.ExceptionDates.Add(new CalDateTime(excluded, Schedule.TimeZoneId, true));
        }

        yield return master;
        foreach (var changed in dates.Where(o => o.IsMoved || o.IsCancelled))
        {
            var e = Describe(new CalendarEvent(), workshop, changed, labName, formatName, baseUri);
            e.Uid = uid;
            e.RecurrenceIdentifier = new RecurrenceIdentifier(Local(changed.PlannedStartsAt), null);
            e.DtStart = Local(changed.StartsAt);
            e.DtEnd = Local(changed.EndsAt);
            yield return e;
        }
    }

    private static CalendarEvent Describe(CalendarEvent e, Workshop workshop, Occurrence occurrence, string labName, string formatName, Uri baseUri)
    {
        var changedAt = occurrence.ChangedAt > workshop.UpdatedAt ? occurrence.ChangedAt : workshop.UpdatedAt;
        e.Summary = occurrence.IsCancelled ? $"Abgesagt: {workshop.Title}" : workshop.Title;
        e.Description = Text(workshop, occurrence, labName, baseUri, occurrence);
        e.Location = Location(workshop.Venue);
        e.Url = new Uri(baseUri, $"veranstaltungen/{occurrence.Id}");
        e.Status = occurrence.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed;
        e.Sequence = workshop.Version + occurrence.Version - 2;
        e.DtStamp = Utc(changedAt);
        e.LastModified = Utc(changedAt);
        e.Created = Utc(workshop.CreatedAt);
        e.Categories = [formatName];
        return e;
    }

    private static string Text(Workshop workshop, Occurrence? occurrence, string labName, Uri baseUri, Occurrence link)
    {
        var text = new StringBuilder();
        if (occurrence is { IsCancelled: true })
        {
            text.Append("Dieser Termin fällt aus");
            text.Append(occurrence.CancellationReason.Length > 0 ? $": {occurrence.CancellationReason}" : ".");
            text.Append("\n\n");
        }
        else if (occurrence is { IsMoved: true })
        {
            text.Append(Berlin.Culture, $"Dieser Termin wurde verschoben. Geplant war er für {Berlin.FormatDateTime(occurrence.PlannedStartsAt)}.\n\n");
        }

        text.Append(workshop.Description);
        if (workshop.Registration.Length > 0)
        {
            text.Append(Berlin.Culture, $"\n\nSo nehmen Sie teil: {workshop.Registration}");
        }

        if (workshop.Capacity is { } capacity)
        {
            text.Append(Berlin.Culture, $"\nPlätze: {capacity}");
        }

        var access = Accessibility(workshop.Venue);
        if (access.Length > 0 || workshop.AccessibilityNotes.Length > 0)
        {
            text.Append("\n\nBarrierefreiheit: ");
            text.Append(string.Join(" ", new[] { access, workshop.AccessibilityNotes }.Where(s => s.Length > 0)));
        }

        if (workshop.Venue.Kind == VenueKind.Online)
        {
            text.Append(Berlin.Culture, $"\n\nTeilnahme online: {workshop.Venue.OnlineUrl}");
        }

        text.Append(Berlin.Culture, $"\n\nVeranstaltet im Labor {labName}. Mehr dazu: {new Uri(baseUri, $"veranstaltungen/{link.Id}")}");
        return text.ToString();
    }

    public static string Location(Venue venue) => venue.Kind switch
    {
        VenueKind.Online => "Online",
        _ => $"{venue.Name}, {venue.Street}, {venue.PostalCode} {venue.City}",
    };

    private static string Accessibility(Venue venue)
    {
        if (venue.StepFreeAccess is null)
        {
            return string.Empty;
        }

        // What is not known is not said: a place at another address has only its step-free access entered.
        var parts = new[]
        {
            venue.StepFreeAccess == true ? "Zugang ohne Stufen." : "Zugang nicht stufenlos.",
            venue.AccessibleToilet is null ? null : venue.AccessibleToilet == true ? "Barrierefreie Toilette vorhanden." : "Keine barrierefreie Toilette.",
            venue.HearingLoop is null ? null : venue.HearingLoop == true ? "Höranlage für Hörgeräte vorhanden." : "Keine Höranlage.",
        };
        return string.Join(" ", parts.OfType<string>());
    }

    private static CalDateTime Local(DateTimeOffset instant) => new(LocalTimes.ToLocal(instant), Schedule.TimeZoneId, true);

    private static CalDateTime Utc(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, CalDateTime.UtcTzId);
    }

    private static string Serialize(Calendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
}

internal static class CalendarFeedEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/veranstaltungen/kalender.ics", async (HttpContext http, CalendarFeedBuilder feeds, TimeProvider time, CancellationToken ct) =>
                Feed(await feeds.BuildAsync(new FeedScope("Veranstaltungskalender – LaborPlattform"), BaseUri(http.Request), time.GetUtcNow() - CalendarFeedBuilder.History, ct)))
            .AllowAnonymous()
            .WithTags("Workshops")
            .WithName("CalendarFeed")
            .WithSummary("iCalendar feed (RFC 5545) of all public events.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");

        app.MapGet("/veranstaltungen/kalender/labor/{slug}.ics", async (string slug, HttpContext http, ISender sender, CalendarFeedBuilder feeds, TimeProvider time, CancellationToken ct) =>
            {
                var lab = await sender.Send(new GetLabBySlug(slug), ct);
                if (lab is null || lab.IsArchived)
                {
                    return Results.NotFound();
                }

                return Feed(await feeds.BuildAsync(new FeedScope($"Veranstaltungen – Labor {lab.Name}", LabId: lab.Id), BaseUri(http.Request), time.GetUtcNow() - CalendarFeedBuilder.History, ct));
            })
            .AllowAnonymous()
            .WithTags("Workshops")
            .WithName("LabCalendarFeed")
            .WithSummary("iCalendar feed of one lab's public events (lab by URL name).")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .Produces(StatusCodes.Status404NotFound);

        app.MapGet("/veranstaltungen/kalender/ort/{venueId:guid}.ics", async (Guid venueId, HttpContext http, ISender sender, CalendarFeedBuilder feeds, TimeProvider time, CancellationToken ct) =>
            {
                var venue = await sender.Send(new GetVenue(venueId), ct);
                if (venue is null)
                {
                    return Results.NotFound();
                }

                return Feed(await feeds.BuildAsync(new FeedScope($"Veranstaltungen – {venue.Name}", VenueId: venue.Id), BaseUri(http.Request), time.GetUtcNow() - CalendarFeedBuilder.History, ct));
            })
            .AllowAnonymous()
            .WithTags("Workshops")
            .WithName("VenueCalendarFeed")
            .WithSummary("iCalendar feed of the public events at one venue.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .Produces(StatusCodes.Status404NotFound);

        app.MapGet("/veranstaltungen/{occurrenceId:guid}/termin.ics", async (Guid occurrenceId, HttpContext http, CalendarFeedBuilder feeds, CancellationToken ct) =>
                await feeds.BuildOccurrenceAsync(occurrenceId, BaseUri(http.Request), ct) is { } text
                    ? Results.Text(text, CalendarFeedBuilder.ContentType, Encoding.UTF8)
                    : Results.NotFound())
            .AllowAnonymous()
            .WithTags("Workshops")
            .WithName("OccurrenceCalendarFile")
            .WithSummary("One public date as an iCalendar file, to add it to a calendar.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .Produces(StatusCodes.Status404NotFound);
    }

    public static Uri BaseUri(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");

    private static IResult Feed(string text) => Results.Text(text, CalendarFeedBuilder.ContentType, Encoding.UTF8);
}
