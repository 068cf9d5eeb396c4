using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Layout;

namespace LaborPlattform.Reporting.Documents.Sections;

/// <summary>
/// Report for the municipal umbrella associations: where results of the sub-projects were taken up in the period
/// (Projects: transfers), split into municipalities outside the labs – whose official key (AGS) is no member of any lab
/// on the platform, of any programme – and municipalities of other labs (Labs).
/// </summary>
internal sealed class TransferSection : IReportSection
{
    private static readonly StringComparer German = StringComparer.Create(Berlin.Culture, false);

    public int Order => 200;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.MunicipalAssociations;

    public async ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var transfers = new List<(LabDto Lab, SubProjectReportItem SubProject, TransferRecord Transfer)>();
        foreach (var lab in scope.Labs)
        {
            foreach (var item in (await scope.Data.SubProjectsAsync(lab.Id, cancellationToken)).SubProjects)
            {
                transfers.AddRange(item.Transfers.Select(t => (lab, item, t)));
            }
        }

        var memberships = (await scope.Data.AllLabsAsync(cancellationToken))
            .SelectMany(l => l.Municipalities.Select(m => (m.MunicipalityKey, Lab: l.Name)))
            .ToLookup(m => m.MunicipalityKey, m => m.Lab, StringComparer.Ordinal);
        var ordered = transfers
            .OrderBy(t => t.Transfer.MunicipalityName, German)
            .ThenBy(t => t.Transfer.MunicipalityKey, StringComparer.Ordinal)
            .ThenBy(t => t.Transfer.AdoptedOn)
            .ThenBy(t => t.Transfer.Id)
            .ToList();
        var outside = ordered.Where(t => !memberships.Contains(t.Transfer.MunicipalityKey)).ToList();
        var inside = ordered.Where(t => memberships.Contains(t.Transfer.MunicipalityKey)).ToList();
        var outsideMunicipalities = outside.Select(t => t.Transfer.MunicipalityKey).Distinct(StringComparer.Ordinal).Count();

        var blocks = new List<Block>
        {
            new HeadingBlock(1, "Transfer der Ergebnisse"),
            new ParagraphBlock(transfers.Count == 0
                ? $"Im Berichtszeitraum {scope.Spec.Period.DisplayName} hat keine Kommune einen Ansatz aus den Teilprojekten der Labore übernommen."
                : $"Im Berichtszeitraum {scope.Spec.Period.DisplayName} wurden Ansätze aus den Teilprojekten {(transfers.Count == 1 ? "einmal" : $"{LabFacts.Number(transfers.Count)}-mal")} übernommen, davon {LabFacts.Number(outside.Count)}-mal von {(outsideMunicipalities == 1 ? "einer Kommune" : $"{LabFacts.Number(outsideMunicipalities)} Kommunen")} außerhalb der Labore."),
            new HeadingBlock(2, "Kommunen außerhalb der Labore"),
            new ParagraphBlock("Kommunen, die keinem Labor der Plattform angehören (auch keinem früheren oder archivierten).", ParagraphKind.Small),
        };
        blocks.Add(outside.Count == 0
            ? new ParagraphBlock("Im Berichtszeitraum hat keine Kommune außerhalb der Labore einen Ansatz übernommen.")
            : Table(outside, null));

        blocks.Add(new HeadingBlock(2, "Kommunen anderer Labore"));
        blocks.Add(inside.Count == 0
            ? new ParagraphBlock("Im Berichtszeitraum hat keine Kommune eines anderen Labors einen Ansatz übernommen.")
            : Table(inside, memberships));
        return blocks;
    }

    private static TableBlock Table(List<(LabDto Lab, SubProjectReportItem SubProject, TransferRecord Transfer)> transfers, ILookup<string, string>? memberships)
    {
        var columns = new List<TableColumn>
        {
            new("Kommune", 1.7), new("AGS", 1), new("Bundesland", 1.2), new("übernommen am", 1.1), new("aus Teilprojekt (Labor)", 2.2),
        };
        columns.Add(memberships is null ? new TableColumn("Wie", 2) : new TableColumn("Mitglied in", 1.6));
        return new TableBlock(
            columns,
            transfers.Select(t => (IReadOnlyList<string>)
                [
                    t.Transfer.MunicipalityName,
                    t.Transfer.MunicipalityKey,
                    MunicipalitiesByKindSection.StateOf(t.Transfer.MunicipalityKey),
                    Berlin.FormatDate(t.Transfer.AdoptedOn),
                    $"{t.SubProject.Title} ({t.Lab.Name})",
                    memberships is null
                        ? (string.IsNullOrWhiteSpace(t.Transfer.Note) ? "–" : t.Transfer.Note)
                        : string.Join(", ", memberships[t.Transfer.MunicipalityKey].Distinct(StringComparer.Ordinal).Order(German)),
                ]).ToList(),
            FirstColumnIsRowHeader: true,
            Compact: true);
    }
}
