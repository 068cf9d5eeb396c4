using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Documents;

namespace LaborPlattform.Reporting.Areas.Reporting.Pages;

/// <summary>
/// The request form. Lab staff choose among their labs' progress reports; administrators and reviewers also request
/// the reports across a programme. What may be requested is checked again by the command.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class RequestModel(ISender sender, TimeProvider time, IStringLocalizer<ReportingResource> t) : PageModel
{
    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> TypeItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> LabItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ProgrammeItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PeriodKindItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> QuarterItems { get; } =
        [.. Enumerable.Range(1, 4).Select(q => new SelectListItem($"{q}. Quartal", q.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    public IReadOnlyList<SelectListItem> HalfItems { get; } = [new("1. Halbjahr", "1"), new("2. Halbjahr", "2")];

    public IReadOnlyList<SelectListItem> AudienceItems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Preset: the last finished quarter, for the ministry.
        var last = ReportPeriod.QuarterBefore(Berlin.Today(time));
        Input = new RequestInput
        {
            Type = ReportTypes.LabProgress,
            PeriodKind = ReportPeriodKinds.Quarter,
            Year = last.Start.Year,
            Quarter = (last.Start.Month - 1) / 3 + 1,
            Audience = ReportAudiences.Ministry,
        };
        await LoadAsync(ct);
        if (LabItems.Count == 1)
        {
            Input.LabId = Guid.Parse(LabItems[0].Value);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var id = Guid.Empty;
        var requested = await this.TryAsync(async () => id = await sender.Send(
            new RequestReport.RequestReport(
                Input.Type,
                Input.Type == ReportTypes.LabProgress ? Input.LabId : null,
                Input.Type == ReportTypes.LabProgress ? null : Input.ProgrammeId,
                Input.PeriodKind,
                Input.Year,
                Input.Quarter,
                Input.Half,
                Input.From,
                Input.To,
                Input.Audience,
                Input.AsOf is { } local ? Berlin.ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local)) : null),
            ct));
        if (requested)
        {
            TempData["Status"] = t["Der Bericht wurde angefordert und wird jetzt erstellt."].Value;
            return Redirect($"/intern/berichte/{id}");
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var readsAll = LabPermissions.ReadsAllLabs(User);
        var types = readsAll ? ReportTypes.All : [ReportTypes.LabProgress];
        TypeItems = types.Select(type => new SelectListItem(t[ReportTexts.TypeName(type)], type)).ToList();
        var labs = await sender.Send(new GetLabs(IncludeArchived: true, LabIds: readsAll ? null : LabPermissions.ScopedLabs(User)), ct);
        LabItems = labs.Select(l => new SelectListItem(l.Name, l.Id.ToString())).ToList();
        ProgrammeItems = readsAll
            ? (await sender.Send(new GetProgrammes(), ct)).Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToList()
            : [];
        PeriodKindItems = ReportPeriodKinds.All.Select(k => new SelectListItem(t[ReportTexts.PeriodKindName(k)], k)).ToList();
        AudienceItems = ReportAudiences.All.Select(a => new SelectListItem(t[ReportTexts.AudienceName(a)], a)).ToList();
    }

    public sealed class RequestInput
    {
        public string? Type { get; set; }

        public Guid? LabId { get; set; }

        public Guid? ProgrammeId { get; set; }

        public string? PeriodKind { get; set; }

        public int? Year { get; set; }

        public int? Quarter { get; set; }

        public int? Half { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        public string? Audience { get; set; }

        /// <summary>The as-of instant as a Berlin wall-clock time (optional).</summary>
        public DateTime? AsOf { get; set; }
    }
}
