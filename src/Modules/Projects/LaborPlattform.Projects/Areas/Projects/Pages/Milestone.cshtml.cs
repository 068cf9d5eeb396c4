using LaborPlattform.Projects.ManageMilestones;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>Adds a milestone (<c>…/meilensteine/neu</c>) or edits one (<c>…/meilensteine/{id}</c>).</summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class MilestoneModel(ISender sender, IStringLocalizer<ProjectsResource> t) : SubProjectPageModel(sender)
{
    public const string NewKey = "neu";

    [FromRoute]
    public string Milestone { get; set; } = NewKey;

    [BindProperty]
    public MilestoneInput Input { get; set; } = new();

    public bool IsNew => Milestone == NewKey;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadSubProjectAsync(ct) || (!IsNew && Existing() is null))
        {
            return NotFound();
        }

        if (SubProject.IsReadOnly)
        {
            return Redirect(DetailsUrl);
        }

        Input.Version = SubProject.Version;
        if (Existing() is { } m)
        {
            Input.Title = m.Title;
            Input.DueDate = m.DueDate;
            Input.CompletedOn = m.CompletedOn;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsNew && !Guid.TryParse(Milestone, out _))
        {
            return NotFound();
        }

        var saved = await this.TrySaveAsync(async () =>
        {
            if (IsNew)
            {
                await Sender.Send(new AddMilestone(LabId, SubProjectId, Input.Version, Input.Title ?? string.Empty, Input.DueDate), ct);
            }
            else
            {
                await Sender.Send(new EditMilestone(LabId, SubProjectId, Guid.Parse(Milestone), Input.Version, Input.Title ?? string.Empty, Input.DueDate, Input.CompletedOn), ct);
            }
        });
        if (saved)
        {
            return BackToSubProject(IsNew ? t["Der Meilenstein wurde hinzugefügt."] : t["Der Meilenstein wurde gespeichert."]);
        }

        return await LoadSubProjectAsync(ct) ? Page() : NotFound();
    }

    private ReadSubProjects.MilestoneView? Existing() =>
        Guid.TryParse(Milestone, out var id) ? SubProject.Milestones.SingleOrDefault(m => m.Id == id) : null;

    public sealed class MilestoneInput
    {
        public int Version { get; set; }

        public string? Title { get; set; }

        public DateOnly? DueDate { get; set; }

        public DateOnly? CompletedOn { get; set; }
    }
}
