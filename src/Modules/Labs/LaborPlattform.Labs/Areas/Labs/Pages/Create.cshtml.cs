using LaborPlattform.Labs.Contracts;
using LaborPlattform.Labs.RegisterLab;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Labs.Areas.Labs.Pages;

/// <summary>Registers a lab (administrators).</summary>
[Authorize(Policy = Policies.Administrator)]
internal sealed class CreateModel(ISender sender, IStringLocalizer<LabsResource> t) : LabFormModel<CreateModel.CreateInput>(sender, t)
{
    public IReadOnlyList<SelectListItem> ProgrammeItems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var id = Guid.Empty;
        var created = await this.TryAsync(async () => id = await Sender.Send(
            new RegisterLab.RegisterLab(
                Input.Name,
                Input.ShortDescription,
                Input.FederalStateCode,
                Input.ProgrammeId ?? Guid.Empty,
                Input.FundingStart ?? default,
                Input.FundingEnd ?? default,
                Input.ThemeIds),
            ct));
        if (created)
        {
            TempData["Status"] = T["Das Labor wurde angelegt. Tragen Sie jetzt die Kommunen des Konsortiums ein."].Value;
            return Redirect($"/intern/labore/{id}");
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        ProgrammeItems = (await Sender.Send(new GetProgrammes(), ct)).Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToList();
    }

    public sealed class CreateInput : LabInput
    {
        public Guid? ProgrammeId { get; set; }
    }
}
