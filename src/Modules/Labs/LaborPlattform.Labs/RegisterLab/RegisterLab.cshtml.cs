using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs.RegisterLab;

/// <summary>Registers a lab (administrators): the form binds the same command the API takes.</summary>
[Authorize(Policy = Policies.Administrator)]
internal sealed class RegisterLabPage(ISender sender, IStringLocalizer<LabsResource> t) : PageModel, ILabForm
{
    public IStringLocalizer<LabsResource> T { get; } = t;

    [BindProperty]
    public RegisterLabCommand Input { get; set; } = new(string.Empty, string.Empty, string.Empty, Guid.Empty, default, default);

    ILabFields ILabForm.Input => Input;

    public IReadOnlyList<SelectListItem> StateItems { get; } = LabTexts.FederalStateItems();

    public IReadOnlyList<SelectListItem> ThemeItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ProgrammeItems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadChoicesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var id = Guid.Empty;
        if (await this.TryAsync(async () => id = await sender.Send(Input, ct)))
        {
            TempData["Status"] = T["Das Labor wurde angelegt. Tragen Sie jetzt die Kommunen des Konsortiums ein."].Value;
            return Redirect($"/intern/labore/{id}");
        }

        await LoadChoicesAsync(ct);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        ThemeItems = (await sender.Send(new GetThemes(), ct)).Select(x => new SelectListItem(x.Name, x.Id.ToString())).ToList();
        ProgrammeItems = (await sender.Send(new GetProgrammes(), ct)).Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToList();
    }
}
