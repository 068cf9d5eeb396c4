using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Layout;

namespace LaborPlattform.Reporting.Documents.Sections;

/// <summary>Programme report: the programme's key figures across its labs in the period (Labs module).</summary>
internal sealed class ProgrammeOverviewSection : IReportSection
{
    public int Order => 100;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.Programme;

    public ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var labs = scope.Labs;
        var municipalities = labs.SelectMany(l => l.Municipalities).DistinctBy(m => m.MunicipalityKey).ToList();
        var universities = labs.SelectMany(l => l.Universities).Select(u => u.Name).Distinct(StringComparer.Ordinal).Count();
        var states = labs.Select(l => l.FederalStateCode).Distinct(StringComparer.Ordinal).Count();
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "Überblick"),
            new ParagraphBlock(labs.Count == 0
                ? $"Im Berichtszeitraum {scope.Spec.Period.DisplayName} wurde im Programm „{scope.Programme.Name}“ kein Labor gefördert."
                : $"Im Berichtszeitraum {scope.Spec.Period.DisplayName} {(labs.Count == 1 ? "wurde ein Labor" : $"wurden {LabFacts.Number(labs.Count)} Labore")} im Programm „{scope.Programme.Name}“ gefördert. Beteiligt {(municipalities.Count == 1 ? "war eine Kommune" : $"waren {LabFacts.Number(municipalities.Count)} Kommunen")}: {LabFacts.KindSummary(municipalities)}."),
            new TableBlock(
                [new TableColumn("Kennzahl", 2.2), new TableColumn("Wert", 1, CellAlignment.Right)],
                [
                    ["Geförderte Labore", LabFacts.Number(labs.Count)],
                    ["Bundesländer", LabFacts.Number(states)],
                    ["Beteiligte Kommunen", LabFacts.Number(municipalities.Count)],
                    ["davon Städte und Stadtstaaten", LabFacts.Number(municipalities.Count(m => m.Kind is MunicipalityKinds.City or MunicipalityKinds.CityState))],
                    ["davon Landkreise", LabFacts.Number(municipalities.Count(m => m.Kind == MunicipalityKinds.County))],
                    ["davon Gemeinden", LabFacts.Number(municipalities.Count(m => m.Kind == MunicipalityKinds.Municipality))],
                    ["Partnerhochschulen", LabFacts.Number(universities)],
                    ["Lehrveranstaltungen", LabFacts.Number(labs.Sum(LabFacts.TeachingLinks))],
                ],
                FirstColumnIsRowHeader: true),
        };
        return ValueTask.FromResult<IReadOnlyList<Block>>(blocks);
    }
}

/// <summary>
/// Programme report: the labs side by side – their make-up (Labs), their sub-projects and milestones (Projects) and
/// their organisations and networks (Stakeholders) in the period.
/// </summary>
internal sealed class LabComparisonSection : IReportSection
{
    public int Order => 200;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.Programme;

    public async ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var blocks = new List<Block> { new HeadingBlock(1, "Vergleich der Labore") };
        if (scope.Labs.Count == 0)
        {
            blocks.Add(new ParagraphBlock("Im Berichtszeitraum wurde kein Labor gefördert."));
            return blocks;
        }

        var figures = await scope.Data.FiguresAsync(scope.Labs, cancellationToken);

        blocks.Add(new HeadingBlock(2, "Zusammensetzung"));

        blocks.Add(new ParagraphBlock("Förderung: Förderzeitraum des Labors. Lehre: Zahl der Lehrveranstaltungen, in die die Laborarbeit eingebunden ist.", ParagraphKind.Small));
        blocks.Add(new TableBlock(
            [
                new TableColumn("Labor", 80), new TableColumn("Land", 62), new TableColumn("Förderung", 70),
                new TableColumn("Kommunen", 60, CellAlignment.Right), new TableColumn("Hochschulen", 76, CellAlignment.Right),
                new TableColumn("Lehre", 45, CellAlignment.Right), new TableColumn("Themen", 78),
            ],
            scope.Labs.Select(l => (IReadOnlyList<string>)
                [
                    l.Name, l.FederalStateName, LabFacts.FundingPeriod(l), LabFacts.Number(l.Municipalities.Count),
                    LabFacts.Number(l.Universities.Count), LabFacts.Number(LabFacts.TeachingLinks(l)), LabFacts.Themes(l),
                ]).ToList(),
            FirstColumnIsRowHeader: true,
            Compact: true));

        var atEnd = Figures.AtEnd(scope.PeriodIsRunning, scope.DataEnd);
        blocks.Add(new HeadingBlock(2, "Teilprojekte im Berichtszeitraum"));
        blocks.Add(new ParagraphBlock($"Teilprojekte im Berichtszeitraum; Status {atEnd}; Ampel der letzten Fortschrittsmeldung bis zum Ende des Zeitraums.", ParagraphKind.Small));
        blocks.Add(new TableBlock(
            [
                new TableColumn("Labor", 2.2), new TableColumn("Teilprojekte", 1, CellAlignment.Right), new TableColumn("laufend", 1, CellAlignment.Right),
                new TableColumn("abgeschlossen", 1.1, CellAlignment.Right), new TableColumn("im Plan", 0.9, CellAlignment.Right),
                new TableColumn("gefährdet", 1, CellAlignment.Right), new TableColumn("kritisch", 0.9, CellAlignment.Right),
                new TableColumn("ohne Meldung", 1, CellAlignment.Right),
            ],
            figures.Select(f => (IReadOnlyList<string>)
                [
                    f.Lab.Name, Figures.Number(f.SubProjectCount), Figures.Number(f.WithStatus(SubProjectStatuses.Running)),
                    Figures.Number(f.WithStatus(SubProjectStatuses.Completed)), Figures.Number(f.WithLight(TrafficLights.OnTrack)),
                    Figures.Number(f.WithLight(TrafficLights.AtRisk)), Figures.Number(f.WithLight(TrafficLights.Critical)), Figures.Number(f.WithLight(null)),
                ]).ToList(),
            FirstColumnIsRowHeader: true,
            Compact: true));

        blocks.Add(new HeadingBlock(2, "Meilensteine und Beteiligung"));
        blocks.Add(new ParagraphBlock($"Meilensteine im Berichtszeitraum fällig und erledigt, überfällig {atEnd}; beteiligte Organisationen im Zeitraum; Netzwerkmitglieder {atEnd}.", ParagraphKind.Small));
        blocks.Add(new TableBlock(
            [
                new TableColumn("Labor", 2.2), new TableColumn("Meilensteine fällig", 1, CellAlignment.Right), new TableColumn("erledigt", 1, CellAlignment.Right),
                new TableColumn("überfällig", 1, CellAlignment.Right), new TableColumn("Transfers", 1, CellAlignment.Right),
                new TableColumn("Organisationen", 1.2, CellAlignment.Right), new TableColumn("Mitglieder in Netzwerken", 1.2, CellAlignment.Right),
            ],
            figures.Select(f => (IReadOnlyList<string>)
                [
                    f.Lab.Name, Figures.Number(f.MilestonesDue), Figures.Number(f.MilestonesDone), Figures.Number(f.MilestonesOverdue),
                    Figures.Number(f.Transfers), Figures.Number(f.Organisations.Total), Figures.Number(f.NetworkMembersAtEnd),
                ]).ToList(),
            FirstColumnIsRowHeader: true,
            Compact: true));
        return blocks;
    }
}

/// <summary>
/// Programme report: how many labs (Labs) and how many of their sub-projects (Projects: GetSubProjectCounts) work on each
/// theme, as charts and a table.
/// </summary>
internal sealed class ThemesAcrossLabsSection : IReportSection
{
    public int Order => 300;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.Programme;

    public async ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var counts = await scope.Data.SubProjectCountsAsync(scope.Labs.Select(l => l.Id).ToList(), cancellationToken);
        var subProjects = counts.ByTheme.ToDictionary(t => t.ThemeId, t => t.Count);
        var rows = scope.Themes
            .Select(t => (Theme: t, Labs: scope.Labs.Where(l => l.Themes.Any(lt => lt.Id == t.Id)).Select(l => l.Name).ToList(), SubProjects: subProjects.GetValueOrDefault(t.Id)))
            .OrderByDescending(r => r.Labs.Count)
            .ThenByDescending(r => r.SubProjects)
            .ThenBy(r => r.Theme.Name, StringComparer.Create(Berlin.Culture, false))
            .ToList();
        return
        [
            new HeadingBlock(1, "Themen über die Labore hinweg"),
            new ParagraphBlock("Anzahl der Labore, die an einem Thema arbeiten (ein Labor kann mehrere Themen haben)."),
            BarChart.Create("Labore je Thema", rows.Select(r => (r.Theme.Name, r.Labs.Count)).ToList(), "Labore"),
            new ParagraphBlock(
                $"Teilprojekte je Thema: alle {LabFacts.Number(counts.Total)} bis zum Ende des Berichtszeitraums erfassten Teilprojekte dieser Labore; ein Teilprojekt mit zwei Themen zählt bei beiden, {LabFacts.Number(counts.WithoutTheme)} {(counts.WithoutTheme == 1 ? "hat" : "haben")} kein Thema."),
            BarChart.Create("Teilprojekte je Thema", rows.Select(r => (r.Theme.Name, r.SubProjects)).Append(("ohne Thema", counts.WithoutTheme)).ToList(), "Teilprojekte"),
            new TableBlock(
                [new TableColumn("Thema", 1.6), new TableColumn("Labore", 0.8, CellAlignment.Right), new TableColumn("Welche Labore", 3), new TableColumn("Teilprojekte", 1, CellAlignment.Right)],
                rows.Select(r => (IReadOnlyList<string>)[r.Theme.Name, LabFacts.Number(r.Labs.Count), r.Labs.Count == 0 ? "–" : string.Join(", ", r.Labs), LabFacts.Number(r.SubProjects)]).ToList(),
                FirstColumnIsRowHeader: true),
        ];
    }
}

/// <summary>
/// Programme report: a page per lab – its profile and municipalities (Labs), its key figures and sub-projects in the
/// period (Projects, Stakeholders) and its events (Workshops).
/// </summary>
internal sealed class LabPagesSection : IReportSection
{
    public int Order => 900;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.Programme;

    public async ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var blocks = new List<Block>();
        if (scope.Labs.Count == 0)
        {
            return blocks;
        }

        var workshops = (await scope.Data.WorkshopStatisticsAsync(scope.Labs.Select(l => l.Id).ToList(), cancellationToken)).ByLab.ToDictionary(l => l.LabId);
        blocks.Add(new PageBreakBlock());
        blocks.Add(new HeadingBlock(1, "Die Labore im Einzelnen"));
        for (var i = 0; i < scope.Labs.Count; i++)
        {
            var lab = scope.Labs[i];
            if (i > 0)
            {
                blocks.Add(new PageBreakBlock());
            }

            blocks.Add(new HeadingBlock(2, lab.Name));
            if (!string.IsNullOrWhiteSpace(lab.ShortDescription))
            {
                blocks.Add(new ParagraphBlock(lab.ShortDescription));
            }

            blocks.Add(LabFacts.ProfileTable(lab));
            blocks.Add(new HeadingBlock(3, "Beteiligte Kommunen", InTableOfContents: false));
            blocks.Add(new ParagraphBlock(LabFacts.MunicipalitiesSummary(lab)));
            if (lab.Municipalities.Count > 0)
            {
                blocks.Add(LabFacts.MunicipalitiesTable(lab));
            }

            blocks.Add(new HeadingBlock(3, "Hochschulen und Lehre", InTableOfContents: false));
            blocks.AddRange(LabFacts.UniversitiesAndTeaching(lab));

            var figures = await scope.Data.FiguresAsync(lab, cancellationToken);
            blocks.Add(new HeadingBlock(3, "Kennzahlen im Berichtszeitraum", InTableOfContents: false));
            blocks.Add(KeyFigures.SummaryTable([figures], scope, programmeRows: [], acrossLabs: false));
            blocks.Add(new HeadingBlock(3, "Teilprojekte", InTableOfContents: false));
            blocks.Add(figures.SubProjectCount == 0
                ? new ParagraphBlock("Im Berichtszeitraum hatte das Labor kein Teilprojekt.")
                : SubProjectsSection.OverviewTable(figures.Items, compact: true));
            blocks.Add(new HeadingBlock(3, "Veranstaltungen", InTableOfContents: false));
            blocks.Add(WorkshopFigures.LabPageTable(workshops.GetValueOrDefault(lab.Id)));
        }

        return blocks;
    }
}
