using LaborPlattform.Labs.Contracts;
using LaborPlattform.Stakeholders.Contracts;

namespace LaborPlattform.Workshops.PublicCalendar;

/// <summary>
/// Public dates (of public events of labs that are not archived) that end at or after <paramref name="From"/> and,
/// with <paramref name="Before"/>, start before it; ordered by start. Filters are optional: a municipality (AGS of
/// the place, or <see cref="OnlinePlace"/>), a format key, a lab, a venue. Cancelled dates are included (flagged):
/// people who planned to come need to know. Nothing internal is in the answer: no counts, no minutes, no staff.
/// </summary>
internal sealed record GetPublicEvents(
    DateTimeOffset From,
    DateTimeOffset? Before = null,
    string? Place = null,
    string? Format = null,
    Guid? LabId = null,
    Guid? VenueId = null,
    int Limit = 500) : IQuery<IReadOnlyList<PublicEvent>>
{
    public const string OnlinePlace = "online";
}

/// <summary>One public date, everything a citizen needs to decide and to get there.</summary>
/// <param name="IsMoved">The date was moved; <paramref name="PlannedStartsAt"/> tells from when.</param>
/// <param name="IsPartOfSeries">It is one date of a series.</param>
internal sealed record PublicEvent(
    Guid OccurrenceId,
    Guid WorkshopId,
    string Title,
    string Format,
    string FormatName,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    bool IsCancelled,
    string CancellationReason,
    bool IsMoved,
    DateTimeOffset PlannedStartsAt,
    bool IsPartOfSeries,
    Guid LabId,
    string LabName,
    string LabSlug,
    PublicPlace Place);

/// <param name="Kind">Organisation (a venue), Address or Online.</param>
/// <param name="StepFreeAccess">Null when not known.</param>
internal sealed record PublicPlace(
    string Kind,
    Guid? VenueId,
    string Name,
    string Street,
    string PostalCode,
    string City,
    string MunicipalityKey,
    string OnlineUrl,
    bool? StepFreeAccess,
    bool? AccessibleToilet,
    bool? HearingLoop)
{
    public bool IsOnline => Kind == nameof(VenueKind.Online);
}

/// <summary>One public date with the event's full public description, or null when it is not public.</summary>
internal sealed record GetPublicEvent(Guid OccurrenceId) : IQuery<PublicEventPage?>;

/// <param name="Schedule">The series' rule in words; null for a single event.</param>
/// <param name="OtherDates">The series' other dates that have not ended yet, by start (cancelled ones flagged).</param>
/// <param name="Organisers">Names of the organising organisations.</param>
/// <param name="Facilitators">Names of the facilitating organisations.</param>
internal sealed record PublicEventPage(
    PublicEvent Event,
    string Description,
    IReadOnlyList<string> Methods,
    int? Capacity,
    string Registration,
    string AccessibilityNotes,
    string? Schedule,
    IReadOnlyList<PublicEvent> OtherDates,
    IReadOnlyList<string> Organisers,
    IReadOnlyList<string> Facilitators);

/// <summary>The filter choices of the public calendar: only places, formats and labs that have upcoming public dates.</summary>
internal sealed record GetPublicCalendarChoices(DateTimeOffset From) : IQuery<PublicCalendarChoices>;

internal sealed record PublicCalendarChoices(IReadOnlyList<PublicChoice> Places, IReadOnlyList<PublicChoice> Formats, IReadOnlyList<PublicChoice> Labs);

internal sealed record PublicChoice(string Value, string Text);

internal sealed class PublicEventsHandler(WorkshopsDbContext db, ISender sender, TimeProvider time) :
    IQueryHandler<GetPublicEvents, IReadOnlyList<PublicEvent>>,
    IQueryHandler<GetPublicEvent, PublicEventPage?>,
    IQueryHandler<GetPublicCalendarChoices, PublicCalendarChoices>
{
    public async ValueTask<IReadOnlyList<PublicEvent>> Handle(GetPublicEvents query, CancellationToken cancellationToken)
    {
        var labs = await OpenLabsAsync(cancellationToken);
        var labIds = query.LabId is { } only ? labs.Keys.Where(id => id == only).ToList() : labs.Keys.ToList();
        var rows = from o in db.Occurrences.AsNoTracking()
                   join w in db.Workshops.AsNoTracking() on o.WorkshopId equals w.Id
                   where w.IsPublic && labIds.Contains(o.LabId) && o.EndsAt >= query.From
                   select new { o, w };
        if (query.Before is { } before)
        {
            rows = rows.Where(r => r.o.StartsAt < before);
        }

        if (!string.IsNullOrWhiteSpace(query.Format))
        {
            rows = rows.Where(r => r.w.Format == query.Format);
        }

        if (query.VenueId is { } venueId)
        {
            rows = rows.Where(r => r.w.Venue.OrganisationId == venueId);
        }

        if (string.Equals(query.Place, GetPublicEvents.OnlinePlace, StringComparison.OrdinalIgnoreCase))
        {
            rows = rows.Where(r => r.w.Venue.Kind == VenueKind.Online);
        }
        else if (!string.IsNullOrWhiteSpace(query.Place))
        {
            rows = rows.Where(r => r.w.Venue.Kind != VenueKind.Online && r.w.Venue.MunicipalityKey == query.Place);
        }

        var list = await rows.OrderBy(r => r.o.StartsAt).ThenBy(r => r.w.Title).Take(query.Limit).ToListAsync(cancellationToken);
        var formats = await FormatNamesAsync(cancellationToken);
        return list.Select(r => ToPublic(r.o, r.w, labs[r.o.LabId], formats)).ToList();
    }

    public async ValueTask<PublicEventPage?> Handle(GetPublicEvent query, CancellationToken cancellationToken)
    {
        var occurrence = await db.Occurrences.AsNoTracking().SingleOrDefaultAsync(o => o.Id == query.OccurrenceId, cancellationToken);
        if (occurrence is null)
        {
            return null;
        }

        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Occurrences).SingleAsync(w => w.Id == occurrence.WorkshopId, cancellationToken);
        var labs = await OpenLabsAsync(cancellationToken);
        if (!workshop.IsPublic || !labs.TryGetValue(workshop.LabId, out var lab))
        {
            return null;
        }

        // The venue's current address and accessibility, where it is still a venue; otherwise what was saved with the event.
        var venue = workshop.Venue;
        if (venue is { Kind: VenueKind.Organisation, OrganisationId: { } venueId } && await sender.Send(new GetVenue(venueId), cancellationToken) is { } current)
        {
            venue = venue with
            {
                Name = current.Name,
                Street = current.Street,
                PostalCode = current.PostalCode,
                City = current.City,
                MunicipalityKey = current.MunicipalityKey,
                StepFreeAccess = current.StepFreeAccess,
                AccessibleToilet = current.AccessibleToilet,
                HearingLoop = current.HearingLoop,
            };
        }

        var formats = await FormatNamesAsync(cancellationToken);
        var now = time.GetUtcNow();
        var organisationIds = workshop.OrganiserIds.Concat(workshop.FacilitatorIds).Distinct().ToList();
        var names = organisationIds.Count == 0
            ? new Dictionary<Guid, string>()
            : (await sender.Send(new GetOrganisationsByIds(organisationIds), cancellationToken)).ToDictionary(o => o.Id, o => o.Name);
        return new PublicEventPage(
            ToPublic(occurrence, workshop, lab, formats, venue),
            workshop.Description,
            workshop.Methods,
            workshop.Capacity,
            workshop.Registration,
            workshop.AccessibilityNotes,
            workshop.RecurrenceRule is { } rule ? Schedule.Describe(rule) : null,
            workshop.Occurrences
                .Where(o => o.Id != occurrence.Id && o.EndsAt >= now)
                .OrderBy(o => o.StartsAt)
                .Select(o => ToPublic(o, workshop, lab, formats, venue))
                .ToList(),
            workshop.OrganiserIds.Where(names.ContainsKey).Select(id => names[id]).ToList(),
            workshop.FacilitatorIds.Where(names.ContainsKey).Select(id => names[id]).ToList());
    }

    public async ValueTask<PublicCalendarChoices> Handle(GetPublicCalendarChoices query, CancellationToken cancellationToken)
    {
        var events = await Handle(new GetPublicEvents(query.From, Limit: 5000), cancellationToken);
        var culture = StringComparer.Create(Shared.Time.Berlin.Culture, false);
        var places = events.Where(e => !e.Place.IsOnline)
            .GroupBy(e => e.Place.MunicipalityKey)
            .Select(g => new PublicChoice(g.Key, g.First().Place.City))
            .OrderBy(c => c.Text, culture)
            .ToList();
        if (events.Any(e => e.Place.IsOnline))
        {
            places.Add(new PublicChoice(GetPublicEvents.OnlinePlace, "Online (von zu Hause)"));
        }

        return new PublicCalendarChoices(
            places,
            events.GroupBy(e => e.Format).Select(g => new PublicChoice(g.Key, g.First().FormatName)).OrderBy(c => c.Text, culture).ToList(),
            events.GroupBy(e => e.LabSlug).Select(g => new PublicChoice(g.Key, g.First().LabName)).OrderBy(c => c.Text, culture).ToList());
    }

    private sealed record OpenLab(string Name, string Slug);

    /// <summary>Labs that are not archived: an archived lab's events leave the public pages, as its profile does.</summary>
    private async Task<Dictionary<Guid, OpenLab>> OpenLabsAsync(CancellationToken ct) =>
        (await sender.Send(new GetLabs(), ct)).ToDictionary(l => l.Id, l => new OpenLab(l.Name, l.Slug));

    private async Task<Dictionary<string, string>> FormatNamesAsync(CancellationToken ct) =>
        await db.Formats.AsNoTracking().ToDictionaryAsync(f => f.Key, f => f.Name, ct);

    private static PublicEvent ToPublic(Occurrence o, Workshop w, OpenLab lab, Dictionary<string, string> formats, Venue? venue = null)
    {
        var v = venue ?? w.Venue;
        return new PublicEvent(
            o.Id,
            w.Id,
            w.Title,
            w.Format,
            formats.GetValueOrDefault(w.Format, w.Format),
            o.StartsAt,
            o.EndsAt,
            o.IsCancelled,
            o.CancellationReason,
            o.IsMoved,
            o.PlannedStartsAt,
            w.IsSeries,
            o.LabId,
            lab.Name,
            lab.Slug,
            new PublicPlace(v.Kind.ToString(), v.OrganisationId, v.Name, v.Street, v.PostalCode, v.City, v.MunicipalityKey, v.OnlineUrl, v.StepFreeAccess, v.AccessibleToilet, v.HearingLoop));
    }
}

internal static class PublicEventsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/public/events", async (string? place, string? format, string? lab, Guid? venueId, ISender sender, TimeProvider time, CancellationToken ct) =>
            {
                Guid? labId = null;
                if (!string.IsNullOrWhiteSpace(lab))
                {
                    labId = (await sender.Send(new GetLabBySlug(lab), ct))?.Id ?? Guid.Empty;
                }

                return TypedResults.Ok(await sender.Send(new GetPublicEvents(time.GetUtcNow(), null, place, format, labId, venueId), ct));
            })
            .AllowAnonymous()
            .WithName("ListPublicEvents")
            .WithSummary("Upcoming public dates (anonymous), filtered by place (AGS or 'online'), format key, lab (URL name) and venue. No internal data.");

        api.MapGet("/public/events/{occurrenceId:guid}", async Task<Results<Ok<PublicEventPage>, NotFound>> (Guid occurrenceId, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetPublicEvent(occurrenceId), ct) is { } page ? TypedResults.Ok(page) : TypedResults.NotFound())
            .AllowAnonymous()
            .WithName("GetPublicEvent")
            .WithSummary("One public date with its event's public description (anonymous); 404 for internal events.");
    }
}
