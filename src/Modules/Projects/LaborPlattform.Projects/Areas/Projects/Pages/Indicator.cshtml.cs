using LaborPlattform.Projects.ManageIndicators;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>Adds an indicator (<c>…/kennzahlen/neu</c>) or edits its definition (<c>…/kennzahlen/{id}</c>).</summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class IndicatorModel(ISender sender, IStringLocalizer<ProjectsResource> t) : SubProjectPageModel(sender)
{
    public const string NewKey = "neu";

    [FromRoute]
    public string Indicator { get; set; } = NewKey;

    [BindProperty]
    public IndicatorInput Input { get; set; } = new();

    public bool IsNew => Indicator == NewKey;

    public IReadOnlyList<SelectListItem> KindItems { get; } = ProjectTextsUi.KindItems().Select(i => new SelectListItem(t[i.Text], i.Value)).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadSubProjectAsync(ct) || (!IsNew && Existing() is null))
        {
            return NotFound();
        }

        if (SubProject.IsReadOnly)
        {
            return Redirect(DetailsUrl);
        }

        Input.Version = SubProject.Version;
        if (Existing() is { } i)
        {
            Input.Name = i.Name;
            Input.Unit = i.Unit;
            Input.Kind = i.Kind;
            Input.Baseline = ProjectTextsUi.FieldNumber(i.Baseline);
            Input.Target = ProjectTextsUi.FieldNumber(i.Target);
        }
        else
        {
            Input.Kind = IndicatorKind.Cumulative.ToString();
            Input.Baseline = "0";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsNew && !Guid.TryParse(Indicator, out _))
        {
            return NotFound();
        }

        var saved = await this.TrySaveAsync(async () =>
        {
            var baseline = Number(Input.Baseline, "baseline");
            var target = Number(Input.Target, "target");
            if (IsNew)
            {
                await Sender.Send(new AddIndicator(LabId, SubProjectId, Input.Version, Input.Name ?? string.Empty, Input.Unit ?? string.Empty, Input.Kind ?? string.Empty, baseline, target), ct);
            }
            else
            {
                await Sender.Send(new EditIndicator(LabId, SubProjectId, Guid.Parse(Indicator), Input.Version, Input.Name ?? string.Empty, Input.Unit ?? string.Empty, Input.Kind ?? string.Empty, baseline, target), ct);
            }
        });
        if (saved)
        {
            return BackToSubProject(IsNew ? t["Die Kennzahl wurde hinzugefügt."] : t["Die Kennzahl wurde gespeichert."]);
        }

        return await LoadSubProjectAsync(ct) ? Page() : NotFound();
    }

    /// <summary>A number as typed; empty is null (the command says it is missing), anything unreadable is refused here.</summary>
    public static decimal? Number(string? text, string field) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : ProjectTextsUi.ParseNumber(text) ?? throw new ValidationFailedException(field, $"„{text}“ ist keine Zahl. Bitte geben Sie eine Zahl ein, z. B. 300 oder 12,5.");

    private ReadSubProjects.IndicatorView? Existing() =>
        Guid.TryParse(Indicator, out var id) ? SubProject.Indicators.SingleOrDefault(i => i.Id == id) : null;

    public sealed class IndicatorInput
    {
        public int Version { get; set; }

        public string? Name { get; set; }

        public string? Unit { get; set; }

        public string? Kind { get; set; }

        public string? Baseline { get; set; }

        public string? Target { get; set; }
    }
}
