using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Common;
using LaborPlattform.Projects.Organisations;

namespace LaborPlattform.Projects.ReadSubProjects;

/// <summary>Builds what the pages, the API and the export show of a lab's sub-projects.</summary>
internal sealed class SubProjectReader(ProjectsDbContext db, ISender sender, IOrganisationNames organisations, TimeProvider time)
{
    private static readonly StringComparer German = StringComparer.Create(Berlin.Culture, ignoreCase: true);

    public DateOnly Today => Berlin.Today(time);

    public async Task<SubProjectView?> DetailsAsync(Guid labId, Guid subProjectId, CancellationToken ct)
    {
        var subProject = await db.SubProjects.AsNoTracking().WithParts().SingleOrDefaultAsync(s => s.Id == subProjectId && s.LabId == labId, ct);
        if (subProject is null || await sender.Send(new GetLab(labId), ct) is not { } lab)
        {
            return null;
        }

        var themes = await ThemesAsync(ct);
        var updates = await db.ProgressUpdates.AsNoTracking().Where(u => u.SubProjectId == subProjectId).ToListAsync(ct);
        var indicatorIds = subProject.Indicators.Select(i => i.Id).ToList();
        var values = await db.IndicatorValues.AsNoTracking().Where(v => indicatorIds.Contains(v.IndicatorId)).ToListAsync(ct);
        var organisationNames = await organisations.NamesAsync(subProject.Organisations.Select(o => o.OrganisationId).ToList(), ct);
        var members = lab.Municipalities.ToDictionary(m => m.MunicipalityKey, m => m.Name);
        var today = Today;
        var ordered = Newest(updates).ToList();

        return new SubProjectView(
            subProject.Id,
            lab.Id,
            lab.Name,
            lab.Slug,
            subProject.Title,
            subProject.Goal,
            subProject.Description,
            subProject.InternalNotes,
            ThemeViews(subProject, themes),
            subProject.TargetGroups,
            subProject.Municipalities
                .Select(m => new MunicipalityView(m.MunicipalityKey, members.GetValueOrDefault(m.MunicipalityKey, m.MunicipalityKey), members.ContainsKey(m.MunicipalityKey)))
                .OrderBy(m => m.Name, German)
                .ToList(),
            Parse.Names(subProject.Principles),
            subProject.StartDate,
            subProject.PlannedEnd,
            subProject.IsPublished,
            subProject.PublicSummary,
            subProject.Organisations
                .Select(o => new OrganisationView(o.OrganisationId, organisationNames.GetValueOrDefault(o.OrganisationId, DirectoryOrganisationNames.Unknown)))
                .OrderBy(o => o.Name, German)
                .ToList(),
            subProject.Status.ToString(),
            StatusLifeCycle.NextStatuses(subProject.Status).Select(s => s.ToString()).ToList(),
            subProject.IsReadOnly,
            subProject.Version,
            subProject.CreatedAt,
            ordered.Select(ToView).FirstOrDefault(),
            subProject.StatusChanges.OrderByDescending(c => c.Sequence)
                .Select(c => new StatusChangeView(c.From?.ToString(), c.To.ToString(), c.At, c.ChangedByName, c.Reason))
                .ToList(),
            subProject.Milestones.OrderBy(m => m.DueDate).ThenBy(m => m.Title, German)
                .Select(m => new MilestoneView(m.Id, m.Title, m.DueDate, m.CompletedOn, subProject.IsOverdue(m, today)))
                .ToList(),
            ordered.Select(ToView).ToList(),
            subProject.Indicators.OrderBy(i => i.Name, German).Select(i => ToView(i, values.Where(v => v.IndicatorId == i.Id).ToList())).ToList(),
            subProject.Lessons.OrderByDescending(l => l.RecordedOn)
                .Select(l => new LessonView(l.Id, l.RecordedOn, l.WhatWorked, l.WhatDidNotWork, l.AdviceForOthers))
                .ToList(),
            subProject.Transfers.OrderBy(t => t.AdoptedOn).ThenBy(t => t.MunicipalityName, German)
                .Select(t => new TransferView(t.Id, t.MunicipalityKey, t.MunicipalityName, t.AdoptedOn, t.Note))
                .ToList());
    }

    public async Task<LabDashboard?> DashboardAsync(Guid labId, SubProjectStatus? status, Guid? themeId, CancellationToken ct)
    {
        if (await sender.Send(new GetLab(labId), ct) is not { } lab)
        {
            return null;
        }

        var subProjects = await db.SubProjects.AsNoTracking()
            .Include(s => s.Themes)
            .Include(s => s.Milestones)
            .AsSplitQuery()
            .Where(s => s.LabId == labId)
            .ToListAsync(ct);
        var total = subProjects.Count;
        var filtered = subProjects
            .Where(s => status is null || s.Status == status)
            .Where(s => themeId is null || s.Themes.Any(t => t.ThemeId == themeId))
            .ToList();
        var rows = await RowsAsync(filtered, ct);
        return new LabDashboard(lab.Id, lab.Name, lab.Slug, lab.IsArchived, total, rows);
    }

    /// <summary>Dashboard rows: overdue milestones first (most first), then by title.</summary>
    public async Task<IReadOnlyList<DashboardRow>> RowsAsync(IReadOnlyList<SubProject> subProjects, CancellationToken ct)
    {
        var ids = subProjects.Select(s => s.Id).ToList();
        var updates = await db.ProgressUpdates.AsNoTracking().Where(u => ids.Contains(u.SubProjectId)).ToListAsync(ct);
        var latest = updates.GroupBy(u => u.SubProjectId).ToDictionary(g => g.Key, g => Newest(g).First());
        var themes = await ThemesAsync(ct);
        var today = Today;

        return subProjects
            .Select(s =>
            {
                var update = latest.GetValueOrDefault(s.Id);
                var next = s.Milestones.Where(m => m.CompletedOn is null && m.DueDate >= today).OrderBy(m => m.DueDate).FirstOrDefault();
                return new DashboardRow(
                    s.Id,
                    s.Title,
                    s.Status.ToString(),
                    update?.TrafficLight.ToString(),
                    update?.ReportedOn,
                    update?.PercentComplete,
                    s.Milestones.Count(m => s.IsOverdue(m, today)),
                    next?.Title,
                    next?.DueDate,
                    ThemeViews(s, themes),
                    s.IsPublished,
                    s.IsReadOnly);
            })
            .OrderByDescending(r => r.OverdueMilestones > 0)
            .ThenByDescending(r => r.OverdueMilestones)
            .ThenBy(r => r.Title, German)
            .ToList();
    }

    public async Task<Dictionary<Guid, ThemeDto>> ThemesAsync(CancellationToken ct) =>
        (await sender.Send(new GetThemes(), ct)).ToDictionary(t => t.Id);

    /// <summary>Latest first: by the day reported on, then by when it was entered.</summary>
    public static IEnumerable<ProgressUpdate> Newest(IEnumerable<ProgressUpdate> updates) =>
        updates.OrderByDescending(u => u.ReportedOn).ThenByDescending(u => u.RecordedAt);

    private static List<ThemeView> ThemeViews(SubProject subProject, Dictionary<Guid, ThemeDto> themes) =>
        subProject.Themes
            .Select(t => themes.TryGetValue(t.ThemeId, out var theme) ? new ThemeView(theme.Id, theme.Name) : null)
            .OfType<ThemeView>()
            .OrderBy(t => t.Name, German)
            .ToList();

    private static ProgressUpdateView ToView(ProgressUpdate u) =>
        new(u.Id, u.ReportedOn, u.Text, u.PercentComplete, u.TrafficLight.ToString(), u.Reason, u.AuthorName, u.RecordedAt);

    private static IndicatorView ToView(Indicator indicator, IReadOnlyList<IndicatorValue> values)
    {
        var current = Attainment.CurrentValue(indicator.Kind, indicator.Baseline, values);
        return new IndicatorView(
            indicator.Id,
            indicator.Name,
            indicator.Unit,
            indicator.Kind.ToString(),
            indicator.Baseline,
            indicator.Target,
            current,
            Attainment.Percent(indicator.Baseline, indicator.Target, current),
            values.OrderByDescending(v => v.MeasuredOn).ThenByDescending(v => v.RecordedAt)
                .Select(v => new IndicatorValueView(v.Id, v.MeasuredOn, v.Value, v.Note, v.SourceKey))
                .ToList());
    }
}
