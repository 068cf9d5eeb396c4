using LaborPlattform.Projects.Contracts;
using LaborPlattform.Workshops.Contracts;
using Microsoft.Extensions.Logging;

namespace LaborPlattform.Workshops.ContributeToIndicator;

/// <summary>
/// Counts logged outcomes towards the indicator an event names (Projects module, <see cref="RecordIndicatorContribution"/>,
/// one source key per date, so a correction replaces the earlier value and a repeat counts once). Runs after the
/// outcome is saved: the Projects module keeps its own data, so the two saves cannot share a transaction. A refusal
/// there (indicator removed, sub-project read-only) never undoes the outcome: it is kept on the date and shown on
/// the event page, and saving the outcome or the event again retries.
/// </summary>
internal sealed partial class IndicatorContributions(WorkshopsDbContext db, ISender sender, ILogger<IndicatorContributions> logger)
{
    public static string SourceKey(Guid occurrenceId) => $"workshop-occurrence:{occurrenceId}";

    public async Task SyncAsync(Workshop workshop, IReadOnlyList<Occurrence> occurrences, CancellationToken ct)
    {
        if (occurrences.Count == 0)
        {
            return;
        }

        foreach (var occurrence in occurrences)
        {
            try
            {
                if (occurrence.ContributedIndicatorId is { } previous && previous != workshop.IndicatorId && occurrence.ContributedSubProjectId is { } previousSubProject)
                {
                    await RecordAsync(previousSubProject, previous, occurrence, workshop, 0, ct);
                    occurrence.ContributionRecorded(null, null, null);
                }

                if (workshop.IndicatorId is { } indicator && workshop.SubProjectId is { } subProject && workshop.IndicatorFigure is { } figure)
                {
                    var value = occurrence.IsCancelled ? 0 : occurrence.Outcome?.Figure(figure);
                    await RecordAsync(subProject, indicator, occurrence, workshop, value ?? 0, ct);
                    occurrence.ContributionRecorded(subProject, indicator, value ?? 0);
                    if (value is null)
                    {
                        occurrence.ContributionFailed("Im Ergebnis fehlt die Angabe, die für die Kennzahl zählt; gezählt wurde 0.");
                    }
                }
            }
            catch (Exception ex) when (ex is ValidationFailedException or NotFoundException or ConflictException)
            {
                LogRefused(occurrence.Id, ex.GetType().Name);
                occurrence.ContributionFailed(ex is ValidationFailedException invalid ? string.Join(" ", invalid.Errors.SelectMany(e => e.Value)) : ex.Message);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task RecordAsync(Guid subProjectId, Guid indicatorId, Occurrence occurrence, Workshop workshop, int value, CancellationToken ct)
    {
        var note = $"{workshop.Title} am {Berlin.FormatDate(occurrence.StartsAt)}";
        await sender.Send(
            new RecordIndicatorContribution(subProjectId, indicatorId, LocalTimes.LocalDate(occurrence.StartsAt), value, SourceKey(occurrence.Id), note.Length > 500 ? note[..500] : note),
            ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indicator contribution for occurrence {OccurrenceId} refused ({Reason}); the outcome is kept and the refusal shown on the event page.")]
    private partial void LogRefused(Guid occurrenceId, string reason);
}

/// <summary>Counts a freshly logged outcome towards the event's indicator, if it names one.</summary>
internal sealed class ContributeOutcomeToIndicator(WorkshopsDbContext db, IndicatorContributions contributions)
    : INotificationHandler<WorkshopOutcomeLogged>
{
    public async ValueTask Handle(WorkshopOutcomeLogged notification, CancellationToken cancellationToken)
    {
        var workshop = await db.Workshops.Include(w => w.Occurrences)
            .SingleOrDefaultAsync(w => w.Id == notification.WorkshopId, cancellationToken);
        var occurrence = workshop?.Occurrences.SingleOrDefault(o => o.Id == notification.OccurrenceId);
        if (workshop is null || occurrence is null || (workshop.IndicatorId is null && occurrence.ContributedIndicatorId is null))
        {
            return;
        }

        await contributions.SyncAsync(workshop, [occurrence], cancellationToken);
    }
}
