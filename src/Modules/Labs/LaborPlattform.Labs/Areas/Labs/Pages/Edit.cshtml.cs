using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Labs.Areas.Labs.Pages;

/// <summary>
/// Edits a lab's details (administrators and the lab's coordinators). The form carries the version it showed:
/// if someone saved in between, nothing is overwritten and the person is told to reload.
/// </summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class EditModel(ISender sender, IStringLocalizer<LabsResource> t) : LabFormModel<EditModel.EditInput>(sender, t)
{
    [FromRoute]
    public Guid LabId { get; set; }

    public string ProgrammeName { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> StatusItems { get; } =
    [
        new(LabTextsUi.Status(LabStatuses.Active), LabStatuses.Active),
        new(LabTextsUi.Status(LabStatuses.Finished), LabStatuses.Finished),
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

        Input = new EditInput
        {
            Version = lab.Version,
            Name = lab.Name,
            ShortDescription = lab.ShortDescription,
            FederalStateCode = lab.FederalStateCode,
            FundingStart = lab.FundingStart,
            FundingEnd = lab.FundingEnd,
            ThemeIds = lab.Themes.Select(x => x.Id).ToList(),
            Status = lab.Status,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await this.TryAsync(() => Sender.Send(
            new EditLab.EditLab(
                LabId,
                Input.Version,
                Input.Name,
                Input.ShortDescription,
                Input.FederalStateCode,
                Input.FundingStart ?? default,
                Input.FundingEnd ?? default,
                Input.ThemeIds,
                Input.Status),
            ct).AsTask());
        if (saved)
        {
            TempData["Status"] = T["Die Stammdaten wurden gespeichert."].Value;
            return Redirect($"/intern/labore/{LabId}");
        }

        return await LoadAsync(ct) is null ? NotFound() : Page();
    }

    private async Task<LabDto?> LoadAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        var lab = await Sender.Send(new GetLab(LabId), ct);
        ProgrammeName = lab?.ProgrammeName ?? string.Empty;
        return lab;
    }

    public sealed class EditInput : LabInput
    {
        public int Version { get; set; }

        public string Status { get; set; } = LabStatuses.Active;
    }
}
