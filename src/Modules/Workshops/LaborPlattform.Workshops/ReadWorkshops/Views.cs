namespace LaborPlattform.Workshops.ReadWorkshops;

/// <summary>An event in a lab's list: what it is, when, and how its outcomes stand.</summary>
/// <param name="Schedule">A series' rule in words ("wöchentlich dienstags bis 30.06.2026"); null for a single event.</param>
/// <param name="FirstStartsAt">Start of the first date (UTC).</param>
/// <param name="LastStartsAt">Start of the last date (UTC).</param>
/// <param name="Dates">Number of dates (cancelled ones included).</param>
/// <param name="AwaitingOutcome">Dates that have begun, are not cancelled and have no outcome yet.</param>
/// <param name="NextStartsAt">Start of the next date that has not begun and is not cancelled; null when there is none.</param>
internal sealed record WorkshopSummaryView(
    Guid Id,
    Guid LabId,
    string Title,
    string Format,
    string FormatName,
    bool IsPublic,
    bool IsSeries,
    string? Schedule,
    string VenueName,
    DateTimeOffset FirstStartsAt,
    DateTimeOffset LastStartsAt,
    int Dates,
    int DatesWithOutcome,
    int AwaitingOutcome,
    DateTimeOffset? NextStartsAt,
    int Version);

/// <summary>An event with everything entered about it and all its dates (internal: includes outcomes and minutes).</summary>
/// <param name="Start">Start of the first date, Berlin wall-clock (<c>2026-03-03T10:00</c>).</param>
/// <param name="End">End of the first date, Berlin wall-clock.</param>
/// <param name="Recurrence">The series' rule and exceptions; null for a single event.</param>
/// <param name="Indicator">The indicator the outcomes count towards; null when none.</param>
internal sealed record WorkshopView(
    Guid Id,
    Guid LabId,
    Guid? SubProjectId,
    string Title,
    string Format,
    string FormatName,
    IReadOnlyList<string> Methods,
    string Start,
    string End,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    RecurrenceView? Recurrence,
    VenueView Venue,
    IReadOnlyList<OrganisationRef> Organisers,
    IReadOnlyList<OrganisationRef> Facilitators,
    bool IsPublic,
    string Description,
    int? Capacity,
    string Registration,
    string AccessibilityNotes,
    IndicatorView? Indicator,
    IReadOnlyList<OccurrenceView> Occurrences,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version);

/// <param name="Rule">RFC 5545 RRULE value.</param>
/// <param name="Description">The rule in words, when it can be said simply.</param>
internal sealed record RecurrenceView(string Rule, string? Description, IReadOnlyList<ExceptionView> Exceptions);

internal sealed record ExceptionView(DateOnly From, DateOnly To, string Label);

/// <param name="Kind">Organisation, Address or Online.</param>
/// <param name="StepFreeAccess">Null when unknown (free address, online).</param>
internal sealed record VenueView(
    string Kind,
    Guid? OrganisationId,
    string Name,
    string Street,
    string PostalCode,
    string City,
    string MunicipalityKey,
    string OnlineUrl,
    bool? StepFreeAccess,
    bool? AccessibleToilet,
    bool? HearingLoop);

internal sealed record OrganisationRef(Guid Id, string Name);

/// <param name="Figure">Participants, Participants70Plus, FirstTimeDigitalUsers or Events.</param>
internal sealed record IndicatorView(Guid IndicatorId, string Figure);

/// <summary>One date of an event.</summary>
/// <param name="OccursOn">The Berlin day the plan gives it (its identity in the series).</param>
/// <param name="Start">When it takes place, Berlin wall-clock.</param>
/// <param name="End">When it ends, Berlin wall-clock.</param>
/// <param name="Status">Scheduled or Cancelled.</param>
/// <param name="HasBegun">Whether it has begun (outcomes can be logged from then on).</param>
/// <param name="Contribution">How the outcome was counted towards the event's indicator; null when not at all.</param>
internal sealed record OccurrenceView(
    Guid Id,
    DateOnly OccursOn,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Start,
    string End,
    DateTimeOffset PlannedStartsAt,
    DateTimeOffset PlannedEndsAt,
    bool IsMoved,
    string Status,
    string CancellationReason,
    bool HasBegun,
    OutcomeView? Outcome,
    DateTimeOffset? OutcomeLoggedAt,
    ContributionView? Contribution,
    int Version);

/// <summary>A logged outcome (internal).</summary>
internal sealed record OutcomeView(
    int Participants,
    AgeBandsView? AgeBands,
    SectorsView? Sectors,
    int? FirstTimeDigitalUsers,
    IReadOnlyList<OrganisationRef> Organisations,
    int IdeasCollected,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<FollowUpView> FollowUps,
    string Minutes);

internal sealed record AgeBandsView(int Under30, int From30To49, int From50To69, int Age70AndOver);

internal sealed record SectorsView(int Administration, int CivilSociety, int Politics, int Academia, int Business, int Citizens);

internal sealed record FollowUpView(string Task, OrganisationRef Owner, DateOnly DueDate);

/// <param name="Value">The value last recorded with the indicator.</param>
/// <param name="Problem">Why the last attempt failed; null when it succeeded.</param>
internal sealed record ContributionView(Guid? IndicatorId, int? Value, string? Problem);

/// <summary>One date in a lab's list of dates.</summary>
internal sealed record OccurrenceListItem(
    Guid OccurrenceId,
    Guid WorkshopId,
    string Title,
    string Format,
    string FormatName,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string VenueName,
    bool IsPublic,
    bool IsSeries,
    string Status,
    bool IsMoved,
    bool HasBegun,
    int? Participants,
    int Version);
