using LaborPlattform.Reporting.Access;
using LaborPlattform.Reporting.Archive;
using LaborPlattform.Reporting.Documents;

namespace LaborPlattform.Reporting.ReadReports;

/// <summary>A report request with its state and, when done, its archive entry (what a reader needs to verify a copy).</summary>
internal sealed record ReportStatusDto(
    Guid Id,
    string Type,
    string TypeName,
    Guid? LabId,
    Guid ProgrammeId,
    string ScopeName,
    string PeriodKind,
    string PeriodLabel,
    string PeriodName,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Audience,
    string AudienceName,
    string State,
    string StateName,
    int Attempts,
    string? FailureReason,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? DataAsOf,
    DateTimeOffset? GeneratedAt,
    string? FileName,
    int? PageCount,
    long? SizeBytes,
    string? Sha256,
    string? DownloadUrl,
    bool CanRetry,
    bool ArchiveDamaged)
{
    /// <param name="now">The platform's time: whether a running report is stuck (and may be retried) depends on it.</param>
    /// <param name="archiveDamaged">The done report's archived file is missing or no longer matches its SHA-256: no download.</param>
    public static ReportStatusDto From(ReportRequest r, DateTimeOffset now, bool archiveDamaged) => new(
        r.Id, r.Type, ReportTexts.TypeName(r.Type), r.LabId, r.ProgrammeId, r.ScopeName,
        r.PeriodKind, r.Period.Label, r.Period.DisplayName, r.PeriodStart, r.PeriodEnd,
        r.Audience, ReportTexts.AudienceName(r.Audience), r.State, ReportTexts.StateName(r.State), r.Attempts, r.FailureReason,
        r.RequestedByName, r.RequestedAt, r.DataAsOf, r.GeneratedAt, r.FileName, r.PageCount, r.SizeBytes, r.Sha256,
        r.IsDone && !archiveDamaged ? $"/api/reports/{r.Id}/pdf" : null,
        r.CanRetry(now),
        archiveDamaged);
}

/// <summary>One report the caller may read; 404 when there is none, 403 when it belongs to another lab.</summary>
internal sealed record GetReportStatus(Guid ReportId) : IQuery<ReportStatusDto>;

/// <summary>The reports the caller may read, newest first.</summary>
internal sealed record ListReports(int Take = 200) : IQuery<IReadOnlyList<ReportStatusDto>>;

internal sealed class GetReportStatusHandler(ReportingDbContext db, ReportAccess access, IReportArchive archive, TimeProvider time) : IQueryHandler<GetReportStatus, ReportStatusDto>
{
    public async ValueTask<ReportStatusDto> Handle(GetReportStatus query, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.ReportId, cancellationToken)
            ?? throw new NotFoundException("Bericht", query.ReportId);
        if (!await access.MayReadAsync(report))
        {
            throw new ForbiddenException();
        }

        return ReportStatusDto.From(report, time.GetUtcNow(), await ArchiveIntegrity.IsDamagedAsync(archive, report, cancellationToken));
    }
}

internal sealed class ListReportsHandler(ReportingDbContext db, ReportAccess access, IReportArchive archive, TimeProvider time) : IQueryHandler<ListReports, IReadOnlyList<ReportStatusDto>>
{
    public async ValueTask<IReadOnlyList<ReportStatusDto>> Handle(ListReports query, CancellationToken cancellationToken)
    {
        var reports = db.Reports.AsNoTracking();
        if (access.VisibleLabs() is { } labs)
        {
            // Lab staff see the reports of their labs; reports across programmes are for reviewers and administrators.
            reports = reports.Where(r => r.LabId != null && labs.Contains(r.LabId.Value));
        }

        var list = await reports.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id).Take(query.Take).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var result = new List<ReportStatusDto>(list.Count);
        foreach (var report in list)
        {
            // Each done report's file is hashed: a damaged archive shows in the list, where administrators look.
            result.Add(ReportStatusDto.From(report, now, await ArchiveIntegrity.IsDamagedAsync(archive, report, cancellationToken)));
        }

        return result;
    }
}

internal static class ReadReportsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/reports", async Task<Ok<IReadOnlyList<ReportStatusDto>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListReports(), ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("ListReports")
            .WithSummary("The reports the caller may read, newest first, with state and archive entry.");

        api.MapGet("/reports/{reportId:guid}", async Task<Ok<ReportStatusDto>> (Guid reportId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetReportStatus(reportId), ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("GetReport")
            .WithSummary("One report request: state (Queued, Running, Done, Failed with reason) and, when done, its archive entry; archiveDamaged when the archived file no longer matches its checksum.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
