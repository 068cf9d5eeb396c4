using Mediator;

namespace LaborPlattform.Projects.Contracts;

/// <summary>
/// Whether a sub-project exists, which lab it belongs to and whether it can still be changed (read-only once its
/// lab is archived). Cheap; for modules that refer to a sub-project optionally (e.g. a workshop held for one).
/// </summary>
public sealed record GetSubProjectState(Guid SubProjectId) : IQuery<SubProjectState>;

/// <param name="Exists">False when there is no sub-project with this id; the other fields are then empty.</param>
/// <param name="LabId">The lab the sub-project belongs to.</param>
/// <param name="Title">The sub-project's title.</param>
/// <param name="IsReadOnly">True when the sub-project can no longer be changed (its lab is archived).</param>
public sealed record SubProjectState(bool Exists, Guid LabId, string Title, bool IsReadOnly);

/// <summary>
/// The sub-projects of one lab in short, ordered by title, with their indicators: enough for another module to
/// offer a choice ("held for which sub-project?", "counts towards which indicator?"). Empty for an unknown lab.
/// </summary>
public sealed record GetLabSubProjects(Guid LabId) : IQuery<IReadOnlyList<SubProjectSummary>>;

/// <param name="Status">One of <see cref="SubProjectStatuses"/>.</param>
/// <param name="IsPublished">Whether the public sees the sub-project's summary.</param>
/// <param name="IsReadOnly">True once the lab is archived.</param>
public sealed record SubProjectSummary(
    Guid Id,
    Guid LabId,
    string Title,
    string Status,
    bool IsPublished,
    bool IsReadOnly,
    IReadOnlyList<IndicatorSummary> Indicators);

/// <param name="Kind">One of <see cref="IndicatorKinds"/>; only cumulative indicators accept contributions (<see cref="RecordIndicatorContribution"/>).</param>
public sealed record IndicatorSummary(Guid Id, string Name, string Unit, string Kind);

/// <summary>
/// Everything a progress report needs about one lab's sub-projects in a period (<paramref name="From"/> to
/// <paramref name="To"/>, both inclusive, calendar days in Europe/Berlin). The answer depends only on the stored
/// data and the period, never on the current time: the same data and period give the same report.
/// A sub-project is included when it had been entered by the end of the period and either its planned period
/// overlaps the report period or something happened to it in the period (status change, progress update,
/// measured value, lesson learned, transfer, milestone completed). Records are placed in the period by their
/// business date (the date a progress update reports on, the day a value was measured, …), status changes by the
/// Berlin day on which they were made. An unknown lab gives an empty list.
/// </summary>
public sealed record GetSubProjectReport(Guid LabId, DateOnly From, DateOnly To) : IQuery<SubProjectReport>;

/// <param name="LabId">The lab asked for.</param>
/// <param name="From">First day of the period (inclusive).</param>
/// <param name="To">Last day of the period (inclusive).</param>
/// <param name="SubProjects">The lab's sub-projects in the period, ordered by title.</param>
public sealed record SubProjectReport(Guid LabId, DateOnly From, DateOnly To, IReadOnlyList<SubProjectReportItem> SubProjects);

/// <summary>One sub-project in a progress report.</summary>
/// <param name="Id">The sub-project's id.</param>
/// <param name="Title">Title (current value).</param>
/// <param name="Goal">What the sub-project wants to achieve (current value).</param>
/// <param name="Description">Internal description (current value; the report is internal, so it is included).</param>
/// <param name="IsPublished">Whether the public sees the sub-project (current value).</param>
/// <param name="PublicSummary">The plain-language summary shown to the public; empty when there is none.</param>
/// <param name="StartDate">Start of the sub-project.</param>
/// <param name="PlannedEnd">Planned end of the sub-project (not before <paramref name="StartDate"/>).</param>
/// <param name="Themes">Themes the sub-project works on, by name.</param>
/// <param name="TargetGroups">Target groups in the order entered, e.g. "Senior:innen ab 70".</param>
/// <param name="Municipalities">Participating municipalities (members of the lab) with AGS and name; the name is the lab's current one, or the AGS if the municipality has left the lab.</param>
/// <param name="Principles">Open-government principles applied, each one of <see cref="OpenGovernmentPrinciples"/>.</param>
/// <param name="ResponsibleOrganisationIds">Ids of responsible organisations in the Stakeholders module (resolve names there).</param>
/// <param name="StatusAtStart">Status at the start of the period (the first day, 00:00 Berlin); null when the sub-project was entered during the period.</param>
/// <param name="StatusAtEnd">Status at the end of the period (the last day, 24:00 Berlin); one of <see cref="SubProjectStatuses"/>.</param>
/// <param name="StatusChanges">Status changes made during the period, oldest first (the entry that records the creation has <c>From</c> null).</param>
/// <param name="Milestones">All milestones of the sub-project, by due date, each with flags relative to the period.</param>
/// <param name="ProgressUpdates">Progress updates whose date lies in the period, oldest first.</param>
/// <param name="LatestProgressAtEnd">The last progress update dated on or before the end of the period (possibly before it); null when there is none.</param>
/// <param name="Indicators">All indicators with their values in the period and their state at the start and end of the period.</param>
/// <param name="LessonsLearned">Lessons learned recorded with a date in the period, oldest first.</param>
/// <param name="Transfers">Municipalities that adopted the approach with a date in the period, oldest first.</param>
/// <param name="IsReadOnly">True when the lab is archived (current value).</param>
public sealed record SubProjectReportItem(
    Guid Id,
    string Title,
    string Goal,
    string Description,
    bool IsPublished,
    string PublicSummary,
    DateOnly StartDate,
    DateOnly PlannedEnd,
    IReadOnlyList<ThemeReference> Themes,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<MunicipalityReference> Municipalities,
    IReadOnlyList<string> Principles,
    IReadOnlyList<Guid> ResponsibleOrganisationIds,
    string? StatusAtStart,
    string StatusAtEnd,
    IReadOnlyList<StatusChangeRecord> StatusChanges,
    IReadOnlyList<MilestoneRecord> Milestones,
    IReadOnlyList<ProgressUpdateRecord> ProgressUpdates,
    ProgressUpdateRecord? LatestProgressAtEnd,
    IReadOnlyList<IndicatorRecord> Indicators,
    IReadOnlyList<LessonLearnedRecord> LessonsLearned,
    IReadOnlyList<TransferRecord> Transfers,
    bool IsReadOnly);

/// <param name="Key">Stable key of the theme, e.g. <c>digital-participation</c>.</param>
public sealed record ThemeReference(Guid Id, string Key, string Name);

/// <param name="MunicipalityKey">Official municipality key (AGS), 8 digits.</param>
public sealed record MunicipalityReference(string MunicipalityKey, string Name);

/// <param name="From">Status before the change; null for the entry that records the creation of the sub-project.</param>
/// <param name="To">Status after the change.</param>
/// <param name="ChangedAt">When the change was made (UTC instant).</param>
/// <param name="ChangedOn">The Berlin calendar day of <paramref name="ChangedAt"/>.</param>
/// <param name="Reason">Why the status changed, as the person wrote it.</param>
/// <param name="ChangedBy">Display name of the person who changed it (personal data: print it only where the report needs accountability).</param>
public sealed record StatusChangeRecord(string? From, string To, DateTimeOffset ChangedAt, DateOnly ChangedOn, string Reason, string ChangedBy);

/// <param name="CompletedOn">Day the milestone was completed, if that day is on or before the end of the period; otherwise null (not yet completed as of the end of the period).</param>
/// <param name="DueInPeriod">The due date lies in the period.</param>
/// <param name="CompletedInPeriod">The milestone was completed on a day in the period.</param>
/// <param name="CompletedLate">Completed (by the end of the period) after its due date.</param>
/// <param name="OverdueAtEnd">Not completed by the end of the period although due before the period's last day, while the sub-project was still active (planned, running or paused) at the end of the period.</param>
public sealed record MilestoneRecord(
    Guid Id,
    string Title,
    DateOnly DueDate,
    DateOnly? CompletedOn,
    bool DueInPeriod,
    bool CompletedInPeriod,
    bool CompletedLate,
    bool OverdueAtEnd);

/// <param name="ReportedOn">The day the update reports on.</param>
/// <param name="Text">What happened, as written.</param>
/// <param name="PercentComplete">0 to 100.</param>
/// <param name="TrafficLight">One of <see cref="TrafficLights"/>.</param>
/// <param name="Reason">Why the sub-project is at risk or critical; empty when on track.</param>
/// <param name="AuthorName">Display name of the person who posted it (personal data: print it only where needed).</param>
/// <param name="RecordedAt">When the update was entered (UTC instant).</param>
public sealed record ProgressUpdateRecord(
    Guid Id,
    DateOnly ReportedOn,
    string Text,
    int PercentComplete,
    string TrafficLight,
    string Reason,
    string AuthorName,
    DateTimeOffset RecordedAt);

/// <summary>An indicator with the inputs of its target attainment.</summary>
/// <param name="Kind">One of <see cref="IndicatorKinds"/>: how values add up to the current value.</param>
/// <param name="Unit">Unit of baseline, target and values, e.g. "Teilnahmen" or "Organisationen".</param>
/// <param name="Baseline">Value at the start of the sub-project.</param>
/// <param name="Target">Value the sub-project aims for (differs from the baseline; may be lower, for indicators that should fall).</param>
/// <param name="ValuesInPeriod">Values measured on a day in the period, oldest first.</param>
/// <param name="ValueAtStart">Current value as of the day before the period (null when nothing had been measured by then).</param>
/// <param name="ValueAtEnd">Current value as of the last day of the period (null when nothing had been measured by then).</param>
/// <param name="AttainmentAtEnd">Target attainment in percent at the end of the period: (ValueAtEnd − Baseline) / (Target − Baseline) × 100, rounded to one decimal; may exceed 100 or be negative; null without a value.</param>
public sealed record IndicatorRecord(
    Guid Id,
    string Name,
    string Unit,
    string Kind,
    decimal Baseline,
    decimal Target,
    IReadOnlyList<IndicatorValueRecord> ValuesInPeriod,
    decimal? ValueAtStart,
    decimal? ValueAtEnd,
    decimal? AttainmentAtEnd);

/// <param name="MeasuredOn">The day the value was measured (or, for cumulative indicators, the day the contribution happened).</param>
/// <param name="Note">Optional note, e.g. which course.</param>
public sealed record IndicatorValueRecord(Guid Id, DateOnly MeasuredOn, decimal Value, string Note);

/// <param name="RecordedOn">The day the lesson was written down.</param>
/// <param name="WhatWorked">What worked (may be empty).</param>
/// <param name="WhatDidNotWork">What did not work (may be empty).</param>
/// <param name="AdviceForOthers">What other municipalities should know (may be empty).</param>
public sealed record LessonLearnedRecord(Guid Id, DateOnly RecordedOn, string WhatWorked, string WhatDidNotWork, string AdviceForOthers);

/// <param name="MunicipalityKey">Official municipality key (AGS) of the municipality that adopted the approach.</param>
/// <param name="MunicipalityName">Its name as entered.</param>
/// <param name="AdoptedOn">Since when it applies the approach.</param>
/// <param name="Note">How it was adopted (may be empty).</param>
public sealed record TransferRecord(Guid Id, string MunicipalityKey, string MunicipalityName, DateOnly AdoptedOn, string Note);

/// <summary>
/// How many sub-projects there are, by status and by theme, across labs (all labs, archived ones included, or
/// only <paramref name="LabIds"/>). With <paramref name="AsOf"/> the counts are as of the end of that Berlin day
/// (sub-projects entered later are left out, statuses are taken from the history); without it they are current.
/// </summary>
public sealed record GetSubProjectCounts(IReadOnlyCollection<Guid>? LabIds = null, DateOnly? AsOf = null) : IQuery<SubProjectCounts>;

/// <param name="Total">Number of sub-projects counted.</param>
/// <param name="ByStatus">One entry per status in <see cref="SubProjectStatuses.All"/> order, zeros included.</param>
/// <param name="ByTheme">One entry per theme that at least one counted sub-project has, ordered by name. A sub-project with two themes counts for both, so the sum may exceed <paramref name="Total"/>.</param>
/// <param name="WithoutTheme">Sub-projects with no theme.</param>
/// <param name="ByLab">One entry per lab that has counted sub-projects, ordered by lab id (labs are named by the Labs module).</param>
public sealed record SubProjectCounts(
    int Total,
    IReadOnlyList<StatusCount> ByStatus,
    IReadOnlyList<ThemeCount> ByTheme,
    int WithoutTheme,
    IReadOnlyList<LabSubProjectCounts> ByLab);

/// <param name="Status">One of <see cref="SubProjectStatuses"/>.</param>
public sealed record StatusCount(string Status, int Count);

/// <param name="Key">Stable key of the theme, e.g. <c>energy-transition</c>.</param>
public sealed record ThemeCount(Guid ThemeId, string Key, string Name, int Count);

/// <param name="ByStatus">One entry per status in <see cref="SubProjectStatuses.All"/> order, zeros included.</param>
public sealed record LabSubProjectCounts(Guid LabId, int Total, IReadOnlyList<StatusCount> ByStatus);
