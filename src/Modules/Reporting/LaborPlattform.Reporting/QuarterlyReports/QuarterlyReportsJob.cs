using System.ComponentModel;
using Hangfire;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.GenerateReport;
using Microsoft.Extensions.Logging;

namespace LaborPlattform.Reporting.QuarterlyReports;

/// <summary>
/// Runs every morning (Europe/Berlin). From the first working day of a quarter on (weekends and nationwide holidays
/// are not working days) it makes sure every lab funded in the finished quarter has its progress report and every
/// programme its programme report. Each of those reports has a schedule key, so however often the job runs – daily,
/// twice, or again after a restart – each report is requested once.
/// </summary>
internal sealed partial class QuarterlyReportsJob(
    ISender sender,
    ReportingDbContext db,
    ReportQueue queue,
    TimeProvider time,
    ILogger<QuarterlyReportsJob> logger)
{
    public const string RecurringJobId = "reporting-quarterly-reports";

    /// <summary>Every day at 06:00 Berlin time; the job itself decides whether a quarter's reports are due.</summary>
    public const string Cron = "0 6 * * *";

    public const string RequesterName = "Automatisch (Quartalsberichte)";

    [AutomaticRetry(Attempts = 2)]
    [DisplayName("Quartalsberichte")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = Berlin.Today(time);
        if (today < WorkingDays.FirstWorkingDayOfQuarter(today))
        {
            return;
        }

        var requested = await RequestDueReportsAsync(ReportPeriod.QuarterBefore(today), cancellationToken);
        if (requested > 0)
        {
            LogRequested(requested);
        }
    }

    /// <summary>Requests the reports of <paramref name="quarter"/> that do not exist yet; returns how many it requested.</summary>
    public async Task<int> RequestDueReportsAsync(ReportPeriod quarter, CancellationToken cancellationToken)
    {
        var programmes = await sender.Send(new GetProgrammes(), cancellationToken);
        var labs = (await sender.Send(new GetLabs(), cancellationToken))
            .Where(l => quarter.Overlaps(l.FundingStart, l.FundingEnd))
            .ToList();
        var due = new List<(ReportSpec Spec, string ScopeName, string Key)>();
        foreach (var lab in labs)
        {
            due.Add((new ReportSpec(ReportTypes.LabProgress, lab.Id, lab.ProgrammeId, quarter, ReportAudiences.Ministry), lab.Name, $"quarterly:{quarter.Label}:{ReportTypes.LabProgress}:{lab.Id}"));
        }

        foreach (var programme in programmes.Where(p => labs.Any(l => l.ProgrammeId == p.Id)))
        {
            due.Add((new ReportSpec(ReportTypes.Programme, null, programme.Id, quarter, ReportAudiences.Ministry), programme.Name, $"quarterly:{quarter.Label}:{ReportTypes.Programme}:{programme.Id}"));
        }

        var keys = due.Select(d => d.Key).ToList();
        var existing = await db.Reports.Where(r => r.ScheduleKey != null && keys.Contains(r.ScheduleKey)).Select(r => r.ScheduleKey!).ToListAsync(cancellationToken);
        var requested = 0;
        foreach (var (spec, scopeName, key) in due.Where(d => !existing.Contains(d.Key)))
        {
            var report = new ReportRequest(Guid.CreateVersion7(), spec, scopeName, null, RequesterName, time.GetUtcNow(), key);
            db.Reports.Add(report);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (ConflictException conflict) when (conflict.Code == ConflictException.DuplicateCode)
            {
                // A parallel run requested this report a moment ago (the schedule key is unique).
                db.Entry(report).State = EntityState.Detached;
                continue;
            }

            queue.Enqueue(report.Id);
            requested++;
        }

        return requested;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Quarterly schedule requested {Count} reports")]
    private partial void LogRequested(int count);
}
