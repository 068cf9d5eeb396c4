using LaborPlattform.Labs.Contracts;
using LaborPlattform.Labs.ManageUniversities;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Labs.Areas.Labs.Pages;

/// <summary>Links a course of a partner university to the lab: lab work embedded in university teaching.</summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class TeachingLinkModel(ISender sender, IStringLocalizer<LabsResource> t) : PageModel
{
    [FromRoute]
    public Guid LabId { get; set; }

    [FromRoute]
    public Guid UniversityId { get; set; }

    [BindProperty]
    public TeachingLinkInput Input { get; set; } = new();

    public string UniversityName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var lab = await LoadAsync(ct);
        if (lab is null)
        {
            return NotFound();
        }

        Input.Version = lab.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.TryAsync(() => sender.Send(new AddTeachingLink(LabId, Input.Version, UniversityId, Input.Course, Input.Term), ct).AsTask()))
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

    public sealed class TeachingLinkInput
    {
        public int Version { get; set; }

        public string Course { get; set; } = string.Empty;

        public string Term { get; set; } = string.Empty;
    }
}
