using System.Globalization;
using LaborPlattform.Workshops.ManageOccurrences;

namespace LaborPlattform.Workshops.ManageOccurrences;

/// <summary>Moves one date to another day or time.</summary>
[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class MoveOccurrencePage(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t)
    : OccurrencePage(sender, authorization, t)
{
    [BindProperty]
    public MoveInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (IsArchived || Date.Outcome is not null)
        {
            return Redirect(DetailsUrl);
        }

        var start = LocalTimes.ToLocal(Date.StartsAt);
        var end = LocalTimes.ToLocal(Date.EndsAt);
        Input = new MoveInput { Version = Date.Version, Date = DateOnly.FromDateTime(start), StartTime = TimeOnly.FromDateTime(start), EndTime = TimeOnly.FromDateTime(end) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (Input.Date is null)
        {
            ModelState.AddModelError("Input.Date", "Bitte geben Sie das neue Datum an.");
        }

        if (Input.StartTime is null)
        {
            ModelState.AddModelError("Input.StartTime", "Bitte geben Sie den neuen Beginn an.");
        }

        if (Input.EndTime is null)
        {
            ModelState.AddModelError("Input.EndTime", "Bitte geben Sie das neue Ende an.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var day = Input.Date!.Value;
        var start = day.ToDateTime(Input.StartTime!.Value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var end = day.ToDateTime(Input.EndTime!.Value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        if (await this.TryAsync(() => Sender.Send(new MoveOccurrence(LabId, WorkshopId, OccurrenceId, Input.Version, start, end), ct).AsTask(), InputField(FieldFor)))
        {
            return BackTo(DetailsUrl, T["Der Termin wurde auf {0} verschoben.", Shared.Time.Berlin.FormatDate(day)]);
        }

        return Page();
    }

    private static string? FieldFor(string field) => field switch
    {
        "start" => nameof(MoveInput.StartTime),
        "end" => nameof(MoveInput.EndTime),
        _ => null,
    };

    public sealed class MoveInput
    {
        public int Version { get; set; }

        public DateOnly? Date { get; set; }

        public TimeOnly? StartTime { get; set; }

        public TimeOnly? EndTime { get; set; }
    }
}
