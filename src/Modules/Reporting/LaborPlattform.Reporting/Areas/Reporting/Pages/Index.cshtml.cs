using LaborPlattform.Reporting.ReadReports;

namespace LaborPlattform.Reporting.Areas.Reporting.Pages;

/// <summary>The reports the signed-in person may read: all for administrators and reviewers, their labs' for lab staff.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<ReportStatusDto> Reports { get; private set; } = [];

    public bool CanRequest => LabPermissions.ReadsAllLabs(User) || LabPermissions.ScopedLabs(User).Count > 0;

    public async Task OnGetAsync(CancellationToken ct) => Reports = await sender.Send(new ListReports(), ct);
}
