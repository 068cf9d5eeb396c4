using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Layout;

namespace LaborPlattform.Reporting.Documents;

/// <summary>
/// What a report covers, loaded once: the programme, the labs in scope (for a lab report just that lab; for reports
/// across a programme every lab of the programme whose funding overlaps the period), the themes, the as-of instant and
/// <see cref="Data"/>, through which sections ask the other modules (each answer is loaded once per report).
/// </summary>
internal sealed record ReportScope(ReportSpec Spec, ProgrammeDto Programme, IReadOnlyList<LabDto> Labs, IReadOnlyList<ThemeDto> Themes, DateTimeOffset AsOf, ReportData Data)
{
    public LabDto? Lab => Spec.LabId is { } id ? Labs.FirstOrDefault(l => l.Id == id) : null;

    /// <summary>The Berlin day of the as-of instant.</summary>
    public DateOnly AsOfDay => DateOnly.FromDateTime(Berlin.ToLocal(AsOf).DateTime);

    /// <summary>
    /// The last day with data: the period's end, or the as-of day for a period that is still running. Levels such as
    /// network members are counted on this day, and a milestone is overdue only once its due day is over.
    /// </summary>
    public DateOnly DataEnd => DataEndOf(Spec.Period, AsOf);

    /// <summary>True while the period has not ended on the as-of day.</summary>
    public bool PeriodIsRunning => DataEnd < Spec.Period.End;

    public static DateOnly DataEndOf(ReportPeriod period, DateTimeOffset asOf)
    {
        var asOfDay = DateOnly.FromDateTime(Berlin.ToLocal(asOf).DateTime);
        var end = asOfDay < period.End ? asOfDay : period.End;
        return end < period.Start ? period.Start : end;
    }
}

/// <summary>
/// One part of a report, fed by one module's Contracts. This is the seam for the modules: a section for sub-projects
/// (Projects), organisations and networks (Stakeholders) or workshops (Workshops) asks its module through the mediator
/// – through <see cref="ReportScope.Data"/> when other sections need the same answer, or with an injected <c>ISender</c>
/// – for the scope's labs and period and returns blocks; the composer puts sections in <see cref="Order"/>. A section
/// whose data source does not exist is simply not registered.
/// </summary>
internal interface IReportSection
{
    int Order { get; }

    bool AppliesTo(string reportType);

    ValueTask<IReadOnlyList<Block>> ComposeAsync(ReportScope scope, CancellationToken cancellationToken);
}
