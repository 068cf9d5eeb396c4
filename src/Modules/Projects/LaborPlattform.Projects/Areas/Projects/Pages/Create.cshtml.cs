namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>Creates a sub-project of the lab (administrators and the lab's coordinators).</summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class CreateModel(ISender sender, IStringLocalizer<ProjectsResource> t) : SubProjectFormModel<SubProjectInput>(sender, t)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadChoicesAsync(ct) is not { } lab)
        {
            return NotFound();
        }

        if (lab.IsArchived)
        {
            return Redirect($"/intern/labore/{LabId}/teilprojekte");
        }

        Input.StartDate = lab.FundingStart;
        Input.PlannedEnd = lab.FundingEnd;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var id = Guid.Empty;
        var created = await this.TrySaveAsync(async () => id = await Sender.Send(
            new CreateSubProject.CreateSubProject(
                LabId,
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
            ct));
        if (created)
        {
            TempData["Status"] = T["Das Teilprojekt wurde angelegt. Tragen Sie jetzt Meilensteine und Kennzahlen ein."].Value;
            return Redirect($"/intern/labore/{LabId}/teilprojekte/{id}");
        }

        return await LoadChoicesAsync(ct) is null ? NotFound() : Page();
    }
}
