using LaborPlattform.Labs.Contracts;
using LaborPlattform.Workshops.PublicCalendar;

namespace LaborPlattform.Workshops.PublicCalendar;

/// <summary>
/// Base of the public calendar's list and month views: the filter (place, kind of event, lab) as a plain GET form,
/// so it works without JavaScript and every result can be bookmarked.
/// </summary>
internal abstract class CalendarPage(ISender sender) : PageModel
{
    protected ISender Sender { get; } = sender;

    /// <summary>AGS of the place, or "online".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Ort { get; set; }

    /// <summary>Format key.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Art { get; set; }

    /// <summary>Lab URL name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Labor { get; set; }

    public IReadOnlyList<SelectListItem> PlaceItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> FormatItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> LabItems { get; private set; } = [];

    /// <summary>The lab chosen in the filter, when there is one (its feed is offered for subscription).</summary>
    public LabDto? ChosenLab { get; private set; }

    public string FeedBase => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    /// <summary>The filter as a query string, to carry it between list and month view.</summary>
    public string FilterQuery(params (string Key, string? Value)[] extra)
    {
        var pairs = new List<(string, string?)> { ("ort", Ort), ("art", Art), ("labor", Labor) };
        pairs.AddRange(extra);
        var query = string.Join("&", pairs.Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        return query.Length == 0 ? string.Empty : "?" + query;
    }

    protected async Task<Guid?> LoadFilterAsync(DateTimeOffset from, CancellationToken ct)
    {
        var choices = await Sender.Send(new GetPublicCalendarChoices(from), ct);
        PlaceItems = choices.Places.Select(c => new SelectListItem(c.Text, c.Value)).ToList();
        FormatItems = choices.Formats.Select(c => new SelectListItem(c.Text, c.Value)).ToList();
        LabItems = choices.Labs.Select(c => new SelectListItem(c.Text, c.Value)).ToList();
        if (string.IsNullOrWhiteSpace(Labor))
        {
            return null;
        }

        ChosenLab = await Sender.Send(new GetLabBySlug(Labor), ct);
        return ChosenLab is { IsArchived: false } lab ? lab.Id : Guid.Empty;
    }
}
