using Mediator;

namespace LaborPlattform.Workshops.Contracts;

/// <summary>
/// The events (occurrences: each date of a series is one) of one lab in a period, for the annex of a progress
/// report. Internal events are included (reports are internal; <c>IsPublic</c> tells them apart), cancelled dates
/// too (flagged, so the report can leave them out or list them). An occurrence belongs to the period when the
/// Berlin calendar day of its start (as held, i.e. after a move) lies between <paramref name="From"/> and
/// <paramref name="To"/>, both inclusive. Ordered by start, then title. The answer depends only on the stored data
/// and the period, never on the current time. An unknown lab gives an empty list.
/// Refused (field <c>to</c>) when <paramref name="To"/> lies before <paramref name="From"/>.
/// </summary>
public sealed record GetLabWorkshopOccurrences(Guid LabId, DateOnly From, DateOnly To) : IQuery<WorkshopOccurrenceReport>;

/// <param name="LabId">The lab asked for.</param>
/// <param name="From">First day of the period (inclusive).</param>
/// <param name="To">Last day of the period (inclusive).</param>
/// <param name="Occurrences">The lab's occurrences in the period, by start.</param>
public sealed record WorkshopOccurrenceReport(Guid LabId, DateOnly From, DateOnly To, IReadOnlyList<WorkshopOccurrenceRecord> Occurrences);

/// <summary>One date of an event, as a report lists it.</summary>
/// <param name="OccurrenceId">The occurrence (one date of an event or series).</param>
/// <param name="WorkshopId">The event or series it belongs to.</param>
/// <param name="Title">Title of the event.</param>
/// <param name="Format">Format key, one of <see cref="WorkshopFormats"/> or a format an administrator added.</param>
/// <param name="FormatName">German name of the format, e.g. "Kurs".</param>
/// <param name="Methods">Methods used, as entered (e.g. "World Café"); may be empty.</param>
/// <param name="Date">Berlin calendar day of the start.</param>
/// <param name="StartTime">Berlin wall-clock time of the start.</param>
/// <param name="EndDate">Berlin calendar day of the end (usually <paramref name="Date"/>).</param>
/// <param name="EndTime">Berlin wall-clock time of the end.</param>
/// <param name="StartsAt">Start as an instant (UTC).</param>
/// <param name="EndsAt">End as an instant (UTC).</param>
/// <param name="IsPublic">Whether the event is in the public calendar.</param>
/// <param name="IsCancelled">The date was cancelled (it did not take place).</param>
/// <param name="IsMoved">The date was moved away from the time the series (or first plan) gave it.</param>
/// <param name="IsPartOfSeries">The date belongs to a recurring series.</param>
/// <param name="SubProjectId">The sub-project the event was held for (resolve its title through the Projects module), or null.</param>
/// <param name="VenueKind">One of <see cref="VenueKinds"/>.</param>
/// <param name="VenueName">Name of the venue or of the address' place; "Online" for online events.</param>
/// <param name="City">Town of the venue or address; null for online events.</param>
/// <param name="MunicipalityKey">Official municipality key (AGS, 8 digits) of the venue or address; null for online events.</param>
/// <param name="Participants">Participant figures; null while no outcome has been logged.</param>
/// <param name="Results">Counts of ideas, decisions and follow-ups; null while no outcome has been logged.</param>
public sealed record WorkshopOccurrenceRecord(
    Guid OccurrenceId,
    Guid WorkshopId,
    string Title,
    string Format,
    string FormatName,
    IReadOnlyList<string> Methods,
    DateOnly Date,
    TimeOnly StartTime,
    DateOnly EndDate,
    TimeOnly EndTime,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    bool IsPublic,
    bool IsCancelled,
    bool IsMoved,
    bool IsPartOfSeries,
    Guid? SubProjectId,
    string VenueKind,
    string VenueName,
    string? City,
    string? MunicipalityKey,
    ParticipantFigures? Participants,
    ResultCounts? Results);

/// <summary>
/// Aggregate figures on the events of one or several labs in a period (both days inclusive, Berlin calendar days
/// of the start), for reports and the statistics page. <paramref name="LabIds"/> null means all labs. Events are
/// occurrences (each date of a series counts once); cancelled dates are counted only in
/// <c>CancelledEvents</c>. Participant figures come from logged outcomes. The answer depends only on the stored
/// data and the period, never on the current time: a period that is not over yet simply has fewer outcomes.
/// With <paramref name="BegunBefore"/> (a report's as-of instant) only dates that have begun by then count as held
/// (<see cref="WorkshopDates.HasBegun"/>); later dates of the period's last day are left out of every figure but the
/// cancelled ones. Without it every date of the period counts, planned ones included.
/// Refused (field <c>to</c>) when <paramref name="To"/> lies before <paramref name="From"/> or the period is longer
/// than ten years.
/// </summary>
public sealed record GetWorkshopStatistics(IReadOnlyCollection<Guid>? LabIds, DateOnly From, DateOnly To, DateTimeOffset? BegunBefore = null) : IQuery<WorkshopStatistics>;

/// <param name="LabIds">The labs asked for (null: all labs).</param>
/// <param name="From">First day of the period (inclusive).</param>
/// <param name="To">Last day of the period (inclusive).</param>
/// <param name="Events">Dates held or planned in the period (cancelled ones not counted; with <c>BegunBefore</c> only those held).</param>
/// <param name="CancelledEvents">Dates in the period that were cancelled.</param>
/// <param name="PublicEvents">Of <paramref name="Events"/>, those in the public calendar.</param>
/// <param name="EventsWithOutcome">Of <paramref name="Events"/>, those whose outcome has been logged.</param>
/// <param name="OutcomeLoggedPercent">EventsWithOutcome / Events × 100, rounded to one decimal; null when there are no events.</param>
/// <param name="Participants">Participants of all events with an outcome.</param>
/// <param name="FirstTimeDigitalUsers">First-time digital users, summed over the outcomes that recorded them.</param>
/// <param name="Organisations">Distinct organisations that took part in at least one event.</param>
/// <param name="ParticipantsByAgeBand">Participants by age band; adds up to <paramref name="Participants"/>.</param>
/// <param name="ParticipantsBySector">Participants by sector; adds up to <paramref name="Participants"/>.</param>
/// <param name="Results">Ideas, decisions and follow-ups summed over all outcomes.</param>
/// <param name="Series">Recurring series with at least one (not cancelled) date in the period.</param>
/// <param name="SeriesEvents">Of <paramref name="Events"/>, the dates that belong to a series.</param>
/// <param name="ByFormat">Events and participants per format, every format that occurs, ordered by events (descending), then name.</param>
/// <param name="ByMonth">One entry per calendar month of the period, oldest first, zeros included.</param>
/// <param name="ByLab">One entry per lab with events or cancelled dates in the period, ordered by lab id (labs are named by the Labs module).</param>
public sealed record WorkshopStatistics(
    IReadOnlyCollection<Guid>? LabIds,
    DateOnly From,
    DateOnly To,
    int Events,
    int CancelledEvents,
    int PublicEvents,
    int EventsWithOutcome,
    decimal? OutcomeLoggedPercent,
    int Participants,
    int FirstTimeDigitalUsers,
    int Organisations,
    AgeBandCounts ParticipantsByAgeBand,
    SectorCounts ParticipantsBySector,
    ResultCounts Results,
    int Series,
    int SeriesEvents,
    IReadOnlyList<FormatFigures> ByFormat,
    IReadOnlyList<MonthFigures> ByMonth,
    IReadOnlyList<LabFigures> ByLab);

/// <param name="Format">Format key (see <see cref="WorkshopFormats"/>).</param>
/// <param name="FormatName">German name of the format.</param>
/// <param name="Events">Dates of this format (not cancelled).</param>
/// <param name="Participants">Participants of those with an outcome.</param>
public sealed record FormatFigures(string Format, string FormatName, int Events, int Participants);

/// <param name="Year">Calendar year.</param>
/// <param name="Month">Calendar month, 1–12.</param>
/// <param name="Events">Dates in the month (not cancelled).</param>
/// <param name="Participants">Participants of the month's events with an outcome.</param>
/// <param name="ByFormat">Events per format in the month, formats with at least one event, ordered like <see cref="WorkshopStatistics.ByFormat"/>.</param>
public sealed record MonthFigures(int Year, int Month, int Events, int Participants, IReadOnlyList<FormatFigures> ByFormat);

/// <param name="LabId">The lab.</param>
/// <param name="Events">Its dates in the period (not cancelled).</param>
/// <param name="EventsWithOutcome">Of those, with an outcome.</param>
/// <param name="Participants">Participants of its events.</param>
public sealed record LabFigures(Guid LabId, int Events, int EventsWithOutcome, int Participants);
