using LaborPlattform.Labs.Contracts;
using LaborPlattform.Stakeholders.Contracts;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>What the shared sub-project fields (<c>_SubProjectFields</c>) need from the create and edit pages.</summary>
internal interface ISubProjectForm
{
    IStringLocalizer<ProjectsResource> T { get; }

    SubProjectInput Input { get; }

    IReadOnlyList<SelectListItem> ThemeItems { get; }

    IReadOnlyList<SelectListItem> MunicipalityItems { get; }

    IReadOnlyList<SelectListItem> PrincipleItems { get; }

    IReadOnlyList<SelectListItem> OrganisationItems { get; }
}

/// <summary>Base of the create and edit pages: the fields and their choice lists (themes, the lab's municipalities).</summary>
internal abstract class SubProjectFormModel<TInput>(ISender sender, IStringLocalizer<ProjectsResource> t) : PageModel, ISubProjectForm
    where TInput : SubProjectInput, new()
{
    [FromRoute]
    public Guid LabId { get; set; }

    public IStringLocalizer<ProjectsResource> T { get; } = t;

    protected ISender Sender { get; } = sender;

    [BindProperty]
    public TInput Input { get; set; } = new();

    SubProjectInput ISubProjectForm.Input => Input;

    public string LabName { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> ThemeItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> MunicipalityItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PrincipleItems { get; } = ProjectTextsUi.PrincipleItems().Select(i => new SelectListItem(t[i.Text], i.Value)).ToList();

    public IReadOnlyList<SelectListItem> OrganisationItems { get; private set; } = [];

    /// <summary>Loads the lab and the choice lists; null when there is no such lab.</summary>
    protected async Task<LabDto?> LoadChoicesAsync(CancellationToken ct)
    {
        var lab = await Sender.Send(new GetLab(LabId), ct);
        if (lab is null)
        {
            return null;
        }

        LabName = lab.Name;
        ThemeItems = (await Sender.Send(new GetThemes(), ct)).Select(x => new SelectListItem(x.Name, x.Id.ToString())).ToList();
        MunicipalityItems = lab.Municipalities.Select(m => new SelectListItem($"{m.Name} ({m.MunicipalityKey})", m.MunicipalityKey)).ToList();
        OrganisationItems = (await Sender.Send(new GetLabOrganisations(LabId), ct)).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
        return lab;
    }

    /// <summary>
    /// Keeps municipalities that have left the lab visible in the edit form (so they are not dropped without a word);
    /// saving with one still ticked explains that only members can take part.
    /// </summary>
    protected void AddFormerMembers(IEnumerable<string> municipalityKeys) =>
        MunicipalityItems = MunicipalityItems
            .Concat(municipalityKeys
                .Where(key => MunicipalityItems.All(i => i.Value != key))
                .Select(key => new SelectListItem($"{key} ({T["nicht mehr im Konsortium"]})", key)))
            .ToList();

    /// <summary>Keeps responsible organisations whose involvement in the lab has ended visible and ticked in the edit form.</summary>
    protected async Task AddFormerOrganisationsAsync(IEnumerable<Guid> organisationIds, CancellationToken ct)
    {
        var missing = organisationIds.Where(id => OrganisationItems.All(i => i.Value != id.ToString())).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var known = (await Sender.Send(new GetOrganisationsByIds(missing), ct)).ToDictionary(o => o.Id, o => o.Name);
        OrganisationItems = OrganisationItems
            .Concat(missing.Select(id => new SelectListItem(
                $"{known.GetValueOrDefault(id, T["Organisation nicht mehr im Akteursverzeichnis"])} ({T["nicht mehr am Labor beteiligt"]})",
                id.ToString())))
            .ToList();
    }
}

internal class SubProjectInput
{
    public string? Title { get; set; }

    public string? Goal { get; set; }

    public string? Description { get; set; }

    public string? InternalNotes { get; set; }

    public List<Guid> ThemeIds { get; set; } = [];

    /// <summary>One target group per line.</summary>
    public string? TargetGroups { get; set; }

    public List<string> MunicipalityKeys { get; set; } = [];

    public List<string> Principles { get; set; } = [];

    public DateOnly? StartDate { get; set; }

    public DateOnly? PlannedEnd { get; set; }

    public bool IsPublished { get; set; }

    public string? PublicSummary { get; set; }

    /// <summary>The responsible organisations, chosen from the organisations involved in the lab.</summary>
    public List<Guid> ResponsibleOrganisationIds { get; set; } = [];

    public IReadOnlyList<string> TargetGroupList() => Lines(TargetGroups);

    private static List<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
