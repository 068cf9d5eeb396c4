using LaborPlattform.Workshops.ReadWorkshops;

namespace LaborPlattform.Workshops.ReadWorkshops;

/// <summary>A lab's events: dates still waiting for an outcome, the next dates, and every event and series.</summary>
[Authorize(Policy = Policies.ReadLab)]
internal sealed class LabWorkshopsPage(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t, TimeProvider time)
    : WorkshopsLabPage(sender, authorization, t)
{
    public IReadOnlyList<OccurrenceListItem> AwaitingOutcome { get; private set; } = [];

    public IReadOnlyList<OccurrenceListItem> Upcoming { get; private set; } = [];

    public IReadOnlyList<WorkshopSummaryView> Workshops { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return NotFound();
        }

        var today = Berlin.Today(time);
        var now = time.GetUtcNow();
        AwaitingOutcome = (await Sender.Send(new GetLabOccurrences(LabId, today.AddYears(-1), today), ct))
            .Where(o => o.HasBegun && o.Status != "Cancelled" && o.Participants is null)
            .OrderByDescending(o => o.StartsAt)
            .ToList();
        Upcoming = (await Sender.Send(new GetLabOccurrences(LabId, today, today.AddDays(56)), ct))
            .Where(o => o.EndsAt >= now)
            .ToList();
        Workshops = await Sender.Send(new GetLabWorkshops(LabId), ct);
        return Page();
    }
}
