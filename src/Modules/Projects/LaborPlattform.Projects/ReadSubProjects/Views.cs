namespace LaborPlattform.Projects.ReadSubProjects;

/// <summary>A sub-project with everything the lab team sees (API <c>GET …/subprojects/{id}</c> and the sub-project page).</summary>
/// <param name="Status">Planned, Running, Paused, Completed or Cancelled.</param>
/// <param name="NextStatuses">The statuses it may move to now (empty once completed or cancelled).</param>
/// <param name="Version">Send it back with every change.</param>
/// <param name="LatestProgress">The latest progress update (by date, then entry time): current percent and traffic light.</param>
/// <param name="ProgressUpdates">All progress updates, newest first.</param>
/// <param name="StatusHistory">Every status change, newest first; the oldest records the creation (From is null).</param>
internal sealed record SubProjectView(
    Guid Id,
    Guid LabId,
    string LabName,
    string LabSlug,
    string Title,
    string Goal,
    string Description,
    string InternalNotes,
    IReadOnlyList<ThemeView> Themes,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<MunicipalityView> Municipalities,
    IReadOnlyList<string> Principles,
    DateOnly StartDate,
    DateOnly PlannedEnd,
    bool IsPublished,
    string PublicSummary,
    IReadOnlyList<OrganisationView> ResponsibleOrganisations,
    string Status,
    IReadOnlyList<string> NextStatuses,
    bool IsReadOnly,
    int Version,
    DateTimeOffset CreatedAt,
    ProgressUpdateView? LatestProgress,
    IReadOnlyList<StatusChangeView> StatusHistory,
    IReadOnlyList<MilestoneView> Milestones,
    IReadOnlyList<ProgressUpdateView> ProgressUpdates,
    IReadOnlyList<IndicatorView> Indicators,
    IReadOnlyList<LessonView> LessonsLearned,
    IReadOnlyList<TransferView> Transfers);

internal sealed record ThemeView(Guid Id, string Name);

/// <param name="IsMember">False when the municipality has left the lab since it was chosen.</param>
internal sealed record MunicipalityView(string MunicipalityKey, string Name, bool IsMember);

internal sealed record OrganisationView(Guid Id, string Name);

internal sealed record StatusChangeView(string? From, string To, DateTimeOffset At, string ChangedBy, string Reason);

/// <param name="IsOverdue">Open, due before today (Europe/Berlin) and the sub-project still active.</param>
internal sealed record MilestoneView(Guid Id, string Title, DateOnly DueDate, DateOnly? CompletedOn, bool IsOverdue);

internal sealed record ProgressUpdateView(
    Guid Id,
    DateOnly ReportedOn,
    string Text,
    int PercentComplete,
    string TrafficLight,
    string Reason,
    string AuthorName,
    DateTimeOffset RecordedAt);

/// <param name="CurrentValue">Snapshot: the latest value; cumulative: baseline plus all values; null without values.</param>
/// <param name="AttainmentPercent">(current − baseline) / (target − baseline) × 100, one decimal; null without values.</param>
/// <param name="Values">Measured values, newest first.</param>
internal sealed record IndicatorView(
    Guid Id,
    string Name,
    string Unit,
    string Kind,
    decimal Baseline,
    decimal Target,
    decimal? CurrentValue,
    decimal? AttainmentPercent,
    IReadOnlyList<IndicatorValueView> Values);

/// <param name="Source">Key of the module record that contributed the value (e.g. <c>workshop:…</c>); null when entered by hand.</param>
internal sealed record IndicatorValueView(Guid Id, DateOnly MeasuredOn, decimal Value, string Note, string? Source);

internal sealed record LessonView(Guid Id, DateOnly RecordedOn, string WhatWorked, string WhatDidNotWork, string AdviceForOthers);

internal sealed record TransferView(Guid Id, string MunicipalityKey, string MunicipalityName, DateOnly AdoptedOn, string Note);

/// <summary>The lab dashboard: all sub-projects, those with overdue milestones first.</summary>
/// <param name="TotalInLab">Sub-projects of the lab before filtering.</param>
internal sealed record LabDashboard(Guid LabId, string LabName, string LabSlug, bool IsArchived, int TotalInLab, IReadOnlyList<DashboardRow> SubProjects);

/// <param name="TrafficLight">From the latest progress update; null before the first one.</param>
/// <param name="LastUpdateOn">Date of the latest progress update.</param>
/// <param name="PercentComplete">From the latest progress update.</param>
/// <param name="OverdueMilestones">Open milestones due before today (Europe/Berlin).</param>
/// <param name="NextMilestone">The open milestone due next from today on (overdue ones are counted, not named), with its due date.</param>
internal sealed record DashboardRow(
    Guid Id,
    string Title,
    string Status,
    string? TrafficLight,
    DateOnly? LastUpdateOn,
    int? PercentComplete,
    int OverdueMilestones,
    string? NextMilestone,
    DateOnly? NextMilestoneDue,
    IReadOnlyList<ThemeView> Themes,
    bool IsPublished,
    bool IsReadOnly);

/// <summary>What the public sees of a published sub-project: its plain-language summary and facts. No internal notes, description, progress texts or names of staff.</summary>
internal sealed record PublicSubProjectView(
    Guid Id,
    string LabSlug,
    string LabName,
    string Title,
    string Summary,
    string Status,
    DateOnly StartDate,
    DateOnly PlannedEnd,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> Principles,
    IReadOnlyList<PublicMilestoneView> Milestones,
    IReadOnlyList<PublicTransferView> Transfers);

internal sealed record PublicMilestoneView(string Title, DateOnly DueDate, DateOnly? CompletedOn);

internal sealed record PublicTransferView(string MunicipalityName, DateOnly AdoptedOn);

internal sealed record PublicLabSubProjects(string LabSlug, string LabName, IReadOnlyList<PublicSubProjectView> SubProjects);

/// <summary>One lab on the overview of all labs' sub-projects.</summary>
internal sealed record LabOverview(Guid LabId, string LabName, bool IsArchived, int Total, int Running, int WithOverdueMilestones, int Critical);
