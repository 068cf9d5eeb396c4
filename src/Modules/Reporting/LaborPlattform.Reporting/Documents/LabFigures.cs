using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Contracts;
using LaborPlattform.Stakeholders.Contracts;

namespace LaborPlattform.Reporting.Documents;

/// <summary>
/// The key figures of one lab in a period, computed only from the Projects and Stakeholders Contracts' answers (ADR 0048):
/// sub-projects by status at the end of the period and by the traffic light of their latest progress update, milestones
/// due, done and overdue, organisations by sector, network sizes. The programme report adds these up over its labs.
/// </summary>
internal sealed record LabFigures(
    LabDto Lab,
    SubProjectReport SubProjects,
    InvolvedOrganisationCounts Organisations,
    IReadOnlyList<NetworkSize> Networks,
    DateOnly DataEnd,
    bool PeriodIsRunning)
{
    /// <summary>The traffic lights in report order; null stands for "no progress update yet".</summary>
    public static readonly IReadOnlyList<string?> Lights = [TrafficLights.OnTrack, TrafficLights.AtRisk, TrafficLights.Critical, null];

    public IReadOnlyList<SubProjectReportItem> Items => SubProjects.SubProjects;

    public int SubProjectCount => Items.Count;

    public int WithStatus(string status) => Items.Count(i => i.StatusAtEnd == status);

    /// <summary>Sub-projects whose latest progress update up to the end of the period shows this light (null: none).</summary>
    public int WithLight(string? light) => Items.Count(i => i.LatestProgressAtEnd?.TrafficLight == light);

    public int MilestonesDue => Items.Sum(i => i.Milestones.Count(m => m.DueInPeriod));

    public int MilestonesDone => Items.Sum(i => i.Milestones.Count(m => m.CompletedInPeriod));

    public int MilestonesDoneLate => Items.Sum(i => i.Milestones.Count(m => m.CompletedInPeriod && m.CompletedLate));

    public int MilestonesOverdue => Items.Sum(i => i.Milestones.Count(IsOverdue));

    /// <summary>
    /// Overdue at the end of the period (Projects' rule). While the period is still running its end lies ahead: then only
    /// milestones whose due day is over by the as-of day count, as on the Projects pages (due today is not late yet).
    /// </summary>
    public bool IsOverdue(MilestoneRecord milestone) => milestone.OverdueAtEnd && (!PeriodIsRunning || milestone.DueDate < DataEnd);

    public int ProgressUpdates => Items.Sum(i => i.ProgressUpdates.Count);

    public int Lessons => Items.Sum(i => i.LessonsLearned.Count);

    public int Transfers => Items.Sum(i => i.Transfers.Count);

    public int NetworkMembersAtEnd => Networks.Sum(n => n.MembersAtEnd);

    public int SectorCount(string sector) => Organisations.BySector.FirstOrDefault(s => s.Sector == sector)?.Count ?? 0;
}

/// <summary>German wording of the figures, shared by the lab and the programme report.</summary>
internal static class Figures
{
    public static string Number(int value) => Berlin.FormatNumber(value);

    public static string Number(decimal? value) => value is { } v ? Berlin.FormatNumber(v) : "–";

    /// <summary>"50,0 %"; "–" without a value.</summary>
    public static string Percent(decimal? value) => value is { } v ? v.ToString("#,##0.0", Berlin.Culture) + " %" : "–";

    /// <summary>"am Ende des Berichtszeitraums", or "am 26.11.2026 (Datenstand)" while the period is running.</summary>
    public static string AtEnd(bool running, DateOnly dataEnd) =>
        running ? $"am {Berlin.FormatDate(dataEnd)} (Datenstand)" : "am Ende des Berichtszeitraums";

    public static string SectorName(string sector, IEnumerable<SectorCount> names) =>
        names.FirstOrDefault(s => s.Sector == sector)?.SectorName ?? sector;
}
