using LaborPlattform.Projects.PublishSubProjects;
using LaborPlattform.Projects.ReadSubProjects;

namespace LaborPlattform.Projects.Areas.Projects.Pages.Public;

/// <summary>The published sub-projects of a lab, for everyone: summaries in plain language, no internal data.</summary>
[AllowAnonymous]
internal sealed class LabSubProjectsModel(ISender sender) : PageModel
{
    public PublicLabSubProjects List { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await sender.Send(new GetPublicSubProjects(slug), ct) is not { } list)
        {
            return NotFound();
        }

        List = list;
        return Page();
    }
}
