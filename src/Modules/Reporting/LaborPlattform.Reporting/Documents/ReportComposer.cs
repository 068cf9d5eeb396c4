using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Layout;

namespace LaborPlattform.Reporting.Documents;

/// <summary>A report cannot be generated because its data is gone; the message is shown to people as the reason.</summary>
internal sealed class ReportDataMissingException(string message) : Exception(message);

/// <summary>
/// Builds a report document: cover page, table of contents, then every section that applies to the report type, in
/// order. All data comes through the modules' Contracts (Labs, Projects, Stakeholders, Workshops).
/// </summary>
internal sealed class ReportComposer(ISender sender, IEnumerable<IReportSection> sections)
{
    private static readonly StringComparer German = StringComparer.Create(Berlin.Culture, false);

    public async Task<ReportDocument> ComposeAsync(ReportSpec spec, DateTimeOffset asOf, CancellationToken cancellationToken) =>
        await ComposeAsync(await LoadScopeAsync(spec, asOf, cancellationToken), sections, cancellationToken);

    /// <summary>The document for a loaded scope (also used by the benchmark with synthetic scopes).</summary>
    public static async Task<ReportDocument> ComposeAsync(ReportScope scope, IEnumerable<IReportSection> sections, CancellationToken cancellationToken, IEnumerable<Block>? appendix = null)
    {
        var spec = scope.Spec;
        var scopeName = scope.Lab?.Name ?? scope.Programme.Name;
        var typeName = ReportTexts.TypeName(spec.Type);
        var blocks = new List<Block>();
        blocks.AddRange(Cover(scope, typeName, scopeName));
        blocks.Add(new PageBreakBlock());
        blocks.Add(new TableOfContentsBlock());
        blocks.Add(new PageBreakBlock());
        foreach (var section in sections.Where(s => s.AppliesTo(spec.Type)).OrderBy(s => s.Order))
        {
            blocks.AddRange(await section.ComposeAsync(scope, cancellationToken));
        }

        blocks.AddRange(appendix ?? []);

        return new ReportDocument(
            $"{typeName} {scopeName} – {spec.Period.DisplayName}",
            $"{typeName} für den Berichtszeitraum {spec.Period.DisplayName} ({Berlin.FormatDate(spec.Period.Start)} – {Berlin.FormatDate(spec.Period.End)})",
            scope.AsOf,
            $"{typeName} · {scopeName} · {spec.Period.DisplayName}",
            $"LaborPlattform · {scope.Programme.Name} · Datenstand {Berlin.FormatDateTime(scope.AsOf)}",
            blocks);
    }

    public async Task<ReportScope> LoadScopeAsync(ReportSpec spec, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var programme = (await sender.Send(new GetProgrammes(), cancellationToken)).FirstOrDefault(p => p.Id == spec.ProgrammeId)
            ?? throw new ReportDataMissingException("Das Programm des Berichts gibt es nicht mehr.");
        IReadOnlyList<LabDto> labs;
        if (spec.Type == ReportTypes.LabProgress)
        {
            var lab = await sender.Send(new GetLab(spec.LabId ?? Guid.Empty), cancellationToken)
                ?? throw new ReportDataMissingException("Das Labor des Berichts gibt es nicht mehr.");
            labs = [lab];
        }
        else
        {
            labs = (await sender.Send(new GetLabs(ProgrammeId: programme.Id, IncludeArchived: true), cancellationToken))
                .Where(l => spec.Period.Overlaps(l.FundingStart, l.FundingEnd))
                .OrderBy(l => l.Name, German)
                .ThenBy(l => l.Id)
                .ToList();
        }

        var themes = await sender.Send(new GetThemes(), cancellationToken);
        return new ReportScope(spec, programme, labs, themes, asOf, new ReportData(sender, spec.Period, asOf, ReportScope.DataEndOf(spec.Period, asOf)));
    }

    private static IEnumerable<Block> Cover(ReportScope scope, string typeName, string scopeName)
    {
        var period = scope.Spec.Period;
        yield return new ParagraphBlock(typeName, ParagraphKind.Title);
        yield return new ParagraphBlock($"{scopeName} – {period.DisplayName}", ParagraphKind.Subtitle);
        var rows = new List<IReadOnlyList<string>> { new[] { "Programm", scope.Programme.Name } };
        if (scope.Lab is { } lab)
        {
            rows.Add(["Labor", lab.Name]);
        }

        rows.Add(["Berichtszeitraum", $"{period.DisplayName} ({Berlin.FormatDate(period.Start)} – {Berlin.FormatDate(period.End)})"]);
        rows.Add(["Zielgruppe", ReportTexts.AudienceName(scope.Spec.Audience)]);
        rows.Add(["Datenstand", Berlin.FormatDateTime(scope.AsOf)]);
        rows.Add(["Erstellt am", Berlin.FormatDate(scope.AsOf)]);
        yield return new TableBlock([new TableColumn("Angabe", 1), new TableColumn("Wert", 2.4)], rows, FirstColumnIsRowHeader: true);
        if (scope.PeriodIsRunning)
        {
            yield return new ParagraphBlock(
                $"Der Berichtszeitraum ist zum Datenstand noch nicht abgeschlossen. Bestände (Status, Ampel, Netzwerkmitglieder) und überfällige Meilensteine gelten am {Berlin.FormatDate(scope.DataEnd)}.");
        }

        yield return new ParagraphBlock(
            "Alle Angaben und Zahlen stammen aus den Daten der LaborPlattform zum genannten Datenstand. Der Bericht ist mit seiner Prüfsumme (SHA-256) unverändert archiviert.",
            ParagraphKind.Small);
    }
}
