namespace LaborPlattform.Projects.Domain;

/// <summary>
/// Which status may follow which. A sub-project starts planned, runs, may pause and resume, and ends completed
/// or cancelled; an ended sub-project stays ended (its history is the record the ministry reads), and a sub-project
/// that never started can only start or be cancelled.
/// </summary>
internal static class StatusLifeCycle
{
    private static readonly Dictionary<SubProjectStatus, SubProjectStatus[]> Next = new()
    {
        [SubProjectStatus.Planned] = [SubProjectStatus.Running, SubProjectStatus.Cancelled],
        [SubProjectStatus.Running] = [SubProjectStatus.Paused, SubProjectStatus.Completed, SubProjectStatus.Cancelled],
        [SubProjectStatus.Paused] = [SubProjectStatus.Running, SubProjectStatus.Cancelled],
        [SubProjectStatus.Completed] = [],
        [SubProjectStatus.Cancelled] = [],
    };

    public static IReadOnlyList<SubProjectStatus> NextStatuses(SubProjectStatus from) => Next[from];

    public static bool IsAllowed(SubProjectStatus from, SubProjectStatus to) => Next[from].Contains(to);

    /// <summary>Planned, running and paused sub-projects are still being worked on: their open milestones can be overdue.</summary>
    public static bool IsActive(SubProjectStatus status) => status is SubProjectStatus.Planned or SubProjectStatus.Running or SubProjectStatus.Paused;

    public static bool IsFinal(SubProjectStatus status) => Next[status].Length == 0;
}
