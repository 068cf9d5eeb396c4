using System.Globalization;
using LaborPlattform.Workshops.PublicCalendar;

namespace LaborPlattform.Workshops.PublicCalendar;

/// <summary>
/// The public calendar as a month: a grid of days on wide screens, a plain list of the days with events on narrow ones
/// (and for screen readers, which skip the empty days). Only dates still to come are shown.
/// </summary>
[AllowAnonymous]
internal sealed class EventCalendarMonthPage(ISender sender, TimeProvider time) : CalendarPage(sender)
{
    /// <summary>The month as yyyy-MM; the current month when missing or unreadable.</summary>
    [BindProperty(SupportsGet = true, Name = "monat")]
    public string? MonthText { get; set; }

    public DateOnly Month { get; private set; }

    public bool HasPrevious { get; private set; }

    public IReadOnlyList<PublicEvent> Events { get; private set; } = [];

    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = Berlin.Today(time);
        var current = new DateOnly(today.Year, today.Month, 1);
        Month = DateOnly.TryParseExact(MonthText, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen) && chosen > current && chosen < current.AddYears(3)
            ? chosen
            : current;
        HasPrevious = Month > current;
        var now = time.GetUtcNow();
        var labId = await LoadFilterAsync(now, ct);
        var start = Berlin.StartOfDay(Month);
        Events = await Sender.Send(new GetPublicEvents(start > now ? start : now, Berlin.StartOfDay(Month.AddMonths(1)), Ort, Art, labId), ct);
    }
}
