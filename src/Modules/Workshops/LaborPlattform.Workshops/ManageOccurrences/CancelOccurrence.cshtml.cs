using LaborPlattform.Workshops.ManageOccurrences;
using LaborPlattform.Workshops.ReadWorkshops;

namespace LaborPlattform.Workshops.ManageOccurrences;

/// <summary>Cancels one date with a reason for the public, or takes a cancellation back.</summary>
[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class CancelOccurrencePage(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t)
    : OccurrencePage(sender, authorization, t)
{
    [BindProperty]
    public CancelInput Input { get; set; } = new();

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

        Input.Version = Date.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (await this.TryAsync(() => Sender.Send(new CancelOccurrence(LabId, WorkshopId, OccurrenceId, Input.Version, Input.Reason ?? string.Empty), ct).AsTask(), InputField(FieldFor)))
        {
            return BackTo(DetailsUrl, T["Der Termin am {0} ist abgesagt.", Shared.Time.Berlin.FormatDate(Date.StartsAt)]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostReinstateAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (await this.TryAsync(() => Sender.Send(new ReinstateOccurrence(LabId, WorkshopId, OccurrenceId, Input.Version), ct).AsTask(), InputField(FieldFor)))
        {
            return BackTo(DetailsUrl, T["Der Termin am {0} findet wieder statt.", Shared.Time.Berlin.FormatDate(Date.StartsAt)]);
        }

        return Page();
    }

    private static string? FieldFor(string field) => field == "reason" ? nameof(CancelInput.Reason) : null;

    public sealed class CancelInput
    {
        public int Version { get; set; }

        public string? Reason { get; set; }
    }
}

/// <summary>Base of the pages that act on one date of an event.</summary>
internal abstract class OccurrencePage(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t)
    : WorkshopsLabPage(sender, authorization, t)
{
    [FromRoute]
    public Guid WorkshopId { get; set; }

    [FromRoute]
    public Guid OccurrenceId { get; set; }

    public WorkshopView Workshop { get; private set; } = default!;

    public OccurrenceView Date { get; private set; } = default!;

    public string DetailsUrl => $"{EventsUrl}/{WorkshopId}";

    protected async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct) || await Sender.Send(new GetWorkshopDetails(LabId, WorkshopId), ct) is not { } view
            || view.Occurrences.SingleOrDefault(o => o.Id == OccurrenceId) is not { } date)
        {
            return false;
        }

        Workshop = view;
        Date = date;
        return true;
    }
}
