using LaborPlattform.Projects.Contracts;
using LaborPlattform.Workshops.ReadWorkshops;

namespace LaborPlattform.Workshops.ReadWorkshops;

/// <summary>One event with all its dates, outcomes and the actions on each date (internal).</summary>
[Authorize(Policy = Policies.ReadLab)]
internal sealed class WorkshopDetailsPage(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t, TimeProvider time)
    : WorkshopsLabPage(sender, authorization, t)
{
    [FromRoute]
    public Guid WorkshopId { get; set; }

    public WorkshopView Workshop { get; private set; } = default!;

    public string? SubProjectTitle { get; private set; }

    public string? IndicatorName { get; private set; }

    /// <summary>The public page of the next date (or the last one), for a public event.</summary>
    public string? PublicLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct) || await Sender.Send(new GetWorkshopDetails(LabId, WorkshopId), ct) is not { } view)
        {
            return NotFound();
        }

        Workshop = view;
        if (view.SubProjectId is { } subProjectId)
        {
            var subProject = (await Sender.Send(new GetLabSubProjects(LabId), ct)).SingleOrDefault(s => s.Id == subProjectId);
            SubProjectTitle = subProject?.Title;
            IndicatorName = subProject?.Indicators.SingleOrDefault(i => i.Id == view.Indicator?.IndicatorId)?.Name;
        }

        var now = time.GetUtcNow();
        var shown = view.Occurrences.FirstOrDefault(o => o.EndsAt >= now) ?? view.Occurrences[^1];
        PublicLink = IsArchived ? null : $"/veranstaltungen/{shown.Id}";
        return Page();
    }
}
