using LaborPlattform.Projects.PublishSubProjects;
using LaborPlattform.Projects.ReadSubProjects;

namespace LaborPlattform.Projects.Areas.Projects.Pages.Public;

/// <summary>A published sub-project for everyone: its plain-language summary and facts; nothing internal.</summary>
[AllowAnonymous]
internal sealed class SubProjectModel(ISender sender) : PageModel
{
    public PublicSubProjectView SubProject { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string slug, Guid subProjectId, CancellationToken ct)
    {
        if (await sender.Send(new GetPublicSubProject(slug, subProjectId), ct) is not { } view)
        {
            return NotFound();
        }

        SubProject = view;
        return Page();
    }
}
