using LaborPlattform.Labs.Contracts;
using LaborPlattform.Labs.ManageProgrammes;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Labs.Areas.Labs.Pages.Admin;

[Authorize(Policy = Policies.Administrator)]
internal sealed class ProgrammeModel(ISender sender, IStringLocalizer<LabsResource> t) : PageModel
{
    [FromRoute]
    public Guid ProgrammeId { get; set; }

    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var programme = (await sender.Send(new GetProgrammes(), ct)).SingleOrDefault(p => p.Id == ProgrammeId);
        if (programme is null)
        {
            return NotFound();
        }

        Input = new ProgrammeInput
        {
            Version = programme.Version,
            Name = programme.Name,
            Description = programme.Description,
            StartYear = programme.StartYear,
            EndYear = programme.EndYear,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.TryAsync(() => sender.Send(new EditProgramme(ProgrammeId, Input.Version, Input.Name, Input.Description ?? string.Empty, Input.StartYear ?? 0, Input.EndYear), ct).AsTask()))
        {
            TempData["Status"] = t["Das Programm wurde gespeichert."].Value;
            return Redirect("/admin/programme");
        }

        return Page();
    }

    public sealed class ProgrammeInput
    {
        public int Version { get; set; }

        public string Name { get; set; } = string.Empty;

        public string? Description { get; set; }

        public int? StartYear { get; set; }

        public int? EndYear { get; set; }
    }
}
