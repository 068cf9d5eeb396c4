using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Layout;

namespace LaborPlattform.Reporting.Documents.Sections;

/// <summary>
/// Report for the municipal umbrella associations: the participating municipalities grouped the way the three
/// associations are organised (cities and city states – Deutscher Städtetag; counties – Deutscher Landkreistag;
/// municipalities – Deutscher Städte- und Gemeindebund), each with the labs it belongs to (Labs) and the sub-projects it
/// takes part in (Projects: the participating municipalities of the sub-projects in the period).
/// </summary>
internal sealed class MunicipalitiesByKindSection : IReportSection
{
    private static readonly StringComparer German = StringComparer.Create(Berlin.Culture, false);

    private static readonly (string Heading, string[] Kinds)[] Groups =
    [
        ("Städte und Stadtstaaten – Deutscher Städtetag", [MunicipalityKinds.City, MunicipalityKinds.CityState]),
        ("Landkreise – Deutscher Landkreistag", [MunicipalityKinds.County]),
        ("Gemeinden – Deutscher Städte- und Gemeindebund", [MunicipalityKinds.Municipality]),
    ];

    public int Order => 100;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.MunicipalAssociations;

    public async ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        // What each municipality takes part in at sub-project level: the sub-projects in the period that name it.
        var subProjects = new Dictionary<string, List<(LabDto Lab, string Title)>>(StringComparer.Ordinal);
        foreach (var lab in scope.Labs)
        {
            foreach (var item in (await scope.Data.SubProjectsAsync(lab.Id, cancellationToken)).SubProjects)
            {
                foreach (var municipality in item.Municipalities)
                {
                    if (!subProjects.TryGetValue(municipality.MunicipalityKey, out var list))
                    {
                        subProjects[municipality.MunicipalityKey] = list = [];
                    }

                    list.Add((lab, item.Title));
                }
            }
        }

        var participations = scope.Labs
            .SelectMany(lab => lab.Municipalities.Select(m => (Municipality: m, Lab: lab)))
            .GroupBy(p => p.Municipality.MunicipalityKey, StringComparer.Ordinal)
            .Select(g => (Municipality: g.First().Municipality, Labs: g.OrderBy(p => p.Lab.Name, German).ToList()))
            .ToList();
        var counts = Groups.Select(g => (g.Heading, Count: participations.Count(p => g.Kinds.Contains(p.Municipality.Kind)))).ToList();

        var blocks = new List<Block>
        {
            new HeadingBlock(1, "Teilnehmende Kommunen"),
            new ParagraphBlock(participations.Count == 0
                ? $"Im Berichtszeitraum {scope.Spec.Period.DisplayName} nahm keine Kommune an einem Labor des Programms teil."
                : $"Im Berichtszeitraum {scope.Spec.Period.DisplayName} {(participations.Count == 1 ? "nahm eine Kommune" : $"nahmen {LabFacts.Number(participations.Count)} Kommunen")} an {LabFacts.Number(scope.Labs.Count)} {(scope.Labs.Count == 1 ? "Labor" : "Laboren")} des Programms „{scope.Programme.Name}“ teil: {LabFacts.KindSummary(participations.Select(p => p.Municipality))}."),
            BarChart.Create("Teilnehmende Kommunen nach Art", counts.Select(c => (c.Heading[..c.Heading.IndexOf(" –", StringComparison.Ordinal)], c.Count)).ToList(), "Kommunen"),
        };
        if (participations.Count > 0)
        {
            var active = participations.Count(p => subProjects.ContainsKey(p.Municipality.MunicipalityKey));
            blocks.Add(new ParagraphBlock(
                $"{LabFacts.Number(active)} von {LabFacts.Number(participations.Count)} Kommunen wirkten im Berichtszeitraum an mindestens einem Teilprojekt mit. Die Tabellen nennen je Kommune die Labore, in denen sie Mitglied ist, und die Teilprojekte, an denen sie beteiligt ist."));
        }

        foreach (var (heading, kinds) in Groups)
        {
            var members = participations
                .Where(p => kinds.Contains(p.Municipality.Kind))
                .OrderBy(p => p.Municipality.Name, German)
                .ThenBy(p => p.Municipality.MunicipalityKey, StringComparer.Ordinal)
                .ToList();
            blocks.Add(new HeadingBlock(2, heading));
            if (members.Count == 0)
            {
                blocks.Add(new ParagraphBlock("Keine Kommune dieser Art nahm im Berichtszeitraum teil."));
                continue;
            }

            blocks.Add(new ParagraphBlock($"{LabFacts.Number(members.Count)} {(members.Count == 1 ? "Kommune" : "Kommunen")}."));
            blocks.Add(new TableBlock(
                [
                    new TableColumn("Kommune", 1.8), new TableColumn("AGS", 1), new TableColumn("Bundesland", 1.3),
                    new TableColumn("Teilnahme (Labor, Rolle)", 2.2), new TableColumn("Teilprojekte", 2.6),
                ],
                members.Select(p => (IReadOnlyList<string>)
                    [
                        p.Municipality.Name,
                        p.Municipality.MunicipalityKey,
                        StateOf(p.Municipality.MunicipalityKey),
                        string.Join("; ", p.Labs.Select(l => $"{l.Lab.Name} ({ReportTexts.RoleName(l.Municipality.Role)})")),
                        SubProjectsOf(subProjects.GetValueOrDefault(p.Municipality.MunicipalityKey)),
                    ]).ToList(),
                FirstColumnIsRowHeader: true,
                Compact: true));
        }

        return blocks;
    }

    public static string StateOf(string municipalityKey) =>
        FederalStates.All.FirstOrDefault(s => municipalityKey.StartsWith(s.AgsPrefix, StringComparison.Ordinal))?.Name ?? "–";

    /// <summary>"Labor Nordsee: Digitale Sprechstunden; Offene Ratsinformation", one line per lab; "–" for none.</summary>
    private static string SubProjectsOf(List<(LabDto Lab, string Title)>? subProjects) =>
        subProjects is null
            ? "–"
            : string.Join("\n", subProjects
                .GroupBy(s => s.Lab.Id)
                .Select(g => (Lab: g.First().Lab, Titles: g.Select(s => s.Title).Order(German).ToList()))
                .OrderBy(g => g.Lab.Name, German)
                .Select(g => $"{g.Lab.Name}: {string.Join("; ", g.Titles)}"));
}
