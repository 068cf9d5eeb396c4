using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Common;
using LaborPlattform.Projects.Contracts;
using LaborPlattform.Projects.ReadSubProjects;

namespace LaborPlattform.Projects.ProvideReports;

internal sealed class GetSubProjectReportValidator : AbstractValidator<GetSubProjectReport>
{
    public GetSubProjectReportValidator() =>
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).WithMessage("Das Ende des Berichtszeitraums darf nicht vor seinem Beginn liegen.");
}

/// <summary>
/// The sub-projects of a lab for a progress report. Everything is computed from the stored data and the period
/// alone (never from the clock), so the same data and period give the same answer.
/// </summary>
internal sealed class GetSubProjectReportHandler(ProjectsDbContext db, ISender sender) : IQueryHandler<GetSubProjectReport, SubProjectReport>
{
    private static readonly StringComparer German = StringComparer.Create(Berlin.Culture, ignoreCase: true);

    public async ValueTask<SubProjectReport> Handle(GetSubProjectReport query, CancellationToken cancellationToken)
    {
        var lab = await sender.Send(new GetLab(query.LabId), cancellationToken);
        if (lab is null)
        {
            return new SubProjectReport(query.LabId, query.From, query.To, []);
        }

        var periodStart = Berlin.StartOfDay(query.From);
        var periodEnd = Berlin.StartOfDay(query.To.AddDays(1));
        var subProjects = await db.SubProjects.AsNoTracking().WithParts()
            .Where(s => s.LabId == query.LabId && s.CreatedAt < periodEnd)
            .ToListAsync(cancellationToken);
        var ids = subProjects.Select(s => s.Id).ToList();
        var updates = (await db.ProgressUpdates.AsNoTracking().Where(u => ids.Contains(u.SubProjectId)).ToListAsync(cancellationToken)).ToLookup(u => u.SubProjectId);
        var indicatorIds = subProjects.SelectMany(s => s.Indicators).Select(i => i.Id).ToList();
        var values = (await db.IndicatorValues.AsNoTracking().Where(v => indicatorIds.Contains(v.IndicatorId)).ToListAsync(cancellationToken)).ToLookup(v => v.IndicatorId);
        var themes = (await sender.Send(new GetThemes(), cancellationToken)).ToDictionary(t => t.Id);
        var members = lab.Municipalities.ToDictionary(m => m.MunicipalityKey, m => m.Name);
        var period = new Period(query.From, query.To, periodStart, periodEnd);

        var items = subProjects
            .Where(s => period.Includes(s, updates[s.Id], s.Indicators.SelectMany(i => values[i.Id])))
            .OrderBy(s => s.Title, German)
            .Select(s => Item(s, period, updates[s.Id].ToList(), values, themes, members))
            .ToList();
        return new SubProjectReport(query.LabId, query.From, query.To, items);
    }

    private static SubProjectReportItem Item(
        SubProject s,
        Period period,
        List<ProgressUpdate> updates,
        ILookup<Guid, IndicatorValue> values,
        Dictionary<Guid, ThemeDto> themes,
        Dictionary<string, string> members)
    {
        var statusAtEnd = StatusAt(s, period.EndInstant)!.Value;
        var latest = SubProjectReader.Newest(updates.Where(u => u.ReportedOn <= period.To)).FirstOrDefault();
        return new SubProjectReportItem(
            s.Id,
            s.Title,
            s.Goal,
            s.Description,
            s.IsPublished,
            s.PublicSummary,
            s.StartDate,
            s.PlannedEnd,
            s.Themes.Select(t => themes.TryGetValue(t.ThemeId, out var theme) ? new ThemeReference(theme.Id, theme.Key, theme.Name) : null)
                .OfType<ThemeReference>().OrderBy(t => t.Name, German).ToList(),
            s.TargetGroups,
            s.Municipalities.Select(m => new MunicipalityReference(m.MunicipalityKey, members.GetValueOrDefault(m.MunicipalityKey, m.MunicipalityKey)))
                .OrderBy(m => m.Name, German).ToList(),
            Parse.Names(s.Principles),
            s.Organisations.Select(o => o.OrganisationId).Order().ToList(),
            StatusAt(s, period.StartInstant)?.ToString(),
            statusAtEnd.ToString(),
            s.StatusChanges.Where(c => period.Contains(c.At)).OrderBy(c => c.Sequence)
                .Select(c => new StatusChangeRecord(c.From?.ToString(), c.To.ToString(), c.At, DateOnly.FromDateTime(Berlin.ToLocal(c.At).DateTime), c.Reason, c.ChangedByName))
                .ToList(),
            s.Milestones.OrderBy(m => m.DueDate).ThenBy(m => m.Title, German).Select(m => Milestone(m, period, statusAtEnd)).ToList(),
            updates.Where(u => period.Contains(u.ReportedOn)).OrderBy(u => u.ReportedOn).ThenBy(u => u.RecordedAt).Select(Record).ToList(),
            latest is null ? null : Record(latest),
            s.Indicators.OrderBy(i => i.Name, German).Select(i => Indicator(i, values[i.Id].ToList(), period)).ToList(),
            s.Lessons.Where(l => period.Contains(l.RecordedOn)).OrderBy(l => l.RecordedOn)
                .Select(l => new LessonLearnedRecord(l.Id, l.RecordedOn, l.WhatWorked, l.WhatDidNotWork, l.AdviceForOthers))
                .ToList(),
            s.Transfers.Where(t => period.Contains(t.AdoptedOn)).OrderBy(t => t.AdoptedOn)
                .Select(t => new TransferRecord(t.Id, t.MunicipalityKey, t.MunicipalityName, t.AdoptedOn, t.Note))
                .ToList(),
            s.IsReadOnly);
    }

    /// <summary>The status a sub-project had just before an instant, from its history; null before it was entered.</summary>
    public static SubProjectStatus? StatusAt(SubProject s, DateTimeOffset instant) =>
        s.StatusChanges.Where(c => c.At < instant).OrderBy(c => c.Sequence).LastOrDefault()?.To;

    private static MilestoneRecord Milestone(Milestone m, Period period, SubProjectStatus statusAtEnd)
    {
        var completedOn = m.CompletedOn is { } done && done <= period.To ? done : (DateOnly?)null;
        return new MilestoneRecord(
            m.Id,
            m.Title,
            m.DueDate,
            completedOn,
            period.Contains(m.DueDate),
            completedOn is { } c && c >= period.From,
            completedOn is { } late && late > m.DueDate,
            completedOn is null && m.DueDate <= period.To && StatusLifeCycle.IsActive(statusAtEnd));
    }

    private static ProgressUpdateRecord Record(ProgressUpdate u) =>
        new(u.Id, u.ReportedOn, u.Text, u.PercentComplete, u.TrafficLight.ToString(), u.Reason, u.AuthorName, u.RecordedAt);

    private static IndicatorRecord Indicator(Indicator i, List<IndicatorValue> values, Period period)
    {
        var atEnd = Attainment.CurrentValue(i.Kind, i.Baseline, values, period.To);
        return new IndicatorRecord(
            i.Id,
            i.Name,
            i.Unit,
            i.Kind.ToString(),
            i.Baseline,
            i.Target,
            values.Where(v => period.Contains(v.MeasuredOn)).OrderBy(v => v.MeasuredOn).ThenBy(v => v.RecordedAt)
                .Select(v => new IndicatorValueRecord(v.Id, v.MeasuredOn, v.Value, v.Note))
                .ToList(),
            Attainment.CurrentValue(i.Kind, i.Baseline, values, period.From.AddDays(-1)),
            atEnd,
            Attainment.Percent(i.Baseline, i.Target, atEnd));
    }

    private sealed record Period(DateOnly From, DateOnly To, DateTimeOffset StartInstant, DateTimeOffset EndInstant)
    {
        public bool Contains(DateOnly day) => day >= From && day <= To;

        public bool Contains(DateTimeOffset instant) => instant >= StartInstant && instant < EndInstant;

        public bool Includes(SubProject s, IEnumerable<ProgressUpdate> updates, IEnumerable<IndicatorValue> values) =>
            (s.StartDate <= To && s.PlannedEnd >= From)
            || s.StatusChanges.Any(c => Contains(c.At))
            || updates.Any(u => Contains(u.ReportedOn))
            || values.Any(v => Contains(v.MeasuredOn))
            || s.Lessons.Any(l => Contains(l.RecordedOn))
            || s.Transfers.Any(t => Contains(t.AdoptedOn))
            || s.Milestones.Any(m => m.CompletedOn is { } done && Contains(done));
    }
}

internal sealed class GetSubProjectCountsHandler(ProjectsDbContext db, ISender sender) : IQueryHandler<GetSubProjectCounts, SubProjectCounts>
{
    public async ValueTask<SubProjectCounts> Handle(GetSubProjectCounts query, CancellationToken cancellationToken)
    {
        var subProjects = db.SubProjects.AsNoTracking().Include(s => s.Themes).Include(s => s.StatusChanges).AsSplitQuery();
        if (query.LabIds is { } labIds)
        {
            subProjects = subProjects.Where(s => labIds.Contains(s.LabId));
        }

        DateTimeOffset? asOf = query.AsOf is { } day ? Berlin.StartOfDay(day.AddDays(1)) : null;
        if (asOf is { } end)
        {
            subProjects = subProjects.Where(s => s.CreatedAt < end);
        }

        var counted = (await subProjects.ToListAsync(cancellationToken))
            .Select(s => (SubProject: s, Status: asOf is { } end ? GetSubProjectReportHandler.StatusAt(s, end) ?? s.Status : s.Status))
            .ToList();
        var themes = (await sender.Send(new GetThemes(), cancellationToken)).ToDictionary(t => t.Id);
        var german = StringComparer.Create(Berlin.Culture, ignoreCase: true);

        return new SubProjectCounts(
            counted.Count,
            ByStatus(counted.Select(c => c.Status)),
            counted.SelectMany(c => c.SubProject.Themes.Select(t => t.ThemeId))
                .GroupBy(id => id)
                .Select(g => themes.TryGetValue(g.Key, out var theme)
                    ? new ThemeCount(g.Key, theme.Key, theme.Name, g.Count())
                    : new ThemeCount(g.Key, g.Key.ToString(), g.Key.ToString(), g.Count()))
                .OrderBy(t => t.Name, german)
                .ToList(),
            counted.Count(c => c.SubProject.Themes.Count == 0),
            counted.GroupBy(c => c.SubProject.LabId)
                .OrderBy(g => g.Key)
                .Select(g => new LabSubProjectCounts(g.Key, g.Count(), ByStatus(g.Select(c => c.Status))))
                .ToList());
    }

    private static List<StatusCount> ByStatus(IEnumerable<SubProjectStatus> statuses)
    {
        var list = statuses.ToList();
        return Enum.GetValues<SubProjectStatus>().Select(s => new StatusCount(s.ToString(), list.Count(x => x == s))).ToList();
    }
}
