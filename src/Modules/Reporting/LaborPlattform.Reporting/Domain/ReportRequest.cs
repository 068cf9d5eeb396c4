using LaborPlattform.Reporting.Contracts;

namespace LaborPlattform.Reporting.Domain;

/// <summary>
/// A requested report and, once generated, its archive entry. The life cycle is queued → running → done, or
/// → failed with a reason a person can read, from where it can be queued again. A done report is never changed:
/// its file, size, page count and SHA-256 are final.
/// </summary>
internal sealed class ReportRequest : IVersioned
{
    private ReportRequest()
    {
    }

    public ReportRequest(Guid id, ReportSpec spec, string scopeName, string? requestedById, string requestedByName, DateTimeOffset requestedAt, string? scheduleKey = null, DateTimeOffset? requestedAsOf = null)
    {
        RequestedAsOf = requestedAsOf;
        Id = id;
        Type = spec.Type;
        LabId = spec.LabId;
        ProgrammeId = spec.ProgrammeId;
        ScopeName = scopeName;
        PeriodKind = spec.Period.Kind;
        PeriodStart = spec.Period.Start;
        PeriodEnd = spec.Period.End;
        Audience = spec.Audience;
        RequestedById = requestedById;
        RequestedByName = requestedByName;
        RequestedAt = requestedAt;
        ScheduleKey = scheduleKey;
        State = ReportStates.Queued;
    }

    public Guid Id { get; private set; }

    public string Type { get; private set; } = string.Empty;

    /// <summary>The lab of a lab progress report; null for reports across a programme.</summary>
    public Guid? LabId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    /// <summary>The lab's or programme's name when the report was requested (for lists and file names).</summary>
    public string ScopeName { get; private set; } = string.Empty;

    public string PeriodKind { get; private set; } = string.Empty;

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public string Audience { get; private set; } = string.Empty;

    /// <summary>The account that asked for the report; null for the quarterly schedule.</summary>
    public string? RequestedById { get; private set; }

    [Personal]
    public string RequestedByName { get; private set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>Set for reports the quarterly schedule requested; unique, so the schedule never requests one twice.</summary>
    public string? ScheduleKey { get; private set; }

    public string State { get; private set; } = ReportStates.Queued;

    public int Attempts { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>
    /// The as-of instant the requester chose (never in the future); every attempt reads the data as of it, so the same
    /// type, scope, period and as-of give the same file. Null: each attempt reads the data as of its start.
    /// </summary>
    public DateTimeOffset? RequestedAsOf { get; private set; }

    /// <summary>The instant the data was read; fixed for an attempt, so a second run of the same job renders the same bytes.</summary>
    public DateTimeOffset? DataAsOf { get; private set; }

    public DateTimeOffset? GeneratedAt { get; private set; }

    public string? FileName { get; private set; }

    public int? PageCount { get; private set; }

    public long? SizeBytes { get; private set; }

    /// <summary>SHA-256 of the archived file, lower-case hexadecimal.</summary>
    public string? Sha256 { get; private set; }

    public int Version { get; private set; } = 1;

    public ReportPeriod Period => new(PeriodKind, PeriodStart, PeriodEnd);

    public ReportSpec Spec => new(Type, LabId, ProgrammeId, Period, Audience);

    public bool IsDone => State == ReportStates.Done;

    /// <summary>
    /// How long an attempt may run before people may start it again. Generating even the largest report takes seconds,
    /// and the job storage hands a job whose worker died to another worker after 30 minutes; a report still running
    /// after an hour has lost its job (deleted from the queue, or a job store that was reset) and would stay stuck.
    /// </summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromHours(1);

    /// <summary>The attempt has been running for <see cref="StuckAfter"/> or longer.</summary>
    public bool IsStuck(DateTimeOffset now) => State == ReportStates.Running && StartedAt is { } started && now - started >= StuckAfter;

    /// <summary>A failed report, or one stuck in "running", may be queued again.</summary>
    public bool CanRetry(DateTimeOffset now) => State == ReportStates.Failed || IsStuck(now);

    /// <summary>
    /// Begins (or, after a crashed or doubled run, continues) an attempt. Returns false when there is nothing to do:
    /// the report is done already, or failed and waiting for someone to retry it.
    /// </summary>
    public bool Start(DateTimeOffset now)
    {
        switch (State)
        {
            case ReportStates.Queued:
                State = ReportStates.Running;
                Attempts++;
                StartedAt = now;
                DataAsOf = RequestedAsOf ?? now;
                FailureReason = null;
                return true;
            case ReportStates.Running:
                return true;
            default:
                return false;
        }
    }

    public void Complete(string fileName, int pageCount, long sizeBytes, string sha256, DateTimeOffset generatedAt)
    {
        if (State != ReportStates.Running)
        {
            throw new ConflictException("Nur ein laufender Bericht kann abgeschlossen werden.", ConflictException.ReadOnlyCode);
        }

        State = ReportStates.Done;
        FileName = fileName;
        PageCount = pageCount;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        GeneratedAt = generatedAt;
    }

    public void Fail(string reason)
    {
        if (State == ReportStates.Done)
        {
            return;
        }

        State = ReportStates.Failed;
        FailureReason = reason;
    }

    /// <summary>
    /// Queues a failed or stuck report again. The next run starts a new attempt with a new as-of instant; its file is
    /// archived under the new attempt's number, so a file an abandoned attempt left behind never blocks it.
    /// </summary>
    public void Retry(DateTimeOffset now)
    {
        if (!CanRetry(now))
        {
            throw new ConflictException(
                State == ReportStates.Running
                    ? "Der Bericht wird gerade erstellt. Erneut anfordern können Sie ihn erst, wenn er fehlgeschlagen ist oder seit über einer Stunde ohne Ergebnis läuft."
                    : "Nur ein fehlgeschlagener Bericht kann erneut angefordert werden.",
                ConflictException.ReadOnlyCode);
        }

        State = ReportStates.Queued;
        FailureReason = null;
        DataAsOf = null;
        StartedAt = null;
    }
}

/// <summary>What a report is about: type, lab or programme, period and audience.</summary>
internal sealed record ReportSpec(string Type, Guid? LabId, Guid ProgrammeId, ReportPeriod Period, string Audience);
