using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs.ArchiveLab;

/// <summary>
/// Asks before archiving: archiving is final and makes the lab read-only in every module. The form posts only the
/// version it showed (<c>version</c>); the command takes the lab from the route.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
internal sealed class ArchiveLabPage(ISender sender, IStringLocalizer<LabsResource> t) : PageModel
{
    [FromRoute]
    public Guid LabId { get; set; }

    public LabDto Lab { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await sender.Send(new GetLab(LabId), ct) is not { } lab)
        {
            return NotFound();
        }

        if (lab.IsArchived)
        {
            return Redirect($"/intern/labore/{LabId}");
        }

        Lab = lab;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int version, CancellationToken ct)
    {
        if (await this.TryAsync(() => sender.Send(new ArchiveLabCommand(LabId, version), ct).AsTask()))
        {
            TempData["Status"] = t["Das Labor wurde archiviert."].Value;
            return Redirect($"/intern/labore/{LabId}");
        }

        return await OnGetAsync(ct);
    }
}
