using LaborPlattform.Workshops.PublicCalendar;

namespace LaborPlattform.Workshops.PublicCalendar;

/// <summary>One public date: when, where with address and accessibility, how to take part. Internal events are 404.</summary>
[AllowAnonymous]
internal sealed class PublicEventDetailsPage(ISender sender) : PageModel
{
    public PublicEventPage Info { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid occurrenceId, CancellationToken ct)
    {
        if (await sender.Send(new GetPublicEvent(occurrenceId), ct) is not { } page)
        {
            return NotFound();
        }

        Info = page;
        return Page();
    }
}
