using LaborPlattform.Projects.ManageIndicators;
using LaborPlattform.Projects.ReadSubProjects;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>An indicator's measured values: everyone who reads the lab sees them, coordinators add and remove values.</summary>
[Authorize(Policy = Policies.ReadLab)]
internal sealed class IndicatorValuesModel(ISender sender, IAuthorizationService authorization, TimeProvider time, IStringLocalizer<ProjectsResource> t) : SubProjectPageModel(sender)
{
    [FromRoute]
    public Guid IndicatorId { get; set; }

    [BindProperty]
    public ValueInput Input { get; set; } = new();

    public IndicatorView Indicator { get; private set; } = default!;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input.MeasuredOn = Berlin.Today(time);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await authorization.RequireLabAsync(User, LabId, Policies.EditLab);
        var saved = await this.TrySaveAsync(() => Sender.Send(
            new RecordIndicatorValue(LabId, SubProjectId, IndicatorId, Input.MeasuredOn, IndicatorModel.Number(Input.Value, "value"), Input.Note),
            ct).AsTask());
        if (saved)
        {
            TempData["Status"] = t["Der Wert wurde gespeichert."].Value;
            return Redirect(Request.Path);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid valueId, CancellationToken ct)
    {
        await authorization.RequireLabAsync(User, LabId, Policies.EditLab);
        if (await this.TrySaveAsync(() => Sender.Send(new RemoveIndicatorValue(LabId, SubProjectId, IndicatorId, valueId), ct).AsTask()))
        {
            TempData["Status"] = t["Der Wert wurde entfernt."].Value;
            return Redirect(Request.Path);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadSubProjectAsync(ct) || SubProject.Indicators.SingleOrDefault(i => i.Id == IndicatorId) is not { } indicator)
        {
            return false;
        }

        Indicator = indicator;
        CanEdit = !SubProject.IsReadOnly && await authorization.AllowsLabAsync(User, LabId, Policies.EditLab);
        return true;
    }

    public sealed class ValueInput
    {
        public string? Value { get; set; }

        public DateOnly? MeasuredOn { get; set; }

        public string? Note { get; set; }
    }
}
