using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Layout;

namespace LaborPlattform.Reporting.Documents.Sections;

/// <summary>Lab progress report: the lab, its municipalities, universities and teaching links (Labs module).</summary>
internal sealed class LabProfileSection : IReportSection
{
    public int Order => 100;

    public bool AppliesTo(string reportType) => reportType == ReportTypes.LabProgress;

    public ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var lab = scope.Lab ?? throw new ReportDataMissingException("Das Labor des Berichts gibt es nicht mehr.");
        var blocks = new List<Block> { new HeadingBlock(1, "Das Labor") };
        if (!string.IsNullOrWhiteSpace(lab.ShortDescription))
        {
            blocks.Add(new ParagraphBlock(lab.ShortDescription));
        }

        blocks.Add(LabFacts.ProfileTable(lab));
        blocks.Add(new HeadingBlock(2, "Beteiligte Kommunen"));
        blocks.Add(new ParagraphBlock(LabFacts.MunicipalitiesSummary(lab)));
        if (lab.Municipalities.Count > 0)
        {
            blocks.Add(LabFacts.MunicipalitiesTable(lab));
        }

        blocks.Add(new HeadingBlock(2, "Hochschulen und Lehre"));
        blocks.AddRange(LabFacts.UniversitiesAndTeaching(lab));
        return ValueTask.FromResult<IReadOnlyList<Block>>(blocks);
    }
}
