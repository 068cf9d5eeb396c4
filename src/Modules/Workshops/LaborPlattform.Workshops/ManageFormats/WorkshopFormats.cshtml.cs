using LaborPlattform.Workshops.ManageFormats;

namespace LaborPlattform.Workshops.ManageFormats;

/// <summary>The extensible list of event formats (administrators).</summary>
[Authorize(Policy = Policies.Administrator)]
internal sealed class WorkshopFormatsPage(ISender sender, IStringLocalizer<WorkshopsResource> t) : PageModel
{
    [BindProperty]
    public FormatInput Input { get; set; } = new();

    public IReadOnlyList<FormatView> Formats { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Formats = await sender.Send(new GetWorkshopFormats(IncludeRetired: true), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        string? key = null;
        if (await this.TryAsync(async () => key = await sender.Send(new AddWorkshopFormat(Input.Name ?? string.Empty, string.IsNullOrWhiteSpace(Input.Key) ? null : Input.Key.Trim()), ct)))
        {
            TempData["Status"] = t["Das Format „{0}“ wurde hinzugefügt.", Input.Name!.Trim()].Value;
            return Redirect("/admin/veranstaltungsformate");
        }

        Formats = await sender.Send(new GetWorkshopFormats(IncludeRetired: true), ct);
        return Page();
    }

    public sealed class FormatInput
    {
        public string? Name { get; set; }

        public string? Key { get; set; }
    }
}
