using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

/// <summary>The labs whose stakeholders the signed-in person may read (all for administrators and reviewers).</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<LabDto> Labs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = LabPermissions.ReadsAllLabs(User) ? null : LabPermissions.ScopedLabs(User);
        Labs = await sender.Send(new GetLabs(LabIds: scope, IncludeArchived: true), ct);
    }
}
