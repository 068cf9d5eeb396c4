using LaborPlattform.Workshops.ManageFormats;

namespace LaborPlattform.Workshops.ManageFormats;

/// <summary>Renames a format or stops offering it (administrators).</summary>
[Authorize(Policy = Policies.Administrator)]
internal sealed class WorkshopFormatPage(ISender sender, IStringLocalizer<WorkshopsResource> t) : PageModel
{
    [FromRoute]
    public string Key { get; set; } = string.Empty;

    [BindProperty]
    public FormatEditInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var format = (await sender.Send(new GetWorkshopFormats(IncludeRetired: true), ct)).SingleOrDefault(f => f.Key == Key);
        if (format is null)
        {
            return NotFound();
        }

        Input = new FormatEditInput { Version = format.Version, Name = format.Name, IsActive = format.IsActive };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.TryAsync(() => sender.Send(new EditWorkshopFormat(Key, Input.Version, Input.Name ?? string.Empty, Input.IsActive), ct).AsTask()))
        {
            TempData["Status"] = t["Das Format wurde gespeichert."].Value;
            return Redirect("/admin/veranstaltungsformate");
        }

        return Page();
    }

    public sealed class FormatEditInput
    {
        public int Version { get; set; }

        public string? Name { get; set; }

        public bool IsActive { get; set; }
    }
}
