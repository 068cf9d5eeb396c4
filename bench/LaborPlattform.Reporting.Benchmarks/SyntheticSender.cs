using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Contracts;
using LaborPlattform.Shared.Time;
using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Workshops.Contracts;
using Mediator;
using WorkshopLabFigures = LaborPlattform.Workshops.Contracts.LabFigures;

namespace LaborPlattform.Reporting.Benchmarks;

/// <summary>
/// Answers the report sections' Contracts queries with synthetic data of realistic volume – per lab a number of
/// sub-projects (each with status changes, progress updates, six milestones, two indicators, a lesson learned and a
/// transfer), organisations by sector, two networks and a number of event dates (with outcomes, a few cancelled or
/// not logged; the statistics are computed from them as the Workshops module would) – so the benchmark runs the real
/// sections without a database. The data is a pure function of the lab's number: every run renders the same document.
/// </summary>
internal sealed class SyntheticSender(IReadOnlyList<LabDto> labs, int subProjectsPerLab, int workshopsPerLab) : ISender
{
    private static readonly (string Key, string Name)[] Formats =
        [(WorkshopFormats.Course, "Kurs"), (WorkshopFormats.ConsultationHour, "Sprechstunde"), (WorkshopFormats.Talk, "Vortrag"), (WorkshopFormats.CoCreationWorkshop, "Co-Creation-Workshop")];

    private static readonly ThemeReference[] Themes = SyntheticProgramme.Themes.Select(t => new ThemeReference(t.Id, t.Key, t.Name)).ToArray();

    public ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default) => query switch
    {
        GetSubProjectReport q => Answer<TResponse>(SubProjects(q)),
        GetInvolvedOrganisationCounts q => Answer<TResponse>(Organisations(q)),
        GetNetworkSizes q => Answer<TResponse>(Networks(q)),
        GetSubProjectCounts q => Answer<TResponse>(Counts(q)),
        GetOrganisationsByIds q => Answer<TResponse>((IReadOnlyList<OrganisationSummary>)q.Ids.Select(id => new OrganisationSummary(id, $"Organisation {id.ToString()[..8]}", Sectors.CivilSociety, OrganisationKinds.Association)).ToList()),
        GetLabs => Answer<TResponse>(labs),
        GetLabWorkshopOccurrences q => Answer<TResponse>(new WorkshopOccurrenceReport(q.LabId, q.From, q.To, Occurrences(q.LabId, q.From, q.To))),
        GetWorkshopStatistics q => Answer<TResponse>(Statistics(q)),
        GetLabSubProjects q => Answer<TResponse>((IReadOnlyList<SubProjectSummary>)Enumerable.Range(1, subProjectsPerLab)
            .Select(p => new SubProjectSummary(Id(LabNumber(q.LabId), p, 1), q.LabId, Title(p), SubProjectStatuses.Running, false, false, [])).ToList()),
        _ => throw new NotSupportedException($"The benchmark does not answer {query.GetType().Name}."),
    };

    public ValueTask<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<object?> Send(object message, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamQuery<TResponse> query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamRequest<TResponse> request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamCommand<TResponse> command, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<object?> CreateStream(object message, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    private static ValueTask<TResponse> Answer<TResponse>(object value) => ValueTask.FromResult((TResponse)value);

    private static Guid Id(int lab, int item, int part) => new(lab, (short)item, (short)part, [0x80, 0, 0, 0, 0, 0, 0, 9]);

    private int LabNumber(Guid labId) => labs.Select((l, i) => (l, i)).First(x => x.l.Id == labId).i + 1;

    private SubProjectReport SubProjects(GetSubProjectReport q)
    {
        var lab = labs.First(l => l.Id == q.LabId);
        var n = LabNumber(q.LabId);
        var items = Enumerable.Range(1, subProjectsPerLab).Select(p => SubProject(lab, n, p, q.From, q.To)).ToList();
        return new SubProjectReport(q.LabId, q.From, q.To, items);
    }

    private static SubProjectReportItem SubProject(LabDto lab, int n, int p, DateOnly from, DateOnly to)
    {
        var status = (p % 5) switch { 0 => SubProjectStatuses.Completed, 1 => SubProjectStatuses.Planned, 4 => SubProjectStatuses.Paused, _ => SubProjectStatuses.Running };
        var light = (p % 4) switch { 0 => TrafficLights.AtRisk, 3 => TrafficLights.Critical, _ => TrafficLights.OnTrack };
        var days = to.DayNumber - from.DayNumber;
        DateOnly Day(int k) => from.AddDays(Math.Min(days, k * days / 7));
        var updates = Enumerable.Range(1, 3).Select(u => new ProgressUpdateRecord(
            Id(n, p, 100 + u), Day(u * 2), $"Im Teilprojekt {p} fanden {u * 3} Smartphone-Sprechstunden in den Begegnungsstätten statt; {u * 11} Seniorinnen und Senioren nahmen teil. Die Ehrenamtlichen wurden geschult, die Termine stehen im Veranstaltungskalender.",
            20 * u, u == 3 ? light : TrafficLights.OnTrack, u == 3 && light != TrafficLights.OnTrack ? "Eine Kursleitung ist ausgefallen; Ersatz wird gesucht." : string.Empty,
            "Synthetische Person", new DateTimeOffset(Day(u * 2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))).ToList();
        var milestones = Enumerable.Range(1, 6).Select(m =>
        {
            var due = from.AddDays((m - 2) * days / 4);
            var done = m % 3 != 0 && due <= to ? due.AddDays(m % 2 == 0 ? 3 : -2) : (DateOnly?)null;
            done = done > to ? null : done;
            return new MilestoneRecord(Id(n, p, 200 + m), $"Meilenstein {m}: {(m % 2 == 0 ? "Kursreihe in der Begegnungsstätte abgeschlossen" : "Konzept mit den Kommunen abgestimmt")}", due, done,
                due >= from && due <= to, done is { } d && d >= from, done is { } late && late > due, done is null && due <= to && status is SubProjectStatuses.Planned or SubProjectStatuses.Running or SubProjectStatuses.Paused);
        }).ToList();
        var indicators = new List<IndicatorRecord>
        {
            new(Id(n, p, 301), "Kursteilnahmen 70+", "Teilnahmen", IndicatorKinds.Cumulative, 0, 300,
                [new(Id(n, p, 311), Day(2), 40, "Kursreihe Frühjahr"), new(Id(n, p, 312), Day(5), 35, "Kursreihe Sommer")], 60, 135, 45.0m),
            new(Id(n, p, 302), "Partnerorganisationen im Netzwerk", "Organisationen", IndicatorKinds.Snapshot, 10, 40,
                [new(Id(n, p, 321), Day(4), 22 + p % 10, string.Empty)], 18, 22 + p % 10, Math.Round((12 + p % 10) * 100m / 30, 1)),
        };
        return new SubProjectReportItem(
            Id(n, p, 1),
            Title(p),
            "Ältere Menschen nutzen digitale Angebote der Verwaltung sicher und selbstständig; die Begegnungsstätten bieten dauerhaft Kurse und Sprechstunden an.",
            "Gemeinsam mit den Begegnungsstätten, der Volkshochschule und Ehrenamtlichen werden Smartphone-Kurse, Vorträge zum Online-Banking und offene Sprechstunden angeboten und ausgewertet.",
            p % 2 == 0,
            string.Empty,
            new DateOnly(2025, 1, 1),
            new DateOnly(2027, 6, 30),
            [Themes[p % Themes.Length]],
            ["Senior:innen ab 70", "Ehrenamtliche"],
            lab.Municipalities.Take(2).Select(m => new MunicipalityReference(m.MunicipalityKey, m.Name)).ToList(),
            [OpenGovernmentPrinciples.Participation, OpenGovernmentPrinciples.Collaboration],
            [Id(n, 0, 900 + p % 3), Id(n, 0, 903)],
            status == SubProjectStatuses.Planned ? SubProjectStatuses.Planned : SubProjectStatuses.Running,
            status,
            status is SubProjectStatuses.Running or SubProjectStatuses.Planned ? [] : [new StatusChangeRecord(SubProjectStatuses.Running, status, new DateTimeOffset(Day(3).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), Day(3), "Nach Abstimmung im Lenkungskreis.", "Synthetische Person")],
            milestones,
            updates,
            updates[^1],
            indicators,
            [new LessonLearnedRecord(Id(n, p, 401), Day(6), "Kleine Gruppen und feste Termine in vertrauter Umgebung.", "Abendtermine wurden kaum angenommen.", "Früh mit den Begegnungsstätten planen und Ehrenamtliche schulen.")],
            [new TransferRecord(Id(n, p, 501), $"09{n:000}{p:000}", $"Gemeinde Nachbarort {n}-{p}", Day(5), "Kurskonzept und Materialien übernommen.")],
            false);
    }

    private static string Title(int p) =>
        $"Teilprojekt {p:00}: {(p % 3) switch { 0 => "Digitale Sprechstunden für Seniorinnen und Senioren", 1 => "Offene Ratsinformation im Quartier", _ => "Energie-Bürgerrat und Beteiligung" }}";

    /// <summary>The lab's event dates spread over the period: every 25th cancelled, every 10th still without outcome, every 7th online.</summary>
    private List<WorkshopOccurrenceRecord> Occurrences(Guid labId, DateOnly from, DateOnly to)
    {
        var n = LabNumber(labId);
        var days = to.DayNumber - from.DayNumber + 1;
        return Enumerable.Range(0, workshopsPerLab).Select(w =>
        {
            var date = from.AddDays(w * days / workshopsPerLab);
            var (format, formatName) = Formats[w % Formats.Length];
            var cancelled = w % 25 == 24;
            var logged = !cancelled && w % 10 != 9;
            var total = 5 + w % 20;
            var online = w % 7 == 6;
            var series = w % 3 == 0;
            var start = new TimeOnly(9 + w % 8, 0);
            return new WorkshopOccurrenceRecord(
                Id(n, w, 700), series ? Id(n, w % 12, 701) : Id(n, w, 702),
                series ? $"Smartphone-Sprechstunde in der Begegnungsstätte {w % 12 + 1}" : $"Veranstaltung {w + 1}: Beteiligung im Quartier",
                format, formatName, ["Üben am eigenen Gerät"],
                date, start, date, start.AddHours(2), Berlin.ToInstant(date, start), Berlin.ToInstant(date, start.AddHours(2)),
                w % 5 != 4, cancelled, false, series,
                w % 4 == 0 ? Id(n, 1 + w % subProjectsPerLab, 1) : null,
                online ? VenueKinds.Online : VenueKinds.Address, online ? "Online" : $"Begegnungsstätte {w % 12 + 1}", online ? null : $"Stadt {n}", online ? null : $"09{n:000}000",
                logged ? new ParticipantFigures(total, w % 2 == 0 ? new AgeBandCounts(1, 2, total / 3, total - 3 - total / 3, 0) : null,
                    new SectorCounts(1, 2, 0, 0, 1, total - 5, 1), w % 2 == 0 ? total / 4 : null, 1 + w % 3) : null,
                logged ? new ResultCounts(w % 6, w % 2, w % 3) : null);
        }).ToList();
    }

    /// <summary>The statistics, computed from <see cref="Occurrences"/> as the Workshops module computes them.</summary>
    private WorkshopStatistics Statistics(GetWorkshopStatistics q)
    {
        var labIds = (q.LabIds ?? labs.Select(l => l.Id).ToList()).Order().ToList();
        var all = labIds.SelectMany(id => Occurrences(id, q.From, q.To).Select(o => (LabId: id, Occurrence: o))).ToList();
        var held = all.Where(x => !x.Occurrence.IsCancelled).ToList();
        var logged = held.Where(x => x.Occurrence.Participants is not null).Select(x => x.Occurrence).ToList();
        int Participants(IEnumerable<WorkshopOccurrenceRecord> list) => list.Sum(o => o.Participants?.Total ?? 0);
        List<FormatFigures> ByFormat(IEnumerable<WorkshopOccurrenceRecord> list) => list
            .GroupBy(o => (o.Format, o.FormatName))
            .Select(g => new FormatFigures(g.Key.Format, g.Key.FormatName, g.Count(), Participants(g)))
            .OrderByDescending(f => f.Events).ThenBy(f => f.FormatName, StringComparer.Ordinal).ToList();
        var months = new List<MonthFigures>();
        for (var m = new DateOnly(q.From.Year, q.From.Month, 1); m <= q.To; m = m.AddMonths(1))
        {
            var inMonth = held.Select(x => x.Occurrence).Where(o => o.Date.Year == m.Year && o.Date.Month == m.Month).ToList();
            months.Add(new MonthFigures(m.Year, m.Month, inMonth.Count, Participants(inMonth), ByFormat(inMonth)));
        }

        var ages = logged.Aggregate(AgeBandCounts.Zero, (sum, o) => sum.Plus(o.Participants!.ByAgeBand ?? new AgeBandCounts(0, 0, 0, 0, o.Participants.Total)));
        var sectors = logged.Aggregate(SectorCounts.Zero, (sum, o) => sum.Plus(o.Participants!.BySector ?? new SectorCounts(0, 0, 0, 0, 0, 0, o.Participants.Total)));
        return new WorkshopStatistics(
            q.LabIds, q.From, q.To, held.Count, all.Count - held.Count, held.Count(x => x.Occurrence.IsPublic), logged.Count,
            held.Count == 0 ? null : Math.Round(logged.Count * 100m / held.Count, 1),
            Participants(logged), logged.Sum(o => o.Participants!.FirstTimeDigitalUsers ?? 0), labIds.Count * 12, ages, sectors,
            new ResultCounts(logged.Sum(o => o.Results!.IdeasCollected), logged.Sum(o => o.Results!.Decisions), logged.Sum(o => o.Results!.FollowUps)),
            held.Where(x => x.Occurrence.IsPartOfSeries).Select(x => x.Occurrence.WorkshopId).Distinct().Count(),
            held.Count(x => x.Occurrence.IsPartOfSeries),
            ByFormat(held.Select(x => x.Occurrence)),
            months,
            held.GroupBy(x => x.LabId).OrderBy(g => g.Key)
                .Select(g => new WorkshopLabFigures(g.Key, g.Count(), g.Count(x => x.Occurrence.Participants is not null), Participants(g.Select(x => x.Occurrence)))).ToList());
    }

    private static InvolvedOrganisationCounts Organisations(GetInvolvedOrganisationCounts q)
    {
        string[] names = ["Politik", "Verwaltung", "Zivilgesellschaft", "Wissenschaft", "Wirtschaft", "Medien"];
        var sectors = Sectors.All.Select((s, i) => new SectorCount(s, names[i], 3 + i * 2)).ToList();
        return new InvolvedOrganisationCounts(q.LabId, q.From, q.To, sectors.Sum(s => s.Count), 4, sectors, [new RoleCount(InvolvementRoles.NetworkPartner, "Netzwerkpartner", 20)]);
    }

    private static List<NetworkSize> Networks(GetNetworkSizes q)
    {
        var months = new List<(int Year, int Month)>();
        for (var m = new DateOnly(q.From.Year, q.From.Month, 1); m <= q.To; m = m.AddMonths(1))
        {
            months.Add((m.Year, m.Month));
        }

        return Enumerable.Range(1, 2).Select(k => new NetworkSize(
            Id(0, k, 600), k == 1 ? "Digitalambulanzen" : "Netzwerk Bürgerbeteiligung",
            30 + k, 30 + k + months.Count,
            months.Select((m, i) => new NetworkSizeMonth(m.Year, m.Month, 31 + k + i, 2, 1)).ToList())).ToList();
    }

    private SubProjectCounts Counts(GetSubProjectCounts q)
    {
        var ids = q.LabIds ?? labs.Select(l => l.Id).ToList();
        var total = ids.Count * subProjectsPerLab;
        return new SubProjectCounts(
            total,
            SubProjectStatuses.All.Select(s => new StatusCount(s, total / 5)).ToList(),
            Themes.Select(t => new ThemeCount(t.Id, t.Key, t.Name, total / Themes.Length)).ToList(),
            0,
            ids.Order().Select(id => new LabSubProjectCounts(id, subProjectsPerLab, SubProjectStatuses.All.Select(s => new StatusCount(s, subProjectsPerLab / 5)).ToList())).ToList());
    }
}
