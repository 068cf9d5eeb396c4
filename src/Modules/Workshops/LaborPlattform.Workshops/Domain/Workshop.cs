namespace LaborPlattform.Workshops.Domain;

/// <summary>
/// An event a lab holds (co-creation workshop, course, consultation hour, talk …): once, or as a series with a
/// recurrence rule. The event owns its dates (<see cref="Occurrences"/>): saving a changed plan re-plans them,
/// keeping each date's identity by its planned day, so outcomes, moves and cancellations survive an edit. A date
/// with an outcome took place and never silently disappears.
/// </summary>
internal sealed class Workshop : IVersioned
{
    /// <summary>Why a change of an archived lab's event is refused (409 <c>read-only</c>).</summary>
    public const string ReadOnlyMessage = "Das Labor ist archiviert. Seine Veranstaltungen bleiben lesbar, können aber nicht mehr geändert werden.";

    private readonly List<Occurrence> _occurrences = [];

    private Workshop()
    {
    }

    public Workshop(Guid id, Guid labId, WorkshopDetails details, IReadOnlyList<PlannedDate> dates, DateTimeOffset now)
    {
        Id = id;
        LabId = labId;
        CreatedAt = now;
        Version = 1;
        Apply(details, now);
        foreach (var date in dates)
        {
            _occurrences.Add(new Occurrence(Guid.CreateVersion7(), Id, LabId, date, now));
        }
    }

    public Guid Id { get; private set; }

    public Guid LabId { get; private set; }

    public Guid? SubProjectId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>Key of a <see cref="WorkshopFormat"/>.</summary>
    public string Format { get; private set; } = string.Empty;

    public IReadOnlyList<string> Methods { get; private set; } = [];

    /// <summary>Start of the first date as planned (UTC); for a series the DTSTART of its rule.</summary>
    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>RFC 5545 RRULE value (normalised); null for a single event.</summary>
    public string? RecurrenceRule { get; private set; }

    public IReadOnlyList<ExceptionPeriod> Exceptions { get; private set; } = [];

    public Venue Venue { get; private set; } = Venue.None;

    public IReadOnlyList<Guid> OrganiserIds { get; private set; } = [];

    public IReadOnlyList<Guid> FacilitatorIds { get; private set; } = [];

    public bool IsPublic { get; private set; }

    /// <summary>Plain-language description for the public calendar.</summary>
    public string Description { get; private set; } = string.Empty;

    public int? Capacity { get; private set; }

    /// <summary>How to take part / register, as text.</summary>
    public string Registration { get; private set; } = string.Empty;

    public string AccessibilityNotes { get; private set; } = string.Empty;

    /// <summary>Indicator (of <see cref="SubProjectId"/>, Projects module) the outcomes count towards.</summary>
    public Guid? IndicatorId { get; private set; }

    public IndicatorFigure? IndicatorFigure { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<Occurrence> Occurrences => _occurrences;

    public bool IsSeries => RecurrenceRule is not null;

    public Occurrence Occurrence(Guid occurrenceId) =>
        _occurrences.SingleOrDefault(o => o.Id == occurrenceId) ?? throw new NotFoundException("Termin", occurrenceId);

    /// <summary>
    /// Changes the event and re-plans its dates. Dates whose planned day is still in the plan keep their identity
    /// (and outcome, move, cancellation); new days are added; days no longer in the plan are removed — unless they
    /// have an outcome, which refuses the change. A single event keeps its one date whichever day it moves to.
    /// </summary>
    public void Edit(WorkshopDetails details, IReadOnlyList<PlannedDate> dates, DateTimeOffset now)
    {
        if (details.RecurrenceRule is null && RecurrenceRule is null && _occurrences.Count == 1 && dates.Count == 1)
        {
            _occurrences[0].Replan(dates[0], now);
            Apply(details, now);
            return;
        }

        var wanted = dates.ToDictionary(d => d.OccursOn);
        var vanishing = _occurrences.Where(o => !wanted.ContainsKey(o.OccursOn)).ToList();
        var logged = vanishing.Where(o => o.HasOutcome).OrderBy(o => o.OccursOn).ToList();
        if (logged.Count > 0)
        {
            var days = string.Join(", ", logged.Select(o => Berlin.FormatDate(o.OccursOn)));
            throw new ValidationFailedException(
                details.RecurrenceRule is null ? "start" : Schedule.RuleField,
                $"Für {(logged.Count == 1 ? "den Termin am" : "die Termine am")} {days} ist ein Ergebnis erfasst; mit dem geänderten Plan fiele er weg. Ändern Sie den Plan so, dass er erhalten bleibt.");
        }

        foreach (var occurrence in vanishing)
        {
            _occurrences.Remove(occurrence);
        }

        foreach (var date in dates)
        {
            if (_occurrences.SingleOrDefault(o => o.OccursOn == date.OccursOn) is { } existing)
            {
                existing.Replan(date, now);
            }
            else
            {
                _occurrences.Add(new Occurrence(Guid.CreateVersion7(), Id, LabId, date, now));
            }
        }

        Apply(details, now);
    }

    private void Apply(WorkshopDetails details, DateTimeOffset now)
    {
        SubProjectId = details.SubProjectId;
        Title = details.Title.Trim();
        Format = details.Format;
        Methods = details.Methods.Select(m => m.Trim()).Where(m => m.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        StartsAt = details.StartsAt;
        EndsAt = details.EndsAt;
        RecurrenceRule = details.RecurrenceRule;
        Exceptions = details.RecurrenceRule is null ? [] : details.Exceptions.Select(e => e with { Label = e.Label.Trim() }).ToList();
        Venue = details.Venue;
        OrganiserIds = details.OrganiserIds.Distinct().ToList();
        FacilitatorIds = details.FacilitatorIds.Distinct().ToList();
        IsPublic = details.IsPublic;
        Description = details.Description.Trim();
        Capacity = details.Capacity;
        Registration = details.Registration.Trim();
        AccessibilityNotes = details.AccessibilityNotes.Trim();
        IndicatorId = details.Indicator?.IndicatorId;
        IndicatorFigure = details.Indicator?.Figure;
        UpdatedAt = now;
    }
}
