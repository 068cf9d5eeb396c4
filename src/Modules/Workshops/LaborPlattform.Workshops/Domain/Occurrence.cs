namespace LaborPlattform.Workshops.Domain;

/// <summary>
/// One date of an event: a single event has one, a series one per date its rule gives. A date can be moved or
/// cancelled on its own and gets its own outcome. It keeps the planned times (the recurrence instance it stands
/// for, <see cref="OccursOn"/> being its identity within the series) beside the times it is actually held at, so
/// calendar feeds can say "this instance was moved" and a changed rule can find the dates again.
/// Versioned on its own: logging an outcome does not collide with someone editing the event's description.
/// </summary>
internal sealed class Occurrence : IVersioned
{
    private Occurrence()
    {
    }

    public Occurrence(Guid id, Guid workshopId, Guid labId, PlannedDate date, DateTimeOffset now)
    {
        Id = id;
        WorkshopId = workshopId;
        LabId = labId;
        OccursOn = date.OccursOn;
        PlannedStartsAt = date.StartsAt;
        PlannedEndsAt = date.EndsAt;
        StartsAt = date.StartsAt;
        EndsAt = date.EndsAt;
        Status = OccurrenceStatus.Scheduled;
        ChangedAt = now;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public Guid WorkshopId { get; private set; }

    public Guid LabId { get; private set; }

    /// <summary>The Berlin day the plan (rule or first date) gives this date; unique within the event.</summary>
    public DateOnly OccursOn { get; private set; }

    public DateTimeOffset PlannedStartsAt { get; private set; }

    public DateTimeOffset PlannedEndsAt { get; private set; }

    /// <summary>When it takes place (differs from the plan after a move).</summary>
    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public OccurrenceStatus Status { get; private set; }

    /// <summary>Why it was cancelled, in plain language for the public calendar; empty unless cancelled.</summary>
    public string CancellationReason { get; private set; } = string.Empty;

    /// <summary>Last change of time or status (the calendar feeds' DTSTAMP for this date).</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public Outcome? Outcome { get; private set; }

    public DateTimeOffset? OutcomeLoggedAt { get; private set; }

    /// <summary>The sub-project of <see cref="ContributedIndicatorId"/>.</summary>
    public Guid? ContributedSubProjectId { get; private set; }

    /// <summary>The indicator the outcome has been counted towards (Projects module), if any.</summary>
    public Guid? ContributedIndicatorId { get; private set; }

    /// <summary>The value last recorded with that indicator.</summary>
    public int? ContributedValue { get; private set; }

    /// <summary>Why the last attempt to record the contribution failed; null when it succeeded or there was none.</summary>
    public string? ContributionProblem { get; private set; }

    public int Version { get; private set; }

    public bool IsCancelled => Status == OccurrenceStatus.Cancelled;

    public bool IsMoved => StartsAt != PlannedStartsAt || EndsAt != PlannedEndsAt;

    public bool HasOutcome => Outcome is not null;

    /// <summary>Follows a changed plan. A date that was moved stays where it was moved to.</summary>
    public void Replan(PlannedDate date, DateTimeOffset now)
    {
        if (date.OccursOn == OccursOn && date.StartsAt == PlannedStartsAt && date.EndsAt == PlannedEndsAt)
        {
            return;
        }

        var moved = IsMoved;
        OccursOn = date.OccursOn;
        PlannedStartsAt = date.StartsAt;
        PlannedEndsAt = date.EndsAt;
        if (!moved)
        {
            StartsAt = date.StartsAt;
            EndsAt = date.EndsAt;
        }

        ChangedAt = now;
    }

    public void Move(DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now)
    {
        if (HasOutcome)
        {
            throw new ConflictException("Für diesen Termin ist bereits ein Ergebnis erfasst; er hat stattgefunden und kann nicht mehr verschoben werden.", "has-outcome");
        }

        if (endsAt <= startsAt)
        {
            throw new ValidationFailedException("end", "Das Ende muss nach dem Beginn liegen.");
        }

        if (endsAt - startsAt > Schedule.MaxDuration)
        {
            throw new ValidationFailedException("end", "Eine Veranstaltung dauert höchstens sieben Tage.");
        }

        StartsAt = startsAt;
        EndsAt = endsAt;
        ChangedAt = now;
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        if (HasOutcome)
        {
            throw new ConflictException("Für diesen Termin ist bereits ein Ergebnis erfasst; er hat stattgefunden und kann nicht abgesagt werden.", "has-outcome");
        }

        if (IsCancelled)
        {
            throw new ConflictException("Der Termin ist bereits abgesagt.", "cancelled");
        }

        Status = OccurrenceStatus.Cancelled;
        CancellationReason = reason.Trim();
        ChangedAt = now;
    }

    public void Reinstate(DateTimeOffset now)
    {
        if (!IsCancelled)
        {
            throw new ConflictException("Der Termin ist nicht abgesagt.", "not-cancelled");
        }

        Status = OccurrenceStatus.Scheduled;
        CancellationReason = string.Empty;
        ChangedAt = now;
    }

    /// <summary>Logs or corrects the outcome; only for a date that is not cancelled and has begun.</summary>
    public void LogOutcome(Outcome outcome, DateTimeOffset now)
    {
        if (IsCancelled)
        {
            throw new ConflictException("Der Termin ist abgesagt; für ihn lässt sich kein Ergebnis erfassen. Nehmen Sie die Absage zurück, wenn er doch stattgefunden hat.", "cancelled");
        }

        if (StartsAt > now)
        {
            throw new ValidationFailedException("occurrenceId", $"Der Termin hat noch nicht stattgefunden (Beginn {Berlin.FormatDateTime(StartsAt)}). Ergebnisse lassen sich ab Beginn der Veranstaltung erfassen.");
        }

        Outcome = outcome;
        OutcomeLoggedAt = now;
    }

    public void ContributionRecorded(Guid? subProjectId, Guid? indicatorId, int? value)
    {
        ContributedSubProjectId = indicatorId is null ? null : subProjectId;
        ContributedIndicatorId = indicatorId;
        ContributedValue = value;
        ContributionProblem = null;
    }

    public void ContributionFailed(string problem) => ContributionProblem = problem.Length > 500 ? problem[..500] : problem;
}
