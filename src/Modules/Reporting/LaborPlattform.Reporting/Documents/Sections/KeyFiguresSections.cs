using LaborPlattform.Projects.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Layout;
using LaborPlattform.Stakeholders.Contracts;

namespace LaborPlattform.Reporting.Documents.Sections;

/// <summary>
/// Lab progress report: key figures of the period – sub-projects by status and traffic light, milestones due, done and
/// overdue, organisations by sector, network sizes (Projects and Stakeholders Contracts).
/// </summary>
internal sealed class LabKeyFiguresSection : IReportSection
{
    public int Order => 50;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.LabProgress;

    public async ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var lab = scope.Lab ?? throw new ReportDataMissingException("Das Labor des Berichts gibt es nicht mehr.");
        var figures = await scope.Data.FiguresAsync(lab, cancellationToken);
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "Kennzahlen im Überblick"),
            new ParagraphBlock(figures.SubProjectCount == 0
                ? $"Im Berichtszeitraum {scope.Spec.Period.DisplayName} hatte das Labor kein Teilprojekt."
                : $"Im Berichtszeitraum {scope.Spec.Period.DisplayName} {(figures.SubProjectCount == 1 ? "hatte das Labor ein Teilprojekt" : $"hatte das Labor {Figures.Number(figures.SubProjectCount)} Teilprojekte")}: alle, deren geplante Laufzeit den Zeitraum berührt oder an denen im Zeitraum gearbeitet wurde."),
            KeyFigures.SummaryTable([figures], scope, programmeRows: [], acrossLabs: false),
        };
        blocks.AddRange(KeyFigures.StatusAndLights([figures], scope));
        blocks.AddRange(KeyFigures.Milestones([figures], scope));
        blocks.AddRange(KeyFigures.Organisations([figures], programme: false));
        blocks.AddRange(KeyFigures.Networks(figures, scope));
        return blocks;
    }
}

/// <summary>Programme report: the labs' key figures added up (Projects and Stakeholders Contracts, asked per lab).</summary>
internal sealed class ProgrammeKeyFiguresSection : IReportSection
{
    public int Order => 150;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.Programme;

    public async ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var blocks = new List<Block> { new HeadingBlock(1, "Kennzahlen der Labore") };
        if (scope.Labs.Count == 0)
        {
            blocks.Add(new ParagraphBlock("Im Berichtszeitraum wurde kein Labor gefördert."));
            return blocks;
        }

        var figures = await scope.Data.FiguresAsync(scope.Labs, cancellationToken);

        var counts = await scope.Data.SubProjectCountsAsync(scope.Labs.Select(l => l.Id).ToList(), cancellationToken);
        var allLabs = await scope.Data.AllLabsAsync(cancellationToken);
        var members = allLabs.SelectMany(l => l.Municipalities).Select(m => m.MunicipalityKey).ToHashSet(StringComparer.Ordinal);
        var outside = figures.SelectMany(f => f.Items).SelectMany(i => i.Transfers).Count(t => !members.Contains(t.MunicipalityKey));
        var total = figures.Sum(f => f.SubProjectCount);
        blocks.Add(new ParagraphBlock(
            $"Die Zahlen sind die Summen der {Figures.Number(scope.Labs.Count)} Labore im Berichtszeitraum {scope.Spec.Period.DisplayName}; jeder Fortschrittsbericht eines Labors zeigt dieselben Zahlen für sein Labor. Im Berichtszeitraum gab es {Figures.Number(total)} {(total == 1 ? "Teilprojekt" : "Teilprojekte")}; bis zum Ende des Zeitraums waren in diesen Laboren insgesamt {Figures.Number(counts.Total)} Teilprojekte erfasst."));
        blocks.Add(KeyFigures.SummaryTable(
            figures,
            scope,
            [
                ["Erfasste Teilprojekte bis zum Ende des Berichtszeitraums", Figures.Number(counts.Total)],
                ["davon Übernahmen durch Kommunen außerhalb der Labore", Figures.Number(outside)],
            ],
            acrossLabs: true));
        blocks.AddRange(KeyFigures.StatusAndLights(figures, scope));
        blocks.AddRange(KeyFigures.Milestones(figures, scope));
        blocks.AddRange(KeyFigures.Organisations(figures, programme: true));
        blocks.Add(new HeadingBlock(2, "Netzwerke"));
        var networks = figures.Sum(f => f.Networks.Count);
        blocks.Add(new ParagraphBlock(networks == 0
            ? "Die Labore haben keine Netzwerke erfasst."
            : $"Die Labore haben {Figures.Number(networks)} {(networks == 1 ? "Netzwerk" : "Netzwerke")} mit zusammen {Figures.Number(figures.Sum(f => f.NetworkMembersAtEnd))} Mitgliedern {Figures.AtEnd(scope.PeriodIsRunning, scope.DataEnd)}. Die Mitglieder je Labor zeigt der Vergleich der Labore."));
        return blocks;
    }
}

/// <summary>The blocks of the key figures, for one lab or added up over the labs of a programme.</summary>
internal static class KeyFigures
{
    /// <summary>
    /// The table of all key figures. Of <paramref name="programmeRows"/> the first comes first (sub-projects recorded in
    /// all), the second after the transfers (transfers to municipalities outside the labs).
    /// </summary>
    public static TableBlock SummaryTable(IReadOnlyList<LabFigures> labs, ReportScope scope, IReadOnlyList<IReadOnlyList<string>> programmeRows, bool acrossLabs)
    {
        var atEnd = Figures.AtEnd(scope.PeriodIsRunning, scope.DataEnd);
        var rows = new List<IReadOnlyList<string>>(programmeRows.Take(1))
        {
            new[] { "Teilprojekte im Berichtszeitraum", Figures.Number(labs.Sum(f => f.SubProjectCount)) },
            new[] { "davon laufend " + atEnd, Figures.Number(labs.Sum(f => f.WithStatus(SubProjectStatuses.Running))) },
        };
        rows.AddRange(
        [
            ["Fortschrittsmeldungen im Berichtszeitraum", Figures.Number(labs.Sum(f => f.ProgressUpdates))],
            ["Meilensteine im Berichtszeitraum fällig", Figures.Number(labs.Sum(f => f.MilestonesDue))],
            ["Meilensteine im Berichtszeitraum erledigt", Figures.Number(labs.Sum(f => f.MilestonesDone))],
            ["davon nach ihrem Fälligkeitstag", Figures.Number(labs.Sum(f => f.MilestonesDoneLate))],
            ["Meilensteine überfällig " + atEnd, Figures.Number(labs.Sum(f => f.MilestonesOverdue))],
            ["Übernahmen durch andere Kommunen (Transfer)", Figures.Number(labs.Sum(f => f.Transfers))],
        ]);
        rows.AddRange(programmeRows.Skip(1));
        rows.AddRange(
        [
            ["Erfahrungen und Erkenntnisse", Figures.Number(labs.Sum(f => f.Lessons))],
            [acrossLabs ? "Beteiligte Organisationen (Summe der Labore)" : "Beteiligte Organisationen", Figures.Number(labs.Sum(f => f.Organisations.Total))],
            ["davon neu im Berichtszeitraum", Figures.Number(labs.Sum(f => f.Organisations.NewInPeriod))],
            ["Netzwerke", Figures.Number(labs.Sum(f => f.Networks.Count))],
            ["Netzwerkmitglieder " + atEnd, Figures.Number(labs.Sum(f => f.NetworkMembersAtEnd))],
        ]);
        return new TableBlock([new TableColumn("Kennzahl", 3), new TableColumn("Wert", 1, CellAlignment.Right)], rows, FirstColumnIsRowHeader: true);
    }

    public static IEnumerable<Block> StatusAndLights(IReadOnlyList<LabFigures> labs, ReportScope scope)
    {
        var atEnd = Figures.AtEnd(scope.PeriodIsRunning, scope.DataEnd);
        var statuses = SubProjectStatuses.All.Select(s => (ReportTexts.SubProjectStatusName(s), labs.Sum(f => f.WithStatus(s)))).ToList();
        var lights = LabFigures.Lights.Select(l => (ReportTexts.TrafficLightName(l), labs.Sum(f => f.WithLight(l)))).ToList();
        yield return new HeadingBlock(2, "Teilprojekte nach Status und Ampel");
        yield return new ParagraphBlock($"Status {atEnd}; Ampel der letzten Fortschrittsmeldung bis zum Ende des Berichtszeitraums (auch einer älteren).", ParagraphKind.Small);
        yield return BarChart.Create("Teilprojekte nach Status " + atEnd, statuses, "Teilprojekte", showTitle: true);
        yield return new TableBlock(
            [new TableColumn("Status " + atEnd, 3), new TableColumn("Teilprojekte", 1, CellAlignment.Right)],
            statuses.Select(s => (IReadOnlyList<string>)[s.Item1, Figures.Number(s.Item2)]).ToList(),
            FirstColumnIsRowHeader: true);
        yield return BarChart.Create("Teilprojekte nach Ampel der letzten Fortschrittsmeldung", lights, "Teilprojekte", showTitle: true);
        yield return new TableBlock(
            [new TableColumn("Ampel", 3), new TableColumn("Teilprojekte", 1, CellAlignment.Right)],
            lights.Select(l => (IReadOnlyList<string>)[l.Item1, Figures.Number(l.Item2)]).ToList(),
            FirstColumnIsRowHeader: true);
    }

    public static IEnumerable<Block> Milestones(IReadOnlyList<LabFigures> labs, ReportScope scope)
    {
        var due = labs.Sum(f => f.MilestonesDue);
        var done = labs.Sum(f => f.MilestonesDone);
        var overdue = labs.Sum(f => f.MilestonesOverdue);
        yield return new HeadingBlock(2, "Meilensteine");
        yield return new ParagraphBlock(
            $"Im Berichtszeitraum {(due == 1 ? "war ein Meilenstein" : $"waren {Figures.Number(due)} Meilensteine")} fällig; {(done == 1 ? "ein Meilenstein wurde" : $"{Figures.Number(done)} Meilensteine wurden")} im Zeitraum erledigt, {Figures.Number(labs.Sum(f => f.MilestonesDoneLate))} davon nach ihrem Fälligkeitstag. Überfällig {Figures.AtEnd(scope.PeriodIsRunning, scope.DataEnd)}: {Figures.Number(overdue)} (offen, obwohl fällig, in Teilprojekten, die noch geplant, laufend oder pausiert sind).");
        yield return BarChart.Create(
            "Meilensteine im Berichtszeitraum",
            [("fällig", due), ("erledigt", done), ("überfällig", overdue)],
            "Meilensteine",
            showTitle: true);
    }

    public static IEnumerable<Block> Organisations(IReadOnlyList<LabFigures> labs, bool programme)
    {
        var total = labs.Sum(f => f.Organisations.Total);
        var sectors = Sectors.All
            .Select(s => (Figures.SectorName(s, labs.SelectMany(f => f.Organisations.BySector)), labs.Sum(f => f.SectorCount(s))))
            .ToList();
        yield return new HeadingBlock(2, "Beteiligte Organisationen nach Sektor");
        yield return new ParagraphBlock(programme
            ? $"In den Laboren waren im Berichtszeitraum {Figures.Number(total)} Organisationen beteiligt, {Figures.Number(labs.Sum(f => f.Organisations.NewInPeriod))} davon neu. Gezählt wird je Labor: eine Organisation, die in zwei Laboren mitwirkt, zählt in beiden."
            : total == 0
                ? "Im Berichtszeitraum war keine Organisation am Labor beteiligt."
                : $"Im Berichtszeitraum {(total == 1 ? "war eine Organisation" : $"waren {Figures.Number(total)} Organisationen")} am Labor beteiligt, {Figures.Number(labs.Sum(f => f.Organisations.NewInPeriod))} davon neu.");
        yield return BarChart.Create("Beteiligte Organisationen nach Sektor", sectors, "Organisationen", showTitle: true);
        yield return new TableBlock(
            [new TableColumn("Sektor", 3), new TableColumn("Organisationen", 1, CellAlignment.Right)],
            sectors.Select(s => (IReadOnlyList<string>)[s.Item1, Figures.Number(s.Item2)]).ToList(),
            FirstColumnIsRowHeader: true);
        if (!programme && labs.Count == 1 && labs[0].Organisations.ByRole.Count > 0)
        {
            yield return new TableBlock(
                [new TableColumn("Rolle im Labor", 3), new TableColumn("Organisationen", 1, CellAlignment.Right)],
                labs[0].Organisations.ByRole.Select(r => (IReadOnlyList<string>)[r.RoleName, Figures.Number(r.Count)]).ToList(),
                FirstColumnIsRowHeader: true);
            yield return new ParagraphBlock("Eine Organisation mit zwei Rollen zählt bei beiden.", ParagraphKind.Small);
        }
    }

    public static IEnumerable<Block> Networks(LabFigures figures, ReportScope scope)
    {
        var atEnd = Figures.AtEnd(scope.PeriodIsRunning, scope.DataEnd);
        yield return new HeadingBlock(2, "Netzwerke");
        if (figures.Networks.Count == 0)
        {
            yield return new ParagraphBlock("Das Labor hat keine Netzwerke erfasst.");
            yield break;
        }

        var from = scope.Data.NetworkFrom;
        yield return new ParagraphBlock(
            $"Das Labor hat {(figures.Networks.Count == 1 ? "ein Netzwerk" : $"{Figures.Number(figures.Networks.Count)} Netzwerke")} mit zusammen {Figures.Number(figures.NetworkMembersAtEnd)} Mitgliedern {atEnd}."
            + (from > scope.Spec.Period.Start ? $" Die Netzwerkgrößen beginnen am {Berlin.FormatDate(from)} (höchstens zehn Jahre)." : string.Empty));
        yield return new TableBlock(
            [
                new TableColumn("Netzwerk", 2.4), new TableColumn($"Mitglieder am {Berlin.FormatDate(from)}", 1.2, CellAlignment.Right),
                new TableColumn("Beitritte", 1, CellAlignment.Right), new TableColumn("Austritte", 1, CellAlignment.Right),
                new TableColumn($"Mitglieder am {Berlin.FormatDate(scope.DataEnd)}", 1.2, CellAlignment.Right),
            ],
            figures.Networks.Select(n => (IReadOnlyList<string>)
                [n.Name, Figures.Number(n.MembersAtStart), Figures.Number(n.Months.Sum(m => m.Joined)), Figures.Number(n.Months.Sum(m => m.Left)), Figures.Number(n.MembersAtEnd)]).ToList(),
            FirstColumnIsRowHeader: true);
        foreach (var network in figures.Networks)
        {
            yield return ColumnChart.Create(
                $"{network.Name}: Mitglieder am Monatsende",
                network.Months.Select(m => (MonthName(m.Year, m.Month), m.Members)).ToList(),
                "Mitglieder");
        }

        yield return new ParagraphBlock($"Mitglieder am letzten Tag jedes Monats (im letzten Monat am {Berlin.FormatDate(scope.DataEnd)}).", ParagraphKind.Small);
    }

    private static string MonthName(int year, int month) => new DateOnly(year, month, 1).ToString("MMM yyyy", Berlin.Culture);
}
