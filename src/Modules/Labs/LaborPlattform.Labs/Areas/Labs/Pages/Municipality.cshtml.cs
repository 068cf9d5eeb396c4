using LaborPlattform.Labs.Contracts;
using LaborPlattform.Labs.ManageMunicipalities;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Labs.Areas.Labs.Pages;

/// <summary>Adds a member municipality (<c>…/kommunen/neu</c>) or edits one (<c>…/kommunen/{AGS}</c>).</summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class MunicipalityModel(ISender sender, IStringLocalizer<LabsResource> t) : PageModel
{
    public const string NewKey = "neu";

    [FromRoute]
    public Guid LabId { get; set; }

    [FromRoute]
    public string Key { get; set; } = NewKey;

    [BindProperty]
    public MunicipalityInput Input { get; set; } = new();

    public bool IsNew => Key == NewKey;

    public string LabName { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> KindItems { get; } = LabTexts.KindItems().Select(i => new SelectListItem(t[i.Text], i.Value)).ToList();

    public IReadOnlyList<SelectListItem> RoleItems { get; } = LabTexts.RoleItems().Select(i => new SelectListItem(t[i.Text], i.Value)).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await sender.Send(new GetLab(LabId), ct) is not { IsArchived: false } lab)
        {
            return NotFound();
        }

        LabName = lab.Name;
        Input.Version = lab.Version;
        if (!IsNew)
        {
            var member = lab.Municipalities.SingleOrDefault(m => m.MunicipalityKey == Key);
            if (member is null)
            {
                return NotFound();
            }

            Input.Name = member.Name;
            Input.Kind = member.Kind;
            Input.Role = member.Role;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await this.TryAsync(async () =>
        {
            if (IsNew)
            {
                await sender.Send(new AddMemberMunicipality(LabId, Input.Version, Input.MunicipalityKey.Trim(), Input.Name, Input.Kind, Input.Role), ct);
            }
            else
            {
                await sender.Send(new UpdateMemberMunicipality(LabId, Input.Version, Key, Input.Name, Input.Kind, Input.Role), ct);
            }
        });
        if (saved)
        {
            TempData["Status"] = (IsNew ? t["Die Kommune wurde hinzugefügt."] : t["Die Kommune wurde gespeichert."]).Value;
            return Redirect($"/intern/labore/{LabId}");
        }

        LabName = (await sender.Send(new GetLab(LabId), ct))?.Name ?? string.Empty;
        return Page();
    }

    public sealed class MunicipalityInput
    {
        public int Version { get; set; }

        public string MunicipalityKey { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string Kind { get; set; } = string.Empty;

        public string Role { get; set; } = "Partner";
    }
}
