using System.Globalization;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Common;
using LaborPlattform.Projects.ReadSubProjects;
using LaborPlattform.Shared.Csv;

namespace LaborPlattform.Projects.ExportSubProjects;

/// <summary>A lab's sub-projects as CSV for spreadsheets (ADR 0014): UTF-8 with BOM, semicolons, German dates and numbers.</summary>
internal sealed record ExportSubProjects(Guid LabId) : IQuery<CsvFile>;

internal sealed record CsvFile(string FileName, byte[] Content);

internal sealed class ExportSubProjectsHandler(ProjectsDbContext db, SubProjectReader reader, ISender sender) : IQueryHandler<ExportSubProjects, CsvFile>
{
    public static readonly string[] Header =
    [
        "Titel", "Status", "Ampel", "Fertigstellungsgrad (%)", "Letzte Fortschrittsmeldung", "Beginn", "Geplantes Ende",
        "Themen", "Zielgruppen", "Beteiligte Kommunen (AGS)", "Open-Government-Prinzipien", "Meilensteine", "Davon erledigt",
        "Davon überfällig", "Nächster Meilenstein", "Fällig am", "Kennzahlen (aktuell / Ziel)", "Übernommen von (AGS)", "Veröffentlicht", "Ziel",
    ];

    public async ValueTask<CsvFile> Handle(ExportSubProjects query, CancellationToken cancellationToken)
    {
        var lab = await sender.Send(new GetLab(query.LabId), cancellationToken) ?? throw new NotFoundException("Labor", query.LabId);
        var subProjects = await db.SubProjects.AsNoTracking().WithParts().Where(s => s.LabId == lab.Id).ToListAsync(cancellationToken);
        var rows = (await reader.RowsAsync(subProjects, cancellationToken)).ToDictionary(r => r.Id);
        var indicatorIds = subProjects.SelectMany(s => s.Indicators).Select(i => i.Id).ToList();
        var values = (await db.IndicatorValues.AsNoTracking().Where(v => indicatorIds.Contains(v.IndicatorId)).ToListAsync(cancellationToken))
            .ToLookup(v => v.IndicatorId);
        var themes = await reader.ThemesAsync(cancellationToken);
        var today = reader.Today;

        var csv = new CsvWriter().Row(Header);
        foreach (var s in subProjects.OrderBy(s => s.Title, StringComparer.Create(Berlin.Culture, true)))
        {
            var row = rows[s.Id];
            csv.Row(
                s.Title,
                s.Status.Text(),
                row.TrafficLight is { } light ? Parse.Enum<TrafficLight>(light)!.Value.Text() : string.Empty,
                row.PercentComplete?.ToString(CultureInfo.InvariantCulture),
                row.LastUpdateOn is { } last ? Berlin.FormatDate(last) : string.Empty,
                Berlin.FormatDate(s.StartDate),
                Berlin.FormatDate(s.PlannedEnd),
                string.Join(", ", row.Themes.Select(t => t.Name)),
                string.Join(", ", s.TargetGroups),
                string.Join(", ", s.Municipalities.Select(m => m.MunicipalityKey).Order(StringComparer.Ordinal)),
                string.Join(", ", Parse.Names(s.Principles).Select(p => Enum.Parse<Principles>(p).Text())),
                s.Milestones.Count.ToString(CultureInfo.InvariantCulture),
                s.Milestones.Count(m => m.CompletedOn is not null).ToString(CultureInfo.InvariantCulture),
                row.OverdueMilestones.ToString(CultureInfo.InvariantCulture),
                row.NextMilestone,
                row.NextMilestoneDue is { } due ? Berlin.FormatDate(due) : string.Empty,
                string.Join(" | ", s.Indicators.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => IndicatorCell(i, values[i.Id]))),
                string.Join(", ", s.Transfers.OrderBy(t => t.AdoptedOn).Select(t => $"{t.MunicipalityName} ({t.MunicipalityKey})")),
                s.IsPublished ? "ja" : "nein",
                s.Goal);
        }

        return new CsvFile($"teilprojekte-{lab.Slug}-{today:yyyy-MM-dd}.csv", csv.ToBytes());
    }

    private static string IndicatorCell(Indicator indicator, IEnumerable<IndicatorValue> values)
    {
        var current = Attainment.CurrentValue(indicator.Kind, indicator.Baseline, values);
        var attainment = Attainment.Percent(indicator.Baseline, indicator.Target, current);
        var currentText = current is { } c ? Berlin.FormatNumber(c) : "–";
        var percent = attainment is { } a ? $" ({Berlin.FormatNumber(a)} %)" : string.Empty;
        return $"{indicator.Name}: {currentText} / {Berlin.FormatNumber(indicator.Target)} {indicator.Unit}{percent}";
    }
}

internal static class ExportSubProjectsEndpoint
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/labs/{labId:guid}/subprojects/export", async Task<FileContentHttpResult> (Guid labId, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new ExportSubProjects(labId), ct);
                return TypedResults.File(file.Content, ContentType, file.FileName);
            })
            .RequireAuthorization(Policies.ReadLab)
            .WithName("ExportSubProjects")
            .WithSummary("The lab's sub-projects as CSV for spreadsheets: UTF-8 with byte-order mark, semicolon-separated, dates as dd.MM.yyyy.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
