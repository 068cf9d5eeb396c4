using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Layout;
using LaborPlattform.Shared.Time;

namespace LaborPlattform.Reporting.Documents.Sections;

/// <summary>
/// Report for the municipal umbrella associations: the participating municipalities grouped the way the three
/// associations are organised (cities and city states – Deutscher Städtetag; counties – Deutscher Landkreistag;
/// municipalities – Deutscher Städte- und Gemeindebund), each with the labs it takes part in (Labs module).
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

    public ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
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
                [new TableColumn("Kommune", 2), new TableColumn("AGS", 1), new TableColumn("Bundesland", 1.4), new TableColumn("Teilnahme (Labor, Rolle)", 2.6)],
                members.Select(p => (IReadOnlyList<string>)
                    [
                        p.Municipality.Name,
                        p.Municipality.MunicipalityKey,
                        FederalStates.All.FirstOrDefault(s => p.Municipality.MunicipalityKey.StartsWith(s.AgsPrefix, StringComparison.Ordinal))?.Name ?? "–",
                        string.Join("; ", p.Labs.Select(l => $"{l.Lab.Name} ({ReportTexts.RoleName(l.Municipality.Role)})")),
                    ]).ToList(),
                FirstColumnIsRowHeader: true));
        }

        return ValueTask.FromResult<IReadOnlyList<Block>>(blocks);
    }
}
