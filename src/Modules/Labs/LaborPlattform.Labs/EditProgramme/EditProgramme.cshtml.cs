using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs.EditProgramme;

/// <summary>Edits a programme (administrators): the form binds the command the API takes, with the version it showed.</summary>
[Authorize(Policy = Policies.Administrator)]
internal sealed class EditProgrammePage(ISender sender, IStringLocalizer<LabsResource> t) : PageModel
{
    [FromRoute]
    public Guid ProgrammeId { get; set; }

    [BindProperty]
    public EditProgrammeCommand Input { get; set; } = new(Guid.Empty, 0, string.Empty, string.Empty, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var programme = (await sender.Send(new GetProgrammes(), ct)).SingleOrDefault(p => p.Id == ProgrammeId);
        if (programme is null)
        {
            return NotFound();
        }

        Input = new EditProgrammeCommand(ProgrammeId, programme.Version, programme.Name, programme.Description, programme.StartYear, programme.EndYear);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.TryAsync(() => sender.Send(Input with { ProgrammeId = ProgrammeId }, ct).AsTask()))
        {
            TempData["Status"] = t["Das Programm wurde gespeichert."].Value;
            return Redirect("/admin/programme");
        }

        return Page();
    }
}
