using LaborPlattform.Projects.ReadSubProjects;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>The sub-projects of every lab the signed-in person may read, counted per lab.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class OverviewModel(ISender sender) : PageModel
{
    public bool AllLabs { get; private set; }

    public IReadOnlyList<LabOverview> Labs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        AllLabs = LabPermissions.ReadsAllLabs(User);
        Labs = await sender.Send(new GetSubProjectOverview(AllLabs ? null : LabPermissions.ScopedLabs(User)), ct);
    }
}
