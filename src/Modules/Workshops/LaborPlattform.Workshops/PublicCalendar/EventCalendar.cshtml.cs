using LaborPlattform.Workshops.PublicCalendar;

namespace LaborPlattform.Workshops.PublicCalendar;

/// <summary>
/// The public event calendar (Veranstaltungskalender) as a list of the coming public dates, by day. For citizens, many
/// over 70: plain words, large type, one event per card, cancelled and moved dates said in words.
/// </summary>
[AllowAnonymous]
internal sealed class EventCalendarPage(ISender sender, TimeProvider time) : CalendarPage(sender)
{
    public const int PageSize = 60;

    public IReadOnlyList<PublicEvent> Events { get; private set; } = [];

    public bool Truncated { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var labId = await LoadFilterAsync(now, ct);
        var events = await Sender.Send(new GetPublicEvents(now, null, Ort, Art, labId, null, PageSize + 1), ct);
        Truncated = events.Count > PageSize;
        Events = events.Take(PageSize).ToList();
    }
}
