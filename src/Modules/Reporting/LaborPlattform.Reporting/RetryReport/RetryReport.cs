using LaborPlattform.Reporting.Access;
using LaborPlattform.Reporting.GenerateReport;
using LaborPlattform.Reporting.ReadReports;

namespace LaborPlattform.Reporting.RetryReport;

/// <summary>
/// Queues a failed report again, or one stuck in "running" for an hour or more (same type, scope, period and audience;
/// new data as-of instant).
/// </summary>
internal sealed record RetryReport(Guid ReportId) : ICommand;

internal sealed class RetryReportHandler(ReportingDbContext db, ReportAccess access, ReportQueue queue, TimeProvider time) : ICommandHandler<RetryReport>
{
    public async ValueTask<Unit> Handle(RetryReport command, CancellationToken cancellationToken)
    {
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == command.ReportId, cancellationToken)
            ?? throw new NotFoundException("Bericht", command.ReportId);
        if (!await access.MayReadAsync(report))
        {
            throw new ForbiddenException();
        }

        report.Retry(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(report.Id);
        return Unit.Value;
    }
}

internal static class RetryReportEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/reports/{reportId:guid}/retry", async Task<Accepted<ReportStatusDto>> (Guid reportId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RetryReport(reportId), ct);
                return TypedResults.Accepted($"/api/reports/{reportId}", await sender.Send(new GetReportStatus(reportId), ct));
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName("RetryReport")
            .WithSummary("Queues a failed report again, or one that has been running for an hour or more; 409 otherwise.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
