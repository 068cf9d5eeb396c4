using System.ComponentModel;
using Hangfire;
using LaborPlattform.Reporting.Archive;
using LaborPlattform.Reporting.Documents;
using LaborPlattform.Reporting.Layout;
using Microsoft.Extensions.Logging;

namespace LaborPlattform.Reporting.GenerateReport;

/// <summary>Puts a report's generation into the background job queue; the job carries the report's id only.</summary>
internal sealed class ReportQueue(IBackgroundJobClient jobs)
{
    public string Enqueue(Guid reportId) => jobs.Enqueue<GenerateReportJob>(job => job.RunAsync(reportId, CancellationToken.None));
}

/// <summary>
/// Generates one report and archives it. Idempotent: the job storage may run a job twice (after a crash, or when two
/// workers fetch it), and every run of the same attempt reads the data as of the same instant, renders the same bytes,
/// finds the archive file already there and leaves the report done once. A failure is recorded with a reason people
/// can read; the job itself is not retried automatically – someone retries the report.
/// </summary>
internal sealed partial class GenerateReportJob(
    ReportingDbContext db,
    ReportComposer composer,
    IReportArchive archive,
    TimeProvider time,
    ILogger<GenerateReportJob> logger)
{
    public const string UnexpectedFailure =
        "Beim Erstellen des Berichts ist ein unerwarteter Fehler aufgetreten. Bitte fordern Sie ihn erneut an; besteht der Fehler fort, wenden Sie sich an die Administration.";

    public const string StorageFailure =
        "Der Bericht konnte nicht im Archiv gespeichert werden (Speicherfehler). Bitte fordern Sie ihn später erneut an.";

    [AutomaticRetry(Attempts = 0)]
    [DisplayName("Bericht {0} erzeugen")]
    public async Task RunAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var report = await StartAsync(reportId, cancellationToken);
        if (report is null)
        {
            return;
        }

        try
        {
            var document = await composer.ComposeAsync(report.Spec, report.DataAsOf!.Value, cancellationToken);
            var rendered = PdfReportRenderer.Render(document);
            var archived = await archive.StoreAsync(report.Id, report.Attempts, rendered.Pdf, cancellationToken);
            report.Complete(ReportTexts.FileName(report.Type, report.ScopeName, report.Period), rendered.PageCount, archived.SizeBytes, archived.Sha256, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            LogGenerated(report.Id, rendered.PageCount, archived.SizeBytes);
        }
        catch (ConflictException)
        {
            // Another run of the same attempt finished first; the archive holds the same file.
            LogConcurrentRun(reportId);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(exception, reportId);
            await FailAsync(reportId, ReasonFor(exception), cancellationToken);
        }
    }

    /// <summary>Loads the report and starts (or continues) its attempt; null when there is nothing to do.</summary>
    private async Task<ReportRequest?> StartAsync(Guid reportId, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 2; round++)
        {
            db.ChangeTracker.Clear();
            var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken);
            if (report is null)
            {
                LogMissing(reportId);
                return null;
            }

            if (!report.Start(time.GetUtcNow()))
            {
                return null;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return report;
            }
            catch (ConflictException)
            {
                // A parallel run started the attempt a moment earlier; load it again and continue with its as-of instant.
            }
        }

        return null;
    }

    private async Task FailAsync(Guid reportId, string reason, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return;
        }

        report.Fail(reason);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            // The other run completed the report meanwhile.
        }
    }

    private static string ReasonFor(Exception exception) => exception switch
    {
        ReportDataMissingException missing => missing.Message,
        IOException or UnauthorizedAccessException => StorageFailure,
        _ => UnexpectedFailure,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {ReportId} generated: {Pages} pages, {Bytes} bytes")]
    private partial void LogGenerated(Guid reportId, int pages, long bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {ReportId} was completed by a parallel run of its job")]
    private partial void LogConcurrentRun(Guid reportId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report {ReportId} does not exist; its job has nothing to do")]
    private partial void LogMissing(Guid reportId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Report {ReportId} failed")]
    private partial void LogFailed(Exception exception, Guid reportId);
}
