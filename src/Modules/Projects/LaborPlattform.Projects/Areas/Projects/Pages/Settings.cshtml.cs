using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.ManageSettings;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>The lab's sub-project settings (coordinators): whether municipal staff may post progress updates.</summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class SettingsModel(ISender sender, IStringLocalizer<ProjectsResource> t) : PageModel
{
    [FromRoute]
    public Guid LabId { get; set; }

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public string LabName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LabAsync(ct) is not { } lab)
        {
            return NotFound();
        }

        if (lab.IsArchived)
        {
            return Redirect($"/intern/labore/{LabId}/teilprojekte");
        }

        var settings = await sender.Send(new GetProjectSettings(LabId), ct);
        Input = new SettingsInput { Version = settings.Version, StaffMayPostProgressUpdates = settings.StaffMayPostProgressUpdates };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.TrySaveAsync(() => sender.Send(new ChangeProjectSettings(LabId, Input.Version, Input.StaffMayPostProgressUpdates), ct).AsTask()))
        {
            TempData["Status"] = t["Die Einstellungen wurden gespeichert."].Value;
            return Redirect($"/intern/labore/{LabId}/teilprojekte");
        }

        return await LabAsync(ct) is null ? NotFound() : Page();
    }

    private async Task<LabDto?> LabAsync(CancellationToken ct)
    {
        var lab = await sender.Send(new GetLab(LabId), ct);
        LabName = lab?.Name ?? string.Empty;
        return lab;
    }

    public sealed class SettingsInput
    {
        public int Version { get; set; }

        public bool StaffMayPostProgressUpdates { get; set; }
    }
}
