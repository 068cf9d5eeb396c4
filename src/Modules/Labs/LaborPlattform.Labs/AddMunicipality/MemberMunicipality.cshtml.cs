using LaborPlattform.Labs.ChangeMunicipality;
using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs.AddMunicipality;

/// <summary>
/// Adds a member municipality (<c>…/kommunen/neu</c>) or edits one (<c>…/kommunen/{AGS}</c>). Both forms have the same
/// fields: the form binds the add command; an edit sends them as the change command, with the AGS from the route.
/// </summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class MemberMunicipalityPage(ISender sender, IStringLocalizer<LabsResource> t) : PageModel
{
    public const string NewKey = "neu";

    [FromRoute]
    public Guid LabId { get; set; }

    [FromRoute]
    public string Key { get; set; } = NewKey;

    [BindProperty]
    public AddMunicipalityCommand Input { get; set; } = new(Guid.Empty, 0, string.Empty, string.Empty, string.Empty, "Partner");

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
        Input = Input with { Version = lab.Version };
        if (!IsNew)
        {
            var member = lab.Municipalities.SingleOrDefault(m => m.MunicipalityKey == Key);
            if (member is null)
            {
                return NotFound();
            }

            Input = Input with { Name = member.Name, Kind = member.Kind, Role = member.Role };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await this.TryAsync(async () =>
        {
            if (IsNew)
            {
                await sender.Send(Input with { LabId = LabId, MunicipalityKey = Input.MunicipalityKey?.Trim() ?? string.Empty }, ct);
            }
            else
            {
                await sender.Send(new ChangeMunicipalityCommand(LabId, Input.Version, Key, Input.Name, Input.Kind, Input.Role), ct);
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
}
