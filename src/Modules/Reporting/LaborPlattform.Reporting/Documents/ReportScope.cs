using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Domain;
using LaborPlattform.Reporting.Layout;

namespace LaborPlattform.Reporting.Documents;

/// <summary>
/// What a report covers, loaded once: the programme, the labs in scope (for a lab report just that lab; for reports
/// across a programme every lab of the programme whose funding overlaps the period), the themes and the as-of instant.
/// </summary>
internal sealed record ReportScope(ReportSpec Spec, ProgrammeDto Programme, IReadOnlyList<LabDto> Labs, IReadOnlyList<ThemeDto> Themes, DateTimeOffset AsOf)
{
    public LabDto? Lab => Spec.LabId is { } id ? Labs.FirstOrDefault(l => l.Id == id) : null;
}

/// <summary>
/// One part of a report, fed by one module's Contracts. This is the seam for the other modules: a section for
/// sub-projects (Projects), organisations and networks (Stakeholders) or workshops (Workshops) is another class that
/// asks its module through the mediator (<c>ISender</c>, injected) for the scope's labs and period and returns blocks;
/// the composer puts sections in <see cref="Order"/>. A section whose data source does not exist is simply not
/// registered. The Labs sections need nothing beyond the scope.
/// </summary>
internal interface IReportSection
{
    int Order { get; }

    bool AppliesTo(string reportType);

    ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken);
}
