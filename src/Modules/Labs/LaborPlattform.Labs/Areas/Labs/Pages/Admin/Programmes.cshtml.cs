using LaborPlattform.Labs.Contracts;
using LaborPlattform.Labs.ManageProgrammes;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Labs.Areas.Labs.Pages.Admin;

/// <summary>Programmes and the theme list (administrators).</summary>
[Authorize(Policy = Policies.Administrator)]
internal sealed class ProgrammesModel(ISender sender, IStringLocalizer<LabsResource> t) : PageModel
{
    public IReadOnlyList<ProgrammeDto> Programmes { get; private set; } = [];

    public IReadOnlyList<ThemeDto> Themes { get; private set; } = [];

    [BindProperty]
    public ProgrammeInput Programme { get; set; } = new();

    [BindProperty]
    public ThemeInput Theme { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateProgrammeAsync(CancellationToken ct)
    {
        if (await this.TryAsync(() => sender.Send(new CreateProgramme(Programme.Name, Programme.Description ?? string.Empty, Programme.StartYear ?? 0, Programme.EndYear), ct).AsTask(), "Programme"))
        {
            TempData["Status"] = t["Das Programm wurde angelegt."].Value;
            return RedirectToPage();
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddThemeAsync(CancellationToken ct)
    {
        if (await this.TryAsync(() => sender.Send(new AddTheme(Theme.Name), ct).AsTask(), "Theme"))
        {
            TempData["Status"] = t["Das Thema wurde hinzugefügt."].Value;
            return RedirectToPage();
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Programmes = await sender.Send(new GetProgrammes(), ct);
        Themes = await sender.Send(new GetThemes(), ct);
    }

    public sealed class ProgrammeInput
    {
        public string Name { get; set; } = string.Empty;

        public string? Description { get; set; }

        public int? StartYear { get; set; }

        public int? EndYear { get; set; }
    }

    public sealed class ThemeInput
    {
        public string Name { get; set; } = string.Empty;
    }
}
