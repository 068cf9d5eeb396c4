using LaborPlattform.Projects.ManageIndicators;
using LaborPlattform.Projects.ManageLessons;
using LaborPlattform.Projects.ManageMilestones;
using LaborPlattform.Projects.ManageTransfers;
using LaborPlattform.Projects.PostProgressUpdate;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>
/// A sub-project with its timeline (status changes, progress updates, milestones), indicators with target
/// attainment, lessons learned and transfers. Readable by everyone who may read the lab; the changes posted
/// from here (complete or remove a milestone, remove an indicator, lesson or transfer) need the right to edit it.
/// </summary>
[Authorize(Policy = Policies.ReadLab)]
internal sealed class DetailsModel(ISender sender, IAuthorizationService authorization, ProgressUpdatePermission progress, IStringLocalizer<ProjectsResource> t)
    : SubProjectPageModel(sender)
{
    public bool CanEdit { get; private set; }

    public bool CanPostProgress { get; private set; }

    public IReadOnlyList<TimelineEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostCompleteMilestoneAsync(Guid milestoneId, int version, CancellationToken ct) =>
        ChangeAsync(() => Sender.Send(new CompleteMilestone(LabId, SubProjectId, milestoneId, version, null), ct).AsTask(), t["Der Meilenstein ist als erledigt eingetragen."], ct);

    public Task<IActionResult> OnPostRemoveMilestoneAsync(Guid milestoneId, int version, CancellationToken ct) =>
        ChangeAsync(() => Sender.Send(new RemoveMilestone(LabId, SubProjectId, milestoneId, version), ct).AsTask(), t["Der Meilenstein wurde entfernt."], ct);

    public Task<IActionResult> OnPostRemoveIndicatorAsync(Guid indicatorId, int version, CancellationToken ct) =>
        ChangeAsync(() => Sender.Send(new RemoveIndicator(LabId, SubProjectId, indicatorId, version), ct).AsTask(), t["Die Kennzahl wurde mit ihren Werten entfernt."], ct);

    public Task<IActionResult> OnPostRemoveLessonAsync(Guid lessonId, int version, CancellationToken ct) =>
        ChangeAsync(() => Sender.Send(new RemoveLessonLearned(LabId, SubProjectId, lessonId, version), ct).AsTask(), t["Der Eintrag wurde entfernt."], ct);

    public Task<IActionResult> OnPostRemoveTransferAsync(Guid transferId, int version, CancellationToken ct) =>
        ChangeAsync(() => Sender.Send(new RemoveTransfer(LabId, SubProjectId, transferId, version), ct).AsTask(), t["Die Übernahme wurde entfernt."], ct);

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string done, CancellationToken ct)
    {
        await authorization.RequireLabAsync(User, LabId, Policies.EditLab);
        if (await this.TrySaveAsync(change))
        {
            return BackToSubProject(done);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadSubProjectAsync(ct))
        {
            return false;
        }

        History = Timeline.Build(SubProject);
        CanEdit = !SubProject.IsReadOnly && await authorization.AllowsLabAsync(User, LabId, Policies.EditLab);
        CanPostProgress = !SubProject.IsReadOnly && await progress.AllowsAsync(User, LabId, ct);
        return true;
    }
}
