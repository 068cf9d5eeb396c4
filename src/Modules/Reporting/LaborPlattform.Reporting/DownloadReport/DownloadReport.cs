using System.Security.Cryptography;
using LaborPlattform.Reporting.Access;
using LaborPlattform.Reporting.Archive;

namespace LaborPlattform.Reporting.DownloadReport;

/// <summary>The archived file of a done report, checked against its recorded SHA-256 before it is handed out.</summary>
internal sealed record GetReportFile(Guid ReportId) : IQuery<ReportFile>;

internal sealed record ReportFile(string FileName, byte[] Content, string Sha256);

internal sealed class GetReportFileHandler(ReportingDbContext db, ReportAccess access, IReportArchive archive) : IQueryHandler<GetReportFile, ReportFile>
{
    public async ValueTask<ReportFile> Handle(GetReportFile query, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.ReportId, cancellationToken)
            ?? throw new NotFoundException("Bericht", query.ReportId);
        if (!await access.MayReadAsync(report))
        {
            throw new ForbiddenException();
        }

        if (!report.IsDone)
        {
            throw new NotFoundException("Archivierter Bericht", query.ReportId);
        }

        await using var stream = archive.Open(report.Id, report.Attempts) ?? throw new NotFoundException("Archivierter Bericht", query.ReportId);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (Convert.ToHexStringLower(SHA256.HashData(content)) != report.Sha256)
        {
            // Never handed out; the API answers a problem (409) a client can show, the page shows the report as damaged.
            throw new ConflictException(ArchiveIntegrity.DamagedMessage, ArchiveIntegrity.DamagedCode);
        }

        return new ReportFile(report.FileName!, content, report.Sha256);
    }
}

internal static class DownloadReportEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/reports/{reportId:guid}/pdf", async Task<FileContentHttpResult> (Guid reportId, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var file = await sender.Send(new GetReportFile(reportId), ct);
                http.Response.Headers["X-Content-SHA256"] = file.Sha256;
                http.Response.Headers.CacheControl = "private, no-store";
                return TypedResults.File(file.Content, "application/pdf", file.FileName);
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName("DownloadReport")
            .WithSummary("The archived PDF as an attachment; the header X-Content-SHA256 repeats its checksum. A file that no longer matches its checksum is never handed out (409, code archive-damaged).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
