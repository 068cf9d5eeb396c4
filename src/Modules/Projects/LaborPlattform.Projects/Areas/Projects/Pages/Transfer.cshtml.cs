using LaborPlattform.Projects.ManageTransfers;
using LaborPlattform.Shared.Authorization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>Records that another municipality adopted the sub-project's approach.</summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class TransferModel(ISender sender, IStringLocalizer<ProjectsResource> t) : SubProjectPageModel(sender)
{
    [BindProperty]
    public TransferInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadSubProjectAsync(ct))
        {
            return NotFound();
        }

        if (SubProject.IsReadOnly)
        {
            return Redirect(DetailsUrl);
        }

        Input.Version = SubProject.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await this.TrySaveAsync(() => Sender.Send(
            new AddTransfer(LabId, SubProjectId, Input.Version, Input.MunicipalityKey ?? string.Empty, Input.MunicipalityName ?? string.Empty, Input.AdoptedOn, Input.Note),
            ct).AsTask());
        if (saved)
        {
            return BackToSubProject(t["Die Übernahme wurde eingetragen."]);
        }

        return await LoadSubProjectAsync(ct) ? Page() : NotFound();
    }

    public sealed class TransferInput
    {
        public int Version { get; set; }

        public string? MunicipalityKey { get; set; }

        public string? MunicipalityName { get; set; }

        public DateOnly? AdoptedOn { get; set; }

        public string? Note { get; set; }
    }
}
