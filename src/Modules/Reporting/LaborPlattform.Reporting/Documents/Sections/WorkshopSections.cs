using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Layout;
using LaborPlattform.Workshops.Contracts;

namespace LaborPlattform.Reporting.Documents.Sections;

/// <summary>
/// Lab progress report: the lab's events in the period – dates held, cancelled, with outcome, participants, first-time
/// digital users, organisations, by month, format, age band and sector, series (Workshops: GetWorkshopStatistics).
/// </summary>
internal sealed class LabWorkshopsSection : IReportSection
{
    public int Order => 60;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.LabProgress;

    public async ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var lab = scope.Lab ?? throw new ReportDataMissingException("Das Labor des Berichts gibt es nicht mehr.");
        var statistics = await scope.Data.WorkshopStatisticsAsync([lab.Id], cancellationToken);
        return WorkshopFigures.Blocks(statistics, scope, programme: false);
    }
}

/// <summary>Programme report: the events of all labs in scope, added up (Workshops: GetWorkshopStatistics for those labs).</summary>
internal sealed class ProgrammeWorkshopsSection : IReportSection
{
    public int Order => 160;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.Programme;

    public async ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        if (scope.Labs.Count == 0)
        {
            return [new HeadingBlock(1, "Veranstaltungen der Labore"), new ParagraphBlock("Im Berichtszeitraum wurde kein Labor gefördert.")];
        }

        var statistics = await scope.Data.WorkshopStatisticsAsync(scope.Labs.Select(l => l.Id).ToList(), cancellationToken);
        return WorkshopFigures.Blocks(statistics, scope, programme: true);
    }
}

/// <summary>
/// Programme report, within the comparison of labs: events, events with outcome and participants per lab (Workshops:
/// <see cref="WorkshopStatistics.ByLab"/>).
/// </summary>
internal sealed class LabComparisonWorkshopsSection : IReportSection
{
    public int Order => 250;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.Programme;

    public async ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        if (scope.Labs.Count == 0)
        {
            return [];
        }

        var statistics = await scope.Data.WorkshopStatisticsAsync(scope.Labs.Select(l => l.Id).ToList(), cancellationToken);
        var byLab = statistics.ByLab.ToDictionary(l => l.LabId);
        return
        [
            new HeadingBlock(2, "Veranstaltungen"),
            new ParagraphBlock($"Veranstaltungstermine {WorkshopFigures.Range(scope)} (abgesagte nicht gezählt), davon mit erfasstem Ergebnis, und ihre Teilnehmenden.", ParagraphKind.Small),
            new TableBlock(
                [
                    new TableColumn("Labor", 2.2), new TableColumn("Termine", 1, CellAlignment.Right),
                    new TableColumn("mit Ergebnis", 1, CellAlignment.Right), new TableColumn("Teilnehmende", 1.1, CellAlignment.Right),
                ],
                scope.Labs.Select(l => WorkshopFigures.LabRow(l.Name, byLab.GetValueOrDefault(l.Id))).ToList(),
                FirstColumnIsRowHeader: true,
                Compact: true),
        ];
    }
}

/// <summary>
/// Lab progress report, annex: every date of the lab's events in the period, cancelled ones included (Workshops:
/// GetLabWorkshopOccurrences; sub-project titles from Projects: GetLabSubProjects).
/// </summary>
internal sealed class WorkshopAnnexSection : IReportSection
{
    public int Order => 950;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.LabProgress;

    public async ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var lab = scope.Lab ?? throw new ReportDataMissingException("Das Labor des Berichts gibt es nicht mehr.");
        var occurrences = (await scope.Data.WorkshopOccurrencesAsync(lab.Id, cancellationToken)).Occurrences;
        var blocks = new List<Block> { new PageBreakBlock(), new HeadingBlock(1, "Anhang: Veranstaltungen") };
        if (occurrences.Count == 0)
        {
            blocks.Add(new ParagraphBlock($"Das Labor hatte {WorkshopFigures.Range(scope)} keine Veranstaltungstermine."));
            return blocks;
        }

        var titles = occurrences.Any(o => o.SubProjectId is not null)
            ? await scope.Data.SubProjectTitlesAsync(lab.Id, cancellationToken)
            : new Dictionary<Guid, string>();
        var cancelled = occurrences.Count(o => o.IsCancelled);
        blocks.Add(new ParagraphBlock(
            $"Alle {Figures.Number(occurrences.Count)} Termine der Veranstaltungen des Labors {WorkshopFigures.Range(scope)}, nach Beginn geordnet; {Figures.Number(cancelled)} davon abgesagt. Zeiten in deutscher Ortszeit; Teilnehmende laut erfasstem Ergebnis."));
        blocks.Add(new TableBlock(
            [
                new TableColumn("Datum, Zeit", 1.15), new TableColumn("Veranstaltung, Format", 2.5), new TableColumn("Ort", 1.8),
                new TableColumn("Teilnehmende", 1.25, CellAlignment.Right), new TableColumn("Teilprojekt", 2),
            ],
            occurrences.Select(o => (IReadOnlyList<string>)
                [
                    $"{Berlin.FormatDate(o.Date)}\n{Time(o)}",
                    $"{o.Title}\n{o.FormatName}",
                    Place(o),
                    Participants(o, scope.Data),
                    o.SubProjectId is { } id ? titles.GetValueOrDefault(id, "unbekanntes Teilprojekt") : "–",
                ]).ToList(),
            Compact: true));
        return blocks;
    }

    private static string Time(WorkshopOccurrenceRecord o)
    {
        var start = o.StartTime.ToString("HH:mm", Berlin.Culture);
        return o.EndDate == o.Date ? $"{start}–{o.EndTime.ToString("HH:mm", Berlin.Culture)}" : start;
    }

    private static string Place(WorkshopOccurrenceRecord o) =>
        o.VenueKind == VenueKinds.Online ? "Online"
        : string.IsNullOrWhiteSpace(o.City) || o.VenueName.Contains(o.City, StringComparison.Ordinal) ? o.VenueName
        : $"{o.VenueName}, {o.City}";

    /// <summary>The participants, or why there are none: cancelled, not begun by the as-of instant, or outcome not logged.</summary>
    private static string Participants(WorkshopOccurrenceRecord o, ReportData data) => o switch
    {
        { IsCancelled: true } => "abgesagt",
        _ when !data.IsHeld(o) => "geplant",
        { Participants: { } p } => Figures.Number(p.Total),
        _ => "Ergebnis fehlt",
    };
}

/// <summary>The blocks of the workshop figures, for one lab or added up over the labs of a programme.</summary>
internal static class WorkshopFigures
{
    /// <summary>"im Berichtszeitraum 2. Quartal 2040", or "vom 01.04.2040 bis zum 02.07.2040 (Datenstand)".</summary>
    public static string Range(ReportScope scope)
    {
        var from = scope.Data.WorkshopsFrom;
        if (!scope.PeriodIsRunning && from == scope.Spec.Period.Start)
        {
            return $"im Berichtszeitraum {scope.Spec.Period.DisplayName}";
        }

        return $"vom {Berlin.FormatDate(from)} bis zum {Berlin.FormatDate(scope.Data.WorkshopsTo)}{(scope.PeriodIsRunning ? " (Datenstand)" : string.Empty)}";
    }

    public static IReadOnlyList<string> LabRow(string name, LaborPlattform.Workshops.Contracts.LabFigures? figures) =>
        [name, Figures.Number(figures?.Events ?? 0), Figures.Number(figures?.EventsWithOutcome ?? 0), Figures.Number(figures?.Participants ?? 0)];

    /// <summary>The small table of one lab's events for the lab pages of the programme report.</summary>
    public static TableBlock LabPageTable(LaborPlattform.Workshops.Contracts.LabFigures? figures) => new(
        [new TableColumn("Kennzahl", 3), new TableColumn("Wert", 1, CellAlignment.Right)],
        [
            ["Veranstaltungstermine", Figures.Number(figures?.Events ?? 0)],
            ["davon mit erfasstem Ergebnis", Figures.Number(figures?.EventsWithOutcome ?? 0)],
            ["Teilnehmende", Figures.Number(figures?.Participants ?? 0)],
        ],
        FirstColumnIsRowHeader: true);

    public static IReadOnlyList<Block> Blocks(WorkshopStatistics s, ReportScope scope, bool programme)
    {
        var range = Range(scope);
        var who = programme ? "Die Labore hatten" : "Das Labor hatte";
        var blocks = new List<Block> { new HeadingBlock(1, programme ? "Veranstaltungen der Labore" : "Veranstaltungen") };
        if (s.Events == 0)
        {
            blocks.Add(new ParagraphBlock(s.CancelledEvents == 0
                ? $"{who} {range} keine Veranstaltungstermine."
                : $"{who} {range} keine Veranstaltungstermine, die stattfanden; {(s.CancelledEvents == 1 ? "ein Termin wurde" : $"{Figures.Number(s.CancelledEvents)} Termine wurden")} abgesagt."));
            return blocks;
        }

        blocks.Add(new ParagraphBlock(
            $"{who} {range} {(s.Events == 1 ? "einen Veranstaltungstermin" : $"{Figures.Number(s.Events)} Veranstaltungstermine")}; "
            + s.CancelledEvents switch { 0 => "kein Termin wurde abgesagt. ", 1 => "ein weiterer Termin wurde abgesagt. ", _ => $"{Figures.Number(s.CancelledEvents)} weitere Termine wurden abgesagt. " }
            + $"Für {(s.EventsWithOutcome == 1 ? "einen Termin" : $"{Figures.Number(s.EventsWithOutcome)} Termine")} ({Figures.Percent(s.OutcomeLoggedPercent)}) ist das Ergebnis erfasst"
            + (s.EventsWithOutcome == 0 ? "." : $"; an {(s.EventsWithOutcome == 1 ? "ihm" : "ihnen")} {(s.Participants == 1 ? "nahm ein Mensch" : $"nahmen {Figures.Number(s.Participants)} Menschen")} teil.")));
        blocks.Add(new ParagraphBlock(
            "Jeder Termin zählt einzeln, auch jeder Termin einer Reihe; abgesagte Termine zählen nur als abgesagt. Teilnehmende, Altersgruppen, Sektoren und Organisationen stammen aus den erfassten Ergebnissen: Termine ohne erfasstes Ergebnis zählen dort nicht mit."
            + (programme ? " Organisationen sind über alle Labore verschieden gezählt: eine Organisation, die bei zwei Laboren teilnahm, zählt einmal." : string.Empty),
            ParagraphKind.Small));
        blocks.Add(new TableBlock(
            [new TableColumn("Kennzahl", 3), new TableColumn("Wert", 1, CellAlignment.Right)],
            [
                ["Veranstaltungstermine", Figures.Number(s.Events)],
                ["davon öffentlich", Figures.Number(s.PublicEvents)],
                ["davon Termine von Veranstaltungsreihen", Figures.Number(s.SeriesEvents)],
                ["Veranstaltungsreihen", Figures.Number(s.Series)],
                ["Abgesagte Termine", Figures.Number(s.CancelledEvents)],
                ["Termine mit erfasstem Ergebnis", Figures.Number(s.EventsWithOutcome)],
                ["Anteil der Termine mit erfasstem Ergebnis", Figures.Percent(s.OutcomeLoggedPercent)],
                ["Teilnehmende", Figures.Number(s.Participants)],
                ["davon erstmals ein digitales Angebot genutzt", Figures.Number(s.FirstTimeDigitalUsers)],
                ["Teilnehmende Organisationen", Figures.Number(s.Organisations)],
                ["Gesammelte Ideen", Figures.Number(s.Results.IdeasCollected)],
                ["Entscheidungen", Figures.Number(s.Results.Decisions)],
                ["Vereinbarte nächste Schritte", Figures.Number(s.Results.FollowUps)],
            ],
            FirstColumnIsRowHeader: true));

        blocks.Add(new HeadingBlock(2, "Termine und Teilnehmende nach Monat"));
        blocks.Add(ColumnChart.Create("Veranstaltungstermine je Monat", s.ByMonth.Select(m => (MonthName(m), m.Events)).ToList(), "Termine"));
        blocks.Add(ColumnChart.Create("Teilnehmende je Monat", s.ByMonth.Select(m => (MonthName(m), m.Participants)).ToList(), "Teilnehmende"));
        blocks.Add(new TableBlock(
            [new TableColumn("Monat", 2), new TableColumn("Termine", 1, CellAlignment.Right), new TableColumn("Teilnehmende", 1, CellAlignment.Right)],
            s.ByMonth.Select(m => (IReadOnlyList<string>)[MonthName(m), Figures.Number(m.Events), Figures.Number(m.Participants)]).ToList(),
            FirstColumnIsRowHeader: true));

        blocks.Add(new HeadingBlock(2, "Termine und Teilnehmende nach Format"));
        blocks.Add(BarChart.Create("Veranstaltungstermine nach Format", s.ByFormat.Select(f => (f.FormatName, f.Events)).ToList(), "Termine", showTitle: true));
        blocks.Add(new TableBlock(
            [new TableColumn("Format", 2), new TableColumn("Termine", 1, CellAlignment.Right), new TableColumn("Teilnehmende", 1, CellAlignment.Right)],
            s.ByFormat.Select(f => (IReadOnlyList<string>)[f.FormatName, Figures.Number(f.Events), Figures.Number(f.Participants)]).ToList(),
            FirstColumnIsRowHeader: true));

        var ages = AgeBands(s.ParticipantsByAgeBand);
        blocks.Add(new HeadingBlock(2, "Teilnehmende nach Altersgruppe"));
        blocks.Add(BarChart.Create("Teilnehmende nach Altersgruppe", ages, "Teilnehmende", showTitle: true));
        blocks.Add(new TableBlock(
            [new TableColumn("Altersgruppe", 3), new TableColumn("Teilnehmende", 1, CellAlignment.Right)],
            ages.Select(a => (IReadOnlyList<string>)[a.Label, Figures.Number(a.Value)]).ToList(),
            FirstColumnIsRowHeader: true));

        var sectors = Sectors(s.ParticipantsBySector);
        blocks.Add(new HeadingBlock(2, "Teilnehmende nach Sektor"));
        blocks.Add(BarChart.Create("Teilnehmende nach Sektor", sectors, "Teilnehmende", showTitle: true));
        blocks.Add(new TableBlock(
            [new TableColumn("Sektor", 3), new TableColumn("Teilnehmende", 1, CellAlignment.Right)],
            sectors.Select(a => (IReadOnlyList<string>)[a.Label, Figures.Number(a.Value)]).ToList(),
            FirstColumnIsRowHeader: true));
        blocks.Add(new ParagraphBlock("„ohne Angabe“: Teilnehmende, für die das Ergebnis keine Altersgruppe oder keinen Sektor nennt.", ParagraphKind.Small));
        return blocks;
    }

    private static string MonthName(MonthFigures m) => new DateOnly(m.Year, m.Month, 1).ToString("MMM yyyy", Berlin.Culture);

    private static List<(string Label, int Value)> AgeBands(AgeBandCounts a) =>
        [("unter 30", a.Under30), ("30 bis 49", a.From30To49), ("50 bis 69", a.From50To69), ("70 und älter", a.Age70AndOver), ("ohne Angabe", a.NotStated)];

    private static List<(string Label, int Value)> Sectors(SectorCounts c) =>
    [
        ("Verwaltung", c.Administration), ("Zivilgesellschaft", c.CivilSociety), ("Politik", c.Politics), ("Wissenschaft", c.Academia),
        ("Wirtschaft", c.Business), ("Bürgerinnen und Bürger", c.Citizens), ("ohne Angabe", c.NotStated),
    ];
}
