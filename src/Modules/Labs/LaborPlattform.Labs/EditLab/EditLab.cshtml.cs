using LaborPlattform.Labs.Contracts;
using LaborPlattform.Labs.RegisterLab;

namespace LaborPlattform.Labs.EditLab;

/// <summary>
/// Edits a lab's details (administrators and the lab's coordinators). The form binds the command the API takes and
/// carries the version it showed: if someone saved in between, nothing is overwritten and the person is told to reload.
/// </summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class EditLabPage(ISender sender, IStringLocalizer<LabsResource> t) : PageModel, ILabForm
{
    public IStringLocalizer<LabsResource> T { get; } = t;

    [FromRoute]
    public Guid LabId { get; set; }

    [BindProperty]
    public EditLabCommand Input { get; set; } = new(Guid.Empty, 0, string.Empty, string.Empty, string.Empty, default, default, [], LabStatuses.Active);

    ILabFields ILabForm.Input => Input;

    public string ProgrammeName { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> StateItems { get; } = LabTexts.FederalStateItems();

    public IReadOnlyList<SelectListItem> ThemeItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> StatusItems { get; } =
    [
        new(LabTexts.Status(LabStatuses.Active), LabStatuses.Active),
        new(LabTexts.Status(LabStatuses.Finished), LabStatuses.Finished),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var lab = await LoadAsync(ct);
        if (lab is null)
        {
            return NotFound();
        }

        if (lab.IsArchived)
        {
            return Redirect($"/intern/labore/{LabId}");
        }

        Input = new EditLabCommand(
            LabId, lab.Version, lab.Name, lab.ShortDescription, lab.FederalStateCode, lab.FundingStart, lab.FundingEnd, lab.Themes.Select(x => x.Id).ToList(), lab.Status);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.TryAsync(() => sender.Send(Input with { LabId = LabId }, ct).AsTask()))
        {
            TempData["Status"] = T["Die Stammdaten wurden gespeichert."].Value;
            return Redirect($"/intern/labore/{LabId}");
        }

        return await LoadAsync(ct) is null ? NotFound() : Page();
    }

    private async Task<LabDto?> LoadAsync(CancellationToken ct)
    {
        ThemeItems = (await sender.Send(new GetThemes(), ct)).Select(x => new SelectListItem(x.Name, x.Id.ToString())).ToList();
        var lab = await sender.Send(new GetLab(LabId), ct);
        ProgrammeName = lab?.ProgrammeName ?? string.Empty;
        return lab;
    }
}
