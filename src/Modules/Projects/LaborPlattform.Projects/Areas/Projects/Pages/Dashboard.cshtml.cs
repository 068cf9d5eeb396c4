using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.PostProgressUpdate;
using LaborPlattform.Projects.ReadSubProjects;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>
/// The lab dashboard for coordinators: every sub-project with status, traffic light, last update and percent
/// complete, those with overdue milestones first; filtered by status and theme.
/// </summary>
[Authorize(Policy = Policies.ReadLab)]
internal sealed class DashboardModel(ISender sender, IAuthorizationService authorization, ProgressUpdatePermission progress, IStringLocalizer<ProjectsResource> t) : PageModel
{
    [FromRoute]
    public Guid LabId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ThemeId { get; set; }

    public LabDashboard Board { get; private set; } = default!;

    public bool CanEdit { get; private set; }

    public bool CanPostProgress { get; private set; }

    public IReadOnlyList<SelectListItem> StatusItems { get; } = ProjectTextsUi.StatusItems().Select(i => new SelectListItem(t[i.Text], i.Value)).ToList();

    public IReadOnlyList<SelectListItem> ThemeItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Board = await sender.Send(new GetLabDashboard(LabId, Status, ThemeId), ct);
        }
        catch (ValidationFailedException invalid)
        {
            ModelState.AddModelError(nameof(Status), invalid.Errors.SelectMany(e => e.Value).First());
            Status = null;
            Board = await sender.Send(new GetLabDashboard(LabId, null, ThemeId), ct);
        }

        ThemeItems = (await sender.Send(new GetThemes(), ct)).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();
        CanEdit = !Board.IsArchived && await authorization.AllowsLabAsync(User, LabId, Policies.EditLab);
        CanPostProgress = !Board.IsArchived && await progress.AllowsAsync(User, LabId, ct);
        return Page();
    }
}
