namespace LaborPlattform.Projects.Domain;

/// <summary>
/// A sub-project (Teilprojekt) of a lab. It is the aggregate for its status history, milestones, indicator
/// definitions, lessons learned and transfers: each change of them is a change of the sub-project (one version,
/// one lock), so a form based on an old state never overwrites a newer one. Progress updates and measured values
/// only add to the record and never change what someone else wrote; they are kept beside the aggregate (no
/// version needed) but the aggregate decides whether they may be added (<see cref="EnsureWritable"/>).
/// </summary>
internal sealed class SubProject : IVersioned
{
    public const string CreatedReason = "Teilprojekt angelegt";

    private readonly List<SubProjectTheme> _themes = [];
    private readonly List<SubProjectMunicipality> _municipalities = [];
    private readonly List<SubProjectOrganisation> _organisations = [];
    private readonly List<StatusChange> _statusChanges = [];
    private readonly List<Milestone> _milestones = [];
    private readonly List<Indicator> _indicators = [];
    private readonly List<LessonLearned> _lessons = [];
    private readonly List<Transfer> _transfers = [];

    private SubProject()
    {
    }

    public SubProject(Guid id, Guid labId, SubProjectDetails details, DateTimeOffset createdAt, Actor actor)
    {
        Id = id;
        LabId = labId;
        CreatedAt = createdAt;
        Status = SubProjectStatus.Planned;
        Version = 1;
        Apply(details);
        _statusChanges.Add(new StatusChange(Guid.CreateVersion7(), id, 1, null, SubProjectStatus.Planned, createdAt, actor, CreatedReason));
    }

    public Guid Id { get; private set; }

    public Guid LabId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Goal { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    /// <summary>Notes for the lab team only: never on public pages or in the public API.</summary>
    public string InternalNotes { get; private set; } = string.Empty;

    /// <summary>One target group per line, e.g. "Senior:innen ab 70".</summary>
    public string TargetGroupLines { get; private set; } = string.Empty;

    public Principles Principles { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly PlannedEnd { get; private set; }

    public bool IsPublished { get; private set; }

    /// <summary>Plain-language summary for the public; required once the sub-project is published.</summary>
    public string PublicSummary { get; private set; } = string.Empty;

    public SubProjectStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set when the lab is archived: from then on every change is refused.</summary>
    public DateTimeOffset? ReadOnlySince { get; private set; }

    public int Version { get; private set; }

    public bool IsReadOnly => ReadOnlySince is not null;

    public IReadOnlyList<string> TargetGroups => SplitLines(TargetGroupLines);

    public IReadOnlyList<SubProjectTheme> Themes => _themes;

    public IReadOnlyList<SubProjectMunicipality> Municipalities => _municipalities;

    public IReadOnlyList<SubProjectOrganisation> Organisations => _organisations;

    public IReadOnlyList<StatusChange> StatusChanges => _statusChanges;

    public IReadOnlyList<Milestone> Milestones => _milestones;

    public IReadOnlyList<Indicator> Indicators => _indicators;

    public IReadOnlyList<LessonLearned> Lessons => _lessons;

    public IReadOnlyList<Transfer> Transfers => _transfers;

    public void Edit(SubProjectDetails details)
    {
        EnsureWritable();
        var outside = _milestones.Where(m => m.DueDate < details.StartDate || m.DueDate > details.PlannedEnd).OrderBy(m => m.DueDate).ToList();
        if (outside.Count > 0)
        {
            var field = outside.Any(m => m.DueDate < details.StartDate) ? "startDate" : "plannedEnd";
            throw new ValidationFailedException(field, $"Der Meilenstein „{outside[0].Title}“ ist am {Shared.Time.Berlin.FormatDate(outside[0].DueDate)} fällig und läge dann außerhalb der Laufzeit. Verschieben Sie zuerst den Meilenstein oder wählen Sie eine Laufzeit, die ihn einschließt.");
        }

        Apply(details);
    }

    public StatusChange ChangeStatus(SubProjectStatus to, string reason, DateTimeOffset at, Actor actor)
    {
        EnsureWritable();
        if (!StatusLifeCycle.IsAllowed(Status, to))
        {
            var allowed = StatusLifeCycle.NextStatuses(Status);
            var hint = allowed.Count == 0
                ? $"Ein Teilprojekt im Status „{Status.Text()}“ ist beendet; sein Status ändert sich nicht mehr."
                : $"Möglich ist: {string.Join(" oder ", allowed.Select(s => $"„{s.Text()}“"))}.";
            throw new ValidationFailedException("status", $"Von „{Status.Text()}“ kann nicht zu „{to.Text()}“ gewechselt werden. {hint}");
        }

        var change = new StatusChange(Guid.CreateVersion7(), Id, _statusChanges.Count + 1, Status, to, at, actor, reason.Trim());
        _statusChanges.Add(change);
        Status = to;
        return change;
    }

    public Milestone AddMilestone(string title, DateOnly dueDate)
    {
        EnsureWritable();
        EnsureInPeriod(dueDate);
        var milestone = new Milestone(Guid.CreateVersion7(), Id, title, dueDate);
        _milestones.Add(milestone);
        return milestone;
    }

    /// <summary>Changes a milestone; true when this change completed it (it was open before).</summary>
    public bool EditMilestone(Guid milestoneId, string title, DateOnly dueDate, DateOnly? completedOn, DateOnly today)
    {
        EnsureWritable();
        var milestone = Milestone(milestoneId);
        EnsureInPeriod(dueDate);
        EnsureNotInFuture(completedOn, today, "completedOn", "Ein Meilenstein kann nicht in der Zukunft erledigt sein.");
        var wasOpen = milestone.CompletedOn is null;
        milestone.Edit(title, dueDate, completedOn);
        return wasOpen && completedOn is not null;
    }

    public Milestone CompleteMilestone(Guid milestoneId, DateOnly completedOn, DateOnly today)
    {
        EnsureWritable();
        var milestone = Milestone(milestoneId);
        if (milestone.CompletedOn is not null)
        {
            throw new ConflictException($"Der Meilenstein „{milestone.Title}“ ist bereits als erledigt eingetragen.", ConflictException.StaleCode);
        }

        EnsureNotInFuture(completedOn, today, "completedOn", "Ein Meilenstein kann nicht in der Zukunft erledigt sein.");
        milestone.Edit(milestone.Title, milestone.DueDate, completedOn);
        return milestone;
    }

    public void RemoveMilestone(Guid milestoneId)
    {
        EnsureWritable();
        _milestones.Remove(Milestone(milestoneId));
    }

    public ProgressUpdate ReportProgress(DateOnly reportedOn, string text, int percentComplete, TrafficLight trafficLight, string? reason, DateTimeOffset at, Actor actor, DateOnly today)
    {
        EnsureWritable();
        EnsureNotInFuture(reportedOn, today, "reportedOn", "Eine Fortschrittsmeldung berichtet über Vergangenes: Das Datum darf nicht in der Zukunft liegen.");
        if (percentComplete is < 0 or > 100)
        {
            throw new ValidationFailedException("percentComplete", "Der Fertigstellungsgrad liegt zwischen 0 und 100 Prozent.");
        }

        if (trafficLight != TrafficLight.OnTrack && string.IsNullOrWhiteSpace(reason))
        {
            throw new ValidationFailedException("reason", "Bitte begründen Sie, warum das Teilprojekt gefährdet oder kritisch ist.");
        }

        return new ProgressUpdate(Guid.CreateVersion7(), Id, reportedOn, text, percentComplete, trafficLight, trafficLight == TrafficLight.OnTrack ? string.Empty : reason!, at, actor);
    }

    public Indicator AddIndicator(IndicatorDefinition definition)
    {
        EnsureWritable();
        EnsureUniqueIndicatorName(definition.Name, exceptId: null);
        var indicator = new Indicator(Guid.CreateVersion7(), Id, definition);
        _indicators.Add(indicator);
        return indicator;
    }

    public void EditIndicator(Guid indicatorId, IndicatorDefinition definition)
    {
        EnsureWritable();
        var indicator = Indicator(indicatorId);
        EnsureUniqueIndicatorName(definition.Name, indicatorId);
        indicator.Edit(definition);
    }

    public void RemoveIndicator(Guid indicatorId)
    {
        EnsureWritable();
        _indicators.Remove(Indicator(indicatorId));
    }

    public IndicatorValue RecordValue(Guid indicatorId, DateOnly measuredOn, decimal value, string? note, string? sourceKey, DateTimeOffset at, Actor actor, DateOnly today)
    {
        EnsureWritable();
        var indicator = Indicator(indicatorId);
        EnsureNotInFuture(measuredOn, today, "measuredOn", "Ein Messwert kann nicht in der Zukunft gemessen sein.");
        if (indicator.Kind == IndicatorKind.Cumulative && value < 0)
        {
            throw new ValidationFailedException("value", "Bei einer Kennzahl, deren Werte addiert werden, ist jeder Wert 0 oder größer.");
        }

        return new IndicatorValue(Guid.CreateVersion7(), indicator.Id, measuredOn, value, note, sourceKey, at, actor);
    }

    public LessonLearned AddLesson(LessonText text, DateOnly recordedOn, DateOnly today)
    {
        EnsureWritable();
        EnsureNotInFuture(recordedOn, today, "recordedOn", "Das Datum darf nicht in der Zukunft liegen.");
        var lesson = new LessonLearned(Guid.CreateVersion7(), Id, recordedOn, text);
        _lessons.Add(lesson);
        return lesson;
    }

    public void EditLesson(Guid lessonId, LessonText text, DateOnly recordedOn, DateOnly today)
    {
        EnsureWritable();
        var lesson = _lessons.SingleOrDefault(l => l.Id == lessonId) ?? throw new NotFoundException("Erkenntnis", lessonId);
        EnsureNotInFuture(recordedOn, today, "recordedOn", "Das Datum darf nicht in der Zukunft liegen.");
        lesson.Edit(recordedOn, text);
    }

    public void RemoveLesson(Guid lessonId)
    {
        EnsureWritable();
        _lessons.Remove(_lessons.SingleOrDefault(l => l.Id == lessonId) ?? throw new NotFoundException("Erkenntnis", lessonId));
    }

    public Transfer AddTransfer(string municipalityKey, string municipalityName, DateOnly adoptedOn, string? note, DateOnly today)
    {
        EnsureWritable();
        EnsureTransferAllowed(municipalityKey, adoptedOn, today, exceptId: null);
        var transfer = new Transfer(Guid.CreateVersion7(), Id, municipalityKey, municipalityName, adoptedOn, note);
        _transfers.Add(transfer);
        return transfer;
    }

    public void EditTransfer(Guid transferId, string municipalityKey, string municipalityName, DateOnly adoptedOn, string? note, DateOnly today)
    {
        EnsureWritable();
        var transfer = _transfers.SingleOrDefault(t => t.Id == transferId) ?? throw new NotFoundException("Transfer", transferId);
        EnsureTransferAllowed(municipalityKey, adoptedOn, today, transferId);
        transfer.Edit(municipalityKey, municipalityName, adoptedOn, note);
    }

    public void RemoveTransfer(Guid transferId)
    {
        EnsureWritable();
        _transfers.Remove(_transfers.SingleOrDefault(t => t.Id == transferId) ?? throw new NotFoundException("Transfer", transferId));
    }

    /// <summary>The lab was archived: the sub-project stays readable and refuses every change from now on.</summary>
    public void MakeReadOnly(DateTimeOffset at) => ReadOnlySince ??= at;

    public void EnsureWritable()
    {
        if (IsReadOnly)
        {
            throw new ConflictException("Das Labor ist archiviert; seine Teilprojekte können nicht mehr geändert werden.", ConflictException.ReadOnlyCode);
        }
    }

    public bool IsOverdue(Milestone milestone, DateOnly today) => StatusLifeCycle.IsActive(Status) && milestone.IsOverdue(today);

    public Indicator Indicator(Guid indicatorId) =>
        _indicators.SingleOrDefault(i => i.Id == indicatorId) ?? throw new NotFoundException("Kennzahl", indicatorId);

    private Milestone Milestone(Guid milestoneId) =>
        _milestones.SingleOrDefault(m => m.Id == milestoneId) ?? throw new NotFoundException("Meilenstein", milestoneId);

    private void EnsureInPeriod(DateOnly dueDate)
    {
        if (dueDate < StartDate || dueDate > PlannedEnd)
        {
            throw new ValidationFailedException("dueDate", $"Der Meilenstein muss in der Laufzeit des Teilprojekts liegen ({Shared.Time.Berlin.FormatDate(StartDate)} bis {Shared.Time.Berlin.FormatDate(PlannedEnd)}).");
        }
    }

    private void EnsureTransferAllowed(string municipalityKey, DateOnly adoptedOn, DateOnly today, Guid? exceptId)
    {
        if (_transfers.Any(t => t.Id != exceptId && t.MunicipalityKey == municipalityKey))
        {
            throw new ValidationFailedException("municipalityKey", $"Die Übernahme durch die Kommune mit dem Schlüssel {municipalityKey} ist bereits eingetragen.");
        }

        if (_municipalities.Any(m => m.MunicipalityKey == municipalityKey))
        {
            throw new ValidationFailedException("municipalityKey", "Diese Kommune wirkt am Teilprojekt selbst mit. Als Transfer gilt die Übernahme durch eine andere Kommune.");
        }

        EnsureNotInFuture(adoptedOn, today, "adoptedOn", "Tragen Sie eine Übernahme ein, wenn sie begonnen hat: Das Datum darf nicht in der Zukunft liegen.");
    }

    private void EnsureUniqueIndicatorName(string name, Guid? exceptId)
    {
        var trimmed = name.Trim();
        if (_indicators.Any(i => i.Id != exceptId && string.Equals(i.Name, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ValidationFailedException("name", $"Das Teilprojekt hat bereits eine Kennzahl „{trimmed}“.");
        }
    }

    private static void EnsureNotInFuture(DateOnly? date, DateOnly today, string field, string message)
    {
        if (date is { } d && d > today)
        {
            throw new ValidationFailedException(field, message);
        }
    }

    private void Apply(SubProjectDetails details)
    {
        Title = details.Title.Trim();
        Goal = details.Goal.Trim();
        Description = details.Description?.Trim() ?? string.Empty;
        InternalNotes = details.InternalNotes?.Trim() ?? string.Empty;
        TargetGroupLines = string.Join('\n', details.TargetGroups.Select(g => g.Trim()).Where(g => g.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
        Principles = details.Principles;
        StartDate = details.StartDate;
        PlannedEnd = details.PlannedEnd;
        IsPublished = details.IsPublished;
        PublicSummary = details.PublicSummary?.Trim() ?? string.Empty;

        Sync(_themes, details.ThemeIds, t => t.ThemeId, id => new SubProjectTheme(Id, id));
        Sync(_municipalities, details.MunicipalityKeys, m => m.MunicipalityKey, key => new SubProjectMunicipality(Id, key));
        Sync(_organisations, details.ResponsibleOrganisationIds, o => o.OrganisationId, id => new SubProjectOrganisation(Id, id));
    }

    private static void Sync<TItem, TKey>(List<TItem> items, IEnumerable<TKey> wanted, Func<TItem, TKey> key, Func<TKey, TItem> create)
        where TKey : notnull
    {
        var set = wanted.Distinct().ToList();
        items.RemoveAll(i => !set.Contains(key(i)));
        foreach (var k in set.Where(k => !items.Any(i => EqualityComparer<TKey>.Default.Equals(key(i), k))))
        {
            items.Add(create(k));
        }
    }

    private static List<string> SplitLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}

/// <summary>What a coordinator sets when creating or editing a sub-project.</summary>
internal sealed record SubProjectDetails(
    string Title,
    string Goal,
    string? Description,
    string? InternalNotes,
    IReadOnlyCollection<Guid> ThemeIds,
    IReadOnlyCollection<string> TargetGroups,
    IReadOnlyCollection<string> MunicipalityKeys,
    Principles Principles,
    DateOnly StartDate,
    DateOnly PlannedEnd,
    bool IsPublished,
    string? PublicSummary,
    IReadOnlyCollection<Guid> ResponsibleOrganisationIds);

/// <summary>Who did something: the signed-in user (id and display name at the time) or the system.</summary>
internal sealed record Actor(string? UserId, string Name);

internal sealed class SubProjectTheme
{
    private SubProjectTheme()
    {
    }

    public SubProjectTheme(Guid subProjectId, Guid themeId)
    {
        SubProjectId = subProjectId;
        ThemeId = themeId;
    }

    public Guid SubProjectId { get; private set; }

    /// <summary>A theme of the Labs module (asked for through its Contracts).</summary>
    public Guid ThemeId { get; private set; }
}

internal sealed class SubProjectMunicipality
{
    private SubProjectMunicipality()
    {
    }

    public SubProjectMunicipality(Guid subProjectId, string municipalityKey)
    {
        SubProjectId = subProjectId;
        MunicipalityKey = municipalityKey;
    }

    public Guid SubProjectId { get; private set; }

    /// <summary>AGS of a member municipality of the lab.</summary>
    public string MunicipalityKey { get; private set; } = string.Empty;
}

internal sealed class SubProjectOrganisation
{
    private SubProjectOrganisation()
    {
    }

    public SubProjectOrganisation(Guid subProjectId, Guid organisationId)
    {
        SubProjectId = subProjectId;
        OrganisationId = organisationId;
    }

    public Guid SubProjectId { get; private set; }

    /// <summary>An organisation of the Stakeholders module, kept as its id.</summary>
    public Guid OrganisationId { get; private set; }
}

/// <summary>One step of the status history: from, to, when, who and why. Never changed once written.</summary>
internal sealed class StatusChange
{
    private StatusChange()
    {
    }

    public StatusChange(Guid id, Guid subProjectId, int sequence, SubProjectStatus? from, SubProjectStatus to, DateTimeOffset at, Actor actor, string reason)
    {
        Id = id;
        SubProjectId = subProjectId;
        Sequence = sequence;
        From = from;
        To = to;
        At = at;
        ChangedByUserId = actor.UserId;
        ChangedByName = actor.Name;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public Guid SubProjectId { get; private set; }

    /// <summary>1 for the creation, then 2, 3, …: the order of the history even when two changes share an instant.</summary>
    public int Sequence { get; private set; }

    public SubProjectStatus? From { get; private set; }

    public SubProjectStatus To { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? ChangedByUserId { get; private set; }

    [Personal]
    public string ChangedByName { get; private set; } = string.Empty;

    public string Reason { get; private set; } = string.Empty;
}

internal sealed class Milestone
{
    private Milestone()
    {
    }

    public Milestone(Guid id, Guid subProjectId, string title, DateOnly dueDate)
    {
        Id = id;
        SubProjectId = subProjectId;
        Title = title.Trim();
        DueDate = dueDate;
    }

    public Guid Id { get; private set; }

    public Guid SubProjectId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public DateOnly DueDate { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    /// <summary>Open and due before today (a Berlin calendar day): due today is not yet late.</summary>
    public bool IsOverdue(DateOnly today) => CompletedOn is null && DueDate < today;

    public void Edit(string title, DateOnly dueDate, DateOnly? completedOn)
    {
        Title = title.Trim();
        DueDate = dueDate;
        CompletedOn = completedOn;
    }
}

/// <summary>What defines an indicator (its measured values are kept apart, see <see cref="IndicatorValue"/>).</summary>
internal sealed record IndicatorDefinition(string Name, string Unit, IndicatorKind Kind, decimal Baseline, decimal Target);

internal sealed class Indicator
{
    private Indicator()
    {
    }

    public Indicator(Guid id, Guid subProjectId, IndicatorDefinition definition)
    {
        Id = id;
        SubProjectId = subProjectId;
        Edit(definition);
    }

    public Guid Id { get; private set; }

    public Guid SubProjectId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Unit { get; private set; } = string.Empty;

    public IndicatorKind Kind { get; private set; }

    public decimal Baseline { get; private set; }

    public decimal Target { get; private set; }

    public void Edit(IndicatorDefinition definition)
    {
        if (definition.Target == definition.Baseline)
        {
            throw new ValidationFailedException("target", "Der Zielwert muss sich vom Ausgangswert unterscheiden, sonst lässt sich keine Zielerreichung berechnen.");
        }

        Name = definition.Name.Trim();
        Unit = definition.Unit.Trim();
        Kind = definition.Kind;
        Baseline = definition.Baseline;
        Target = definition.Target;
    }
}

/// <summary>The three questions of a lesson learned; at least one is answered.</summary>
internal sealed record LessonText(string? WhatWorked, string? WhatDidNotWork, string? AdviceForOthers);

internal sealed class LessonLearned
{
    private LessonLearned()
    {
    }

    public LessonLearned(Guid id, Guid subProjectId, DateOnly recordedOn, LessonText text)
    {
        Id = id;
        SubProjectId = subProjectId;
        Edit(recordedOn, text);
    }

    public Guid Id { get; private set; }

    public Guid SubProjectId { get; private set; }

    public DateOnly RecordedOn { get; private set; }

    public string WhatWorked { get; private set; } = string.Empty;

    public string WhatDidNotWork { get; private set; } = string.Empty;

    public string AdviceForOthers { get; private set; } = string.Empty;

    public void Edit(DateOnly recordedOn, LessonText text)
    {
        RecordedOn = recordedOn;
        WhatWorked = text.WhatWorked?.Trim() ?? string.Empty;
        WhatDidNotWork = text.WhatDidNotWork?.Trim() ?? string.Empty;
        AdviceForOthers = text.AdviceForOthers?.Trim() ?? string.Empty;
    }
}

/// <summary>Another municipality adopted the sub-project's approach: the programme's aim is to carry results across the country.</summary>
internal sealed class Transfer
{
    private Transfer()
    {
    }

    public Transfer(Guid id, Guid subProjectId, string municipalityKey, string municipalityName, DateOnly adoptedOn, string? note)
    {
        Id = id;
        SubProjectId = subProjectId;
        Edit(municipalityKey, municipalityName, adoptedOn, note);
    }

    public Guid Id { get; private set; }

    public Guid SubProjectId { get; private set; }

    public string MunicipalityKey { get; private set; } = string.Empty;

    public string MunicipalityName { get; private set; } = string.Empty;

    public DateOnly AdoptedOn { get; private set; }

    public string Note { get; private set; } = string.Empty;

    public void Edit(string municipalityKey, string municipalityName, DateOnly adoptedOn, string? note)
    {
        MunicipalityKey = municipalityKey;
        MunicipalityName = municipalityName.Trim();
        AdoptedOn = adoptedOn;
        Note = note?.Trim() ?? string.Empty;
    }
}
