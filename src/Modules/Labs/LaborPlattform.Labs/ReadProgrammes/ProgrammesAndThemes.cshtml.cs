using LaborPlattform.Labs.AddTheme;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Labs.CreateProgramme;

namespace LaborPlattform.Labs.ReadProgrammes;

/// <summary>Programmes and the theme list (administrators); its two forms bind the commands the API takes.</summary>
[Authorize(Policy = Policies.Administrator)]
internal sealed class ProgrammesAndThemesPage(ISender sender, IStringLocalizer<LabsResource> t) : PageModel
{
    public IReadOnlyList<ProgrammeDto> Programmes { get; private set; } = [];

    public IReadOnlyList<ThemeDto> Themes { get; private set; } = [];

    // Each form binds its own command in its handler, so the other form keeps its empty fields when one is refused.
    public CreateProgrammeCommand Programme { get; private set; } = new(string.Empty, string.Empty, null, null);

    public AddThemeCommand Theme { get; private set; } = new(string.Empty);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateProgrammeAsync([FromForm(Name = nameof(Programme))] CreateProgrammeCommand programme, CancellationToken ct)
    {
        Programme = programme;
        if (await this.TryAsync(() => sender.Send(Programme, ct).AsTask(), "Programme"))
        {
            TempData["Status"] = t["Das Programm wurde angelegt."].Value;
            return RedirectToPage();
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddThemeAsync([FromForm(Name = nameof(Theme))] AddThemeCommand theme, CancellationToken ct)
    {
        Theme = theme;
        if (await this.TryAsync(() => sender.Send(Theme, ct).AsTask(), "Theme"))
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
}
