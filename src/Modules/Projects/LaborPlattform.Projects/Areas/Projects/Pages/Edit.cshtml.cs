using LaborPlattform.Projects.ReadSubProjects;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>
/// Edits a sub-project's details. The form carries the version it showed: if someone saved in between, nothing
/// is overwritten and the person is told to reload.
/// </summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class EditModel(ISender sender, IStringLocalizer<ProjectsResource> t) : SubProjectFormModel<EditModel.EditInput>(sender, t)
{
    [FromRoute]
    public Guid SubProjectId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadChoicesAsync(ct) is null || await Sender.Send(new GetSubProjectDetails(LabId, SubProjectId), ct) is not { } s)
        {
            return NotFound();
        }

        AddFormerMembers(s.Municipalities.Select(m => m.MunicipalityKey));
        await AddFormerOrganisationsAsync(s.ResponsibleOrganisations.Select(o => o.Id), ct);

        if (s.IsReadOnly)
        {
            return Redirect($"/intern/labore/{LabId}/teilprojekte/{SubProjectId}");
        }

        Input = new EditInput
        {
            Version = s.Version,
            Title = s.Title,
            Goal = s.Goal,
            Description = s.Description,
            InternalNotes = s.InternalNotes,
            ThemeIds = s.Themes.Select(x => x.Id).ToList(),
            TargetGroups = string.Join('\n', s.TargetGroups),
            MunicipalityKeys = s.Municipalities.Select(m => m.MunicipalityKey).ToList(),
            Principles = s.Principles.ToList(),
            StartDate = s.StartDate,
            PlannedEnd = s.PlannedEnd,
            IsPublished = s.IsPublished,
            PublicSummary = s.PublicSummary,
            ResponsibleOrganisationIds = s.ResponsibleOrganisations.Select(o => o.Id).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await this.TrySaveAsync(() => Sender.Send(
            new EditSubProject.EditSubProject(
                LabId,
                SubProjectId,
                Input.Version,
                Input.Title ?? string.Empty,
                Input.Goal ?? string.Empty,
                Input.Description,
                Input.InternalNotes,
                Input.ThemeIds,
                Input.TargetGroupList(),
                Input.MunicipalityKeys,
                Input.Principles,
                Input.StartDate,
                Input.PlannedEnd,
                Input.IsPublished,
                Input.PublicSummary,
                Input.ResponsibleOrganisationIds),
            ct).AsTask());
        if (saved)
        {
            TempData["Status"] = T["Das Teilprojekt wurde gespeichert."].Value;
            return Redirect($"/intern/labore/{LabId}/teilprojekte/{SubProjectId}");
        }

        if (await LoadChoicesAsync(ct) is null)
        {
            return NotFound();
        }

        AddFormerMembers(Input.MunicipalityKeys);
        await AddFormerOrganisationsAsync(Input.ResponsibleOrganisationIds, ct);
        return Page();
    }

    public sealed class EditInput : SubProjectInput
    {
        public int Version { get; set; }
    }
}
