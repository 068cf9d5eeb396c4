namespace LaborPlattform.Workshops.Domain;

/// <summary>Everything a person enters about an event, checked and resolved (venue looked up, rule normalised).</summary>
internal sealed record WorkshopDetails(
    string Title,
    string Format,
    IReadOnlyList<string> Methods,
    Guid? SubProjectId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? RecurrenceRule,
    IReadOnlyList<ExceptionPeriod> Exceptions,
    Venue Venue,
    IReadOnlyList<Guid> OrganiserIds,
    IReadOnlyList<Guid> FacilitatorIds,
    bool IsPublic,
    string Description,
    int? Capacity,
    string Registration,
    string AccessibilityNotes,
    IndicatorLink? Indicator);
