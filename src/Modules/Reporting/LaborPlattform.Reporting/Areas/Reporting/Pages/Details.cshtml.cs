using LaborPlattform.Reporting.ReadReports;

namespace LaborPlattform.Reporting.Areas.Reporting.Pages;

/// <summary>One report: its state, and when done its archive entry with checksum and download; retry when it failed.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class DetailsModel(ISender sender, IStringLocalizer<ReportingResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ReportId { get; set; }

    public ReportStatusDto Report { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await sender.Send(new GetReportStatus(ReportId), ct);

    public async Task<IActionResult> OnPostRetryAsync(CancellationToken ct)
    {
        if (await this.TryAsync(async () => await sender.Send(new RetryReport.RetryReport(ReportId), ct), string.Empty))
        {
            TempData["Status"] = t["Der Bericht wurde erneut angefordert."].Value;
            return Redirect($"/intern/berichte/{ReportId}");
        }

        Report = await sender.Send(new GetReportStatus(ReportId), ct);
        return Page();
    }
}
