using System.Globalization;
using LaborPlattform.Projects.PostProgressUpdate;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>
/// The quick "post a progress update" form: today's date and the last percent are filled in. Coordinators may
/// always post; municipal staff of the lab while the lab allows it (ADR 0011).
/// </summary>
[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class ProgressModel(ISender sender, ProgressUpdatePermission permission, TimeProvider time, IStringLocalizer<ProjectsResource> t) : SubProjectPageModel(sender)
{
    [BindProperty]
    public ProgressInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> TrafficLightItems { get; } = ProjectTextsUi.TrafficLightItems()
        .Select(i => new SelectListItem(t[i.Text], i.Value)).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await permission.RequireAsync(User, LabId, ct);
        if (!await LoadSubProjectAsync(ct))
        {
            return NotFound();
        }

        if (SubProject.IsReadOnly)
        {
            return Redirect(DetailsUrl);
        }

        Input.ReportedOn = Berlin.Today(time);
        Input.PercentComplete = SubProject.LatestProgress?.PercentComplete.ToString(CultureInfo.InvariantCulture);
        Input.TrafficLight = SubProject.LatestProgress?.TrafficLight ?? Domain.TrafficLight.OnTrack.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await permission.RequireAsync(User, LabId, ct);
        var posted = await this.TrySaveAsync(() => Sender.Send(
            new PostProgressUpdate.PostProgressUpdate(LabId, SubProjectId, Input.ReportedOn, Input.Text ?? string.Empty, Percent(), Input.TrafficLight ?? string.Empty, Input.Reason),
            ct).AsTask());
        if (posted)
        {
            return BackToSubProject(t["Die Fortschrittsmeldung wurde gespeichert."]);
        }

        return await LoadSubProjectAsync(ct) ? Page() : NotFound();
    }

    private int? Percent()
    {
        if (string.IsNullOrWhiteSpace(Input.PercentComplete))
        {
            return null;
        }

        return int.TryParse(Input.PercentComplete.Trim().TrimEnd('%').Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var percent)
            ? percent
            : throw new ValidationFailedException("percentComplete", "Bitte geben Sie den Fertigstellungsgrad als ganze Zahl zwischen 0 und 100 ein.");
    }

    public sealed class ProgressInput
    {
        public DateOnly? ReportedOn { get; set; }

        public string? Text { get; set; }

        /// <summary>Kept as typed, so "50 %" or "abc" get a German message instead of a binding error.</summary>
        public string? PercentComplete { get; set; }

        public string? TrafficLight { get; set; }

        public string? Reason { get; set; }
    }
}
