using LaborPlattform.Projects.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Layout;

namespace LaborPlattform.Reporting.Documents.Sections;

/// <summary>
/// Lab progress report: one part per sub-project – goal, status history, progress updates in the period, milestones,
/// indicators with target attainment, lessons learned and transfer (Projects: GetSubProjectReport; responsible
/// organisations named by Stakeholders). Names of staff are left out: the report states what happened, not who typed it.
/// </summary>
internal sealed class SubProjectsSection : IReportSection
{
    public int Order => 200;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.LabProgress;

    public async ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var lab = scope.Lab ?? throw new ReportDataMissingException("Das Labor des Berichts gibt es nicht mehr.");
        var figures = await scope.Data.FiguresAsync(lab, cancellationToken);
        var organisations = await scope.Data.OrganisationNamesAsync(figures.Items.SelectMany(i => i.ResponsibleOrganisationIds), cancellationToken);
        var blocks = new List<Block> { new HeadingBlock(1, "Teilprojekte") };
        if (figures.Items.Count == 0)
        {
            blocks.Add(new ParagraphBlock("Im Berichtszeitraum hatte das Labor kein Teilprojekt."));
            return blocks;
        }

        blocks.Add(new ParagraphBlock($"Stand {Figures.AtEnd(scope.PeriodIsRunning, scope.DataEnd)}; Fortschritt und Ampel aus der letzten Fortschrittsmeldung bis zum Ende des Berichtszeitraums."));
        blocks.Add(OverviewTable(figures.Items));
        foreach (var item in figures.Items)
        {
            blocks.AddRange(SubProject(item, figures, organisations));
        }

        return blocks;
    }

    /// <summary>One row per sub-project: status, traffic light, percent complete, milestones done and due in the period.</summary>
    public static TableBlock OverviewTable(IReadOnlyList<SubProjectReportItem> items, bool compact = false) => new(
        [
            new TableColumn("Teilprojekt", 3), new TableColumn("Status", 1.2), new TableColumn("Ampel", 1.4),
            new TableColumn("Fortschritt", 1, CellAlignment.Right), new TableColumn("Meilensteine erledigt / fällig", 1.3, CellAlignment.Right),
        ],
        items.Select(i => (IReadOnlyList<string>)
            [
                i.Title,
                ReportTexts.SubProjectStatusName(i.StatusAtEnd),
                ReportTexts.TrafficLightName(i.LatestProgressAtEnd?.TrafficLight),
                i.LatestProgressAtEnd is { } latest ? $"{Figures.Number(latest.PercentComplete)} %" : "–",
                $"{Figures.Number(i.Milestones.Count(m => m.CompletedInPeriod))} / {Figures.Number(i.Milestones.Count(m => m.DueInPeriod))}",
            ]).ToList(),
        FirstColumnIsRowHeader: true,
        Compact: compact);

    private static IEnumerable<Block> SubProject(SubProjectReportItem item, LabFigures figures, IReadOnlyDictionary<Guid, string> organisations)
    {
        yield return new HeadingBlock(2, item.Title);
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "Ziel", item.Goal },
        };
        if (!string.IsNullOrWhiteSpace(item.Description))
        {
            rows.Add(["Beschreibung", item.Description]);
        }

        rows.AddRange(
        [
            ["Laufzeit", $"{Berlin.FormatDate(item.StartDate)} – {Berlin.FormatDate(item.PlannedEnd)} (geplant)"],
            ["Status zu Beginn", ReportTexts.SubProjectStatusName(item.StatusAtStart)],
            ["Status am Ende", ReportTexts.SubProjectStatusName(item.StatusAtEnd)],
            ["Themen", List(item.Themes.Select(t => t.Name))],
            ["Zielgruppen", List(item.TargetGroups)],
            ["Beteiligte Kommunen", List(item.Municipalities.Select(m => $"{m.Name} ({m.MunicipalityKey})"))],
            ["Open-Government-Prinzipien", List(item.Principles.Select(ReportTexts.PrincipleName))],
            ["Verantwortliche Organisationen", List(item.ResponsibleOrganisationIds.Select(id => organisations.GetValueOrDefault(id, "unbekannte Organisation")).Order(StringComparer.Create(Berlin.Culture, false)))],
        ]);
        yield return new TableBlock([new TableColumn("Angabe", 1.1), new TableColumn("Wert", 3)], rows, FirstColumnIsRowHeader: true);

        yield return new HeadingBlock(3, "Statusverlauf im Berichtszeitraum");
        if (item.StatusChanges.Count == 0)
        {
            yield return new ParagraphBlock($"Keine Statusänderung im Berichtszeitraum; Status: {ReportTexts.SubProjectStatusName(item.StatusAtEnd)}.");
        }
        else
        {
            yield return new TableBlock(
                [new TableColumn("Datum", 1), new TableColumn("von", 1), new TableColumn("nach", 1), new TableColumn("Begründung", 3)],
                item.StatusChanges.Select(c => (IReadOnlyList<string>)
                    [Berlin.FormatDate(c.ChangedOn), c.From is null ? "neu erfasst" : ReportTexts.SubProjectStatusName(c.From), ReportTexts.SubProjectStatusName(c.To), Text(c.Reason)]).ToList());
        }

        yield return new HeadingBlock(3, "Fortschrittsmeldungen im Berichtszeitraum");
        if (item.ProgressUpdates.Count == 0)
        {
            yield return new ParagraphBlock(item.LatestProgressAtEnd is { } earlier
                ? $"Keine Fortschrittsmeldung im Berichtszeitraum. Letzte Meldung vom {Berlin.FormatDate(earlier.ReportedOn)}: {Figures.Number(earlier.PercentComplete)} %, {ReportTexts.TrafficLightName(earlier.TrafficLight)}."
                : "Keine Fortschrittsmeldung im Berichtszeitraum.");
        }
        else
        {
            yield return new TableBlock(
                [new TableColumn("Datum", 1), new TableColumn("Fortschritt", 1, CellAlignment.Right), new TableColumn("Ampel", 1), new TableColumn("Meldung", 4)],
                item.ProgressUpdates.Select(u => (IReadOnlyList<string>)
                    [
                        Berlin.FormatDate(u.ReportedOn), $"{Figures.Number(u.PercentComplete)} %", ReportTexts.TrafficLightName(u.TrafficLight),
                        string.IsNullOrWhiteSpace(u.Reason) ? Text(u.Text) : $"{Text(u.Text)}\nBegründung der Ampel: {u.Reason}",
                    ]).ToList());
        }

        yield return new HeadingBlock(3, "Meilensteine");
        if (item.Milestones.Count == 0)
        {
            yield return new ParagraphBlock("Keine Meilensteine erfasst.");
        }
        else
        {
            yield return new TableBlock(
                [new TableColumn("Meilenstein", 3), new TableColumn("fällig am", 1), new TableColumn("erledigt am", 1), new TableColumn("Stand", 1.4)],
                item.Milestones.Select(m => (IReadOnlyList<string>)
                    [m.Title, Berlin.FormatDate(m.DueDate), Berlin.FormatDate(m.CompletedOn), MilestoneState(m, figures)]).ToList(),
                FirstColumnIsRowHeader: true);
        }

        yield return new HeadingBlock(3, "Kennzahlen und Zielerreichung");
        if (item.Indicators.Count == 0)
        {
            yield return new ParagraphBlock("Keine Kennzahlen erfasst.");
        }
        else
        {
            yield return new TableBlock(
                [
                    new TableColumn("Kennzahl", 2.6), new TableColumn("Ausgangswert", 1, CellAlignment.Right), new TableColumn("Zielwert", 1, CellAlignment.Right),
                    new TableColumn("Stand zu Beginn", 1, CellAlignment.Right), new TableColumn("Stand am Ende", 1, CellAlignment.Right),
                    new TableColumn("Zielerreichung", 1.1, CellAlignment.Right),
                ],
                item.Indicators.Select(i => (IReadOnlyList<string>)
                    [
                        $"{i.Name} ({i.Unit}, {ReportTexts.IndicatorKindName(i.Kind)})", Figures.Number(i.Baseline), Figures.Number(i.Target),
                        Figures.Number(i.ValueAtStart), Figures.Number(i.ValueAtEnd), Figures.Percent(i.AttainmentAtEnd),
                    ]).ToList(),
                FirstColumnIsRowHeader: true,
                Compact: true);
            var values = item.Indicators.Sum(i => i.ValuesInPeriod.Count);
            yield return new ParagraphBlock(
                $"Zielerreichung = (Stand am Ende − Ausgangswert) / (Zielwert − Ausgangswert). Summe: die Werte werden addiert; Stand: der jüngste Wert zählt. Im Berichtszeitraum {(values == 1 ? "wurde ein Wert" : $"wurden {Figures.Number(values)} Werte")} erfasst.",
                ParagraphKind.Small);
        }

        yield return new HeadingBlock(3, "Erfahrungen und Erkenntnisse");
        if (item.LessonsLearned.Count == 0)
        {
            yield return new ParagraphBlock("Im Berichtszeitraum wurden keine Erfahrungen festgehalten.");
        }
        else
        {
            yield return new TableBlock(
                [new TableColumn("Datum", 1), new TableColumn("Was hat funktioniert?", 2), new TableColumn("Was nicht?", 2), new TableColumn("Rat für andere Kommunen", 2)],
                item.LessonsLearned.Select(l => (IReadOnlyList<string>)[Berlin.FormatDate(l.RecordedOn), Text(l.WhatWorked), Text(l.WhatDidNotWork), Text(l.AdviceForOthers)]).ToList());
        }

        yield return new HeadingBlock(3, "Transfer in andere Kommunen");
        if (item.Transfers.Count == 0)
        {
            yield return new ParagraphBlock("Im Berichtszeitraum hat keine andere Kommune den Ansatz übernommen.");
        }
        else
        {
            yield return new TableBlock(
                [new TableColumn("Kommune", 2), new TableColumn("AGS", 1), new TableColumn("übernommen am", 1.1), new TableColumn("Wie", 2.4)],
                item.Transfers.Select(t => (IReadOnlyList<string>)[t.MunicipalityName, t.MunicipalityKey, Berlin.FormatDate(t.AdoptedOn), Text(t.Note)]).ToList(),
                FirstColumnIsRowHeader: true);
        }
    }

    private static string MilestoneState(MilestoneRecord m, LabFigures figures) => m switch
    {
        { CompletedOn: not null, CompletedLate: true } => "erledigt, verspätet",
        { CompletedOn: not null } => "erledigt",
        _ when figures.IsOverdue(m) => "überfällig",
        _ => "offen",
    };

    private static string List(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? "–" : string.Join(", ", list);
    }

    private static string Text(string value) => string.IsNullOrWhiteSpace(value) ? "–" : value;
}
