namespace LaborPlattform.Projects.Contracts;

/// <summary>
/// The status life cycle of a sub-project: planned → running → completed, with paused and cancelled.
/// Allowed transitions: Planned → Running or Cancelled; Running → Paused, Completed or Cancelled;
/// Paused → Running or Cancelled. Completed and Cancelled are final.
/// </summary>
public static class SubProjectStatuses
{
    public const string Planned = "Planned";
    public const string Running = "Running";
    public const string Paused = "Paused";
    public const string Completed = "Completed";
    public const string Cancelled = "Cancelled";

    /// <summary>All statuses in life-cycle order (the order reports list them in).</summary>
    public static readonly IReadOnlyList<string> All = [Planned, Running, Paused, Completed, Cancelled];
}

/// <summary>The traffic light of a progress update. Anything but <see cref="OnTrack"/> comes with a reason.</summary>
public static class TrafficLights
{
    public const string OnTrack = "OnTrack";
    public const string AtRisk = "AtRisk";
    public const string Critical = "Critical";

    public static readonly IReadOnlyList<string> All = [OnTrack, AtRisk, Critical];
}

/// <summary>
/// How an indicator's measured values add up to its current value.
/// <see cref="Snapshot"/>: each value is a reading of the current level (e.g. partner organisations in the
/// network); the latest reading counts. <see cref="Cumulative"/>: each value is an addition since the baseline
/// (e.g. course participations of one course); the current value is baseline plus the sum of all values.
/// </summary>
public static class IndicatorKinds
{
    public const string Snapshot = "Snapshot";
    public const string Cumulative = "Cumulative";

    public static readonly IReadOnlyList<string> All = [Snapshot, Cumulative];
}

/// <summary>The open-government principles a sub-project applies.</summary>
public static class OpenGovernmentPrinciples
{
    public const string Transparency = "Transparency";
    public const string Participation = "Participation";

    /// <summary>Collaboration and co-creation.</summary>
    public const string Collaboration = "Collaboration";

    /// <summary>Open organisational culture.</summary>
    public const string OpenCulture = "OpenCulture";

    public static readonly IReadOnlyList<string> All = [Transparency, Participation, Collaboration, OpenCulture];
}
