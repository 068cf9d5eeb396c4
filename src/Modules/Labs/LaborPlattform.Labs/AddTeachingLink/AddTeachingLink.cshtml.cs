using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs.AddTeachingLink;

/// <summary>Links a course of a partner university to the lab: lab work embedded in university teaching. The form binds the command the API takes.</summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class AddTeachingLinkPage(ISender sender, IStringLocalizer<LabsResource> t) : PageModel
{
    [FromRoute]
    public Guid LabId { get; set; }

    [FromRoute]
    public Guid UniversityId { get; set; }

    [BindProperty]
    public AddTeachingLinkCommand Input { get; set; } = new(Guid.Empty, 0, Guid.Empty, string.Empty, string.Empty);

    public string UniversityName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var lab = await LoadAsync(ct);
        if (lab is null)
        {
            return NotFound();
        }

        Input = Input with { Version = lab.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.TryAsync(() => sender.Send(Input with { LabId = LabId, UniversityId = UniversityId }, ct).AsTask()))
        {
            TempData["Status"] = t["Die Lehrveranstaltung wurde hinzugefügt."].Value;
            return Redirect($"/intern/labore/{LabId}");
        }

        return await LoadAsync(ct) is null ? NotFound() : Page();
    }

    private async Task<LabDto?> LoadAsync(CancellationToken ct)
    {
        var lab = await sender.Send(new GetLab(LabId), ct);
        var university = lab?.Universities.SingleOrDefault(u => u.Id == UniversityId);
        if (lab is null || lab.IsArchived || university is null)
        {
            return null;
        }

        UniversityName = university.Name;
        return lab;
    }
}
