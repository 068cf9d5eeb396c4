namespace LaborPlattform.Projects.Domain;

/// <summary>
/// A progress update (Fortschrittsmeldung). Updates are never edited or deleted: the history is what the
/// ministry reads, so a correction is a new update. The latest one (by date, then by entry time) gives the
/// sub-project's current percent complete and traffic light.
/// </summary>
internal sealed class ProgressUpdate
{
    private ProgressUpdate()
    {
    }

    public ProgressUpdate(Guid id, Guid subProjectId, DateOnly reportedOn, string text, int percentComplete, TrafficLight trafficLight, string reason, DateTimeOffset recordedAt, Actor actor)
    {
        Id = id;
        SubProjectId = subProjectId;
        ReportedOn = reportedOn;
        Text = text.Trim();
        PercentComplete = percentComplete;
        TrafficLight = trafficLight;
        Reason = reason.Trim();
        RecordedAt = recordedAt;
        AuthorUserId = actor.UserId;
        AuthorName = actor.Name;
    }

    public Guid Id { get; private set; }

    public Guid SubProjectId { get; private set; }

    public DateOnly ReportedOn { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public int PercentComplete { get; private set; }

    public TrafficLight TrafficLight { get; private set; }

    /// <summary>Why the sub-project is at risk or critical; empty when on track.</summary>
    public string Reason { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }

    public string? AuthorUserId { get; private set; }

    [Personal]
    public string AuthorName { get; private set; } = string.Empty;
}

/// <summary>
/// One measured value of an indicator with its date. Values from other modules carry a source key (e.g.
/// <c>workshop:{id}</c>) so that the same source sending again replaces its value instead of counting twice.
/// </summary>
internal sealed class IndicatorValue
{
    private IndicatorValue()
    {
    }

    public IndicatorValue(Guid id, Guid indicatorId, DateOnly measuredOn, decimal value, string? note, string? sourceKey, DateTimeOffset recordedAt, Actor actor)
    {
        Id = id;
        IndicatorId = indicatorId;
        MeasuredOn = measuredOn;
        Value = value;
        Note = note?.Trim() ?? string.Empty;
        SourceKey = string.IsNullOrWhiteSpace(sourceKey) ? null : sourceKey.Trim();
        RecordedAt = recordedAt;
        RecordedByName = actor.Name;
    }

    public Guid Id { get; private set; }

    public Guid IndicatorId { get; private set; }

    public DateOnly MeasuredOn { get; private set; }

    public decimal Value { get; private set; }

    public string Note { get; private set; } = string.Empty;

    public string? SourceKey { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    [Personal]
    public string RecordedByName { get; private set; } = string.Empty;

    /// <summary>The same source sent a corrected value.</summary>
    public void Replace(DateOnly measuredOn, decimal value, string? note, DateTimeOffset recordedAt)
    {
        MeasuredOn = measuredOn;
        Value = value;
        Note = note?.Trim() ?? string.Empty;
        RecordedAt = recordedAt;
    }
}

/// <summary>
/// Per-lab settings of the Projects module, kept by the lab's coordinators. Today one: whether municipal staff
/// of the lab may post progress updates (off until a coordinator allows it; see ADR 0011).
/// </summary>
internal sealed class LabSettings : IVersioned
{
    private LabSettings()
    {
    }

    public LabSettings(Guid labId, bool staffMayPostProgressUpdates, DateTimeOffset at)
    {
        LabId = labId;
        StaffMayPostProgressUpdates = staffMayPostProgressUpdates;
        ChangedAt = at;
        Version = 1;
    }

    public Guid LabId { get; private set; }

    public bool StaffMayPostProgressUpdates { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public int Version { get; private set; }

    public void Change(bool staffMayPostProgressUpdates, DateTimeOffset at)
    {
        StaffMayPostProgressUpdates = staffMayPostProgressUpdates;
        ChangedAt = at;
    }
}
