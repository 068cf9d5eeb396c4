using LaborPlattform.Projects.ChangeStatus;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>Moves a sub-project to another status with a reason; only the transitions the life cycle allows are offered.</summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class StatusModel(ISender sender, IStringLocalizer<ProjectsResource> t) : SubProjectPageModel(sender)
{
    [BindProperty]
    public StatusInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> StatusItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
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
        if (await this.TrySaveAsync(() => Sender.Send(new ChangeSubProjectStatus(LabId, SubProjectId, Input.Version, Input.Status ?? string.Empty, Input.Reason ?? string.Empty), ct).AsTask()))
        {
            return BackToSubProject(t["Der Status wurde geändert."]);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadSubProjectAsync(ct))
        {
            return false;
        }

        StatusItems = SubProject.NextStatuses
            .Select(s => new SelectListItem(t[ProjectTextsUi.Status(s)], s))
            .ToList();
        return true;
    }

    public sealed class StatusInput
    {
        public int Version { get; set; }

        public string? Status { get; set; }

        public string? Reason { get; set; }
    }
}
