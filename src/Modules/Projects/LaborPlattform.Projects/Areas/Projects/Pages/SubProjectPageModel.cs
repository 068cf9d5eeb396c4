using LaborPlattform.Projects.ReadSubProjects;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>
/// Base of the pages under one sub-project (<c>/intern/labore/{labId}/teilprojekte/{subProjectId}/…</c>). The lab
/// in the route is what the lab-scoped policies check; a sub-project of another lab is not found.
/// </summary>
internal abstract class SubProjectPageModel(ISender sender) : PageModel
{
    [FromRoute]
    public Guid LabId { get; set; }

    [FromRoute]
    public Guid SubProjectId { get; set; }

    public SubProjectView SubProject { get; private set; } = default!;

    public string DetailsUrl => $"/intern/labore/{LabId}/teilprojekte/{SubProjectId}";

    protected ISender Sender { get; } = sender;

    protected async Task<bool> LoadSubProjectAsync(CancellationToken ct)
    {
        if (await Sender.Send(new GetSubProjectDetails(LabId, SubProjectId), ct) is not { } view)
        {
            return false;
        }

        SubProject = view;
        return true;
    }

    /// <summary>Back to the sub-project page with a confirmation (Post/Redirect/Get).</summary>
    protected IActionResult BackToSubProject(string status)
    {
        TempData["Status"] = status;
        return Redirect(DetailsUrl);
    }
}
