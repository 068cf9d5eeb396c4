using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs.ReadLabs;

/// <summary>The labs the signed-in person may read (all for administrators and reviewers, their own for lab staff).</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class InternalLabsPage(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ProgrammeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ThemeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Archived { get; set; }

    public IReadOnlyList<LabDto> Labs { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ProgrammeItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> StateItems { get; } = LabTexts.FederalStateItems();

    public IReadOnlyList<SelectListItem> ThemeItems { get; private set; } = [];

    public bool CanRegister => User.IsInRole(Roles.Administrator);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = LabPermissions.ReadsAllLabs(User) ? null : LabPermissions.ScopedLabs(User);
        Labs = await sender.Send(new GetLabs(ProgrammeId, State, ThemeId, Archived, scope), ct);
        ProgrammeItems = (await sender.Send(new GetProgrammes(), ct)).Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToList();
        ThemeItems = (await sender.Send(new GetThemes(), ct)).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();
    }
}
