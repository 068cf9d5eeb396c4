using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Contracts;
using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Workshops.Contracts;

namespace LaborPlattform.Reporting.Documents;

/// <summary>
/// The report's questions to other modules, through their Contracts only, each asked once per report: several sections
/// show the same lab's sub-projects (key figures, sub-project pages, comparison, lab pages), and the programme report
/// asks for every lab. Sections run one after another, so the answers are awaited in order (one DbContext per module
/// and scope is never used twice at once). A date of an event counts as held once it has begun by the as-of instant
/// (<see cref="WorkshopDates.HasBegun"/>): the figures ask Workshops with that instant, the annex marks later dates "geplant".
/// </summary>
internal sealed class ReportData(ISender sender, ReportPeriod period, DateTimeOffset asOf, DateOnly dataEnd)
{
    /// <summary>GetNetworkSizes answers at most 120 months; longer custom periods show the last ten years of network sizes.</summary>
    public const int MaxNetworkMonths = 120;

    private readonly Dictionary<Guid, SubProjectReport> _subProjects = [];
    private readonly Dictionary<Guid, InvolvedOrganisationCounts> _organisations = [];
    private readonly Dictionary<Guid, IReadOnlyList<NetworkSize>> _networks = [];
    private readonly Dictionary<Guid, string> _organisationNames = [];
    private readonly Dictionary<Guid, WorkshopOccurrenceReport> _occurrences = [];
    private readonly Dictionary<string, WorkshopStatistics> _workshopStatistics = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, IReadOnlyDictionary<Guid, string>> _subProjectTitles = [];
    private SubProjectCounts? _counts;
    private IReadOnlyList<LabDto>? _allLabs;

    /// <summary>First day of the network sizes: the period's start, or ten years before its data end for longer periods.</summary>
    public DateOnly NetworkFrom
    {
        get
        {
            var earliest = new DateOnly(dataEnd.Year, dataEnd.Month, 1).AddMonths(-(MaxNetworkMonths - 1));
            return period.Start < earliest ? earliest : period.Start;
        }
    }

    /// <summary>The lab's sub-projects in the whole period (Projects: <see cref="GetSubProjectReport"/>).</summary>
    public async Task<SubProjectReport> SubProjectsAsync(Guid labId, CancellationToken cancellationToken)
    {
        if (!_subProjects.TryGetValue(labId, out var report))
        {
            report = await sender.Send(new GetSubProjectReport(labId, period.Start, period.End), cancellationToken);
            _subProjects[labId] = report;
        }

        return report;
    }

    /// <summary>Organisations involved from the period's start to its data end (Stakeholders).</summary>
    public async Task<InvolvedOrganisationCounts> OrganisationsAsync(Guid labId, CancellationToken cancellationToken)
    {
        if (!_organisations.TryGetValue(labId, out var counts))
        {
            counts = await sender.Send(new GetInvolvedOrganisationCounts(labId, period.Start, dataEnd), cancellationToken);
            _organisations[labId] = counts;
        }

        return counts;
    }

    /// <summary>The lab's networks month by month, from <see cref="NetworkFrom"/> to the data end (Stakeholders).</summary>
    public async Task<IReadOnlyList<NetworkSize>> NetworksAsync(Guid labId, CancellationToken cancellationToken)
    {
        if (!_networks.TryGetValue(labId, out var sizes))
        {
            sizes = await sender.Send(new GetNetworkSizes(labId, NetworkFrom, dataEnd), cancellationToken);
            _networks[labId] = sizes;
        }

        return sizes;
    }

    /// <summary>
    /// First day of the workshop figures: like <see cref="NetworkFrom"/> (GetWorkshopStatistics answers at most ten years;
    /// longer custom periods show the last ten).
    /// </summary>
    public DateOnly WorkshopsFrom => NetworkFrom;

    /// <summary>The last day of the workshop figures: the data end (dates after the as-of day have not taken place yet).</summary>
    public DateOnly WorkshopsTo => dataEnd;

    /// <summary>
    /// Workshop figures of these labs from <see cref="WorkshopsFrom"/> to the data end, counting only dates begun by the
    /// as-of instant (Workshops: GetWorkshopStatistics).
    /// </summary>
    public async Task<WorkshopStatistics> WorkshopStatisticsAsync(IReadOnlyCollection<Guid> labIds, CancellationToken cancellationToken)
    {
        var key = string.Join(",", labIds.Order());
        if (!_workshopStatistics.TryGetValue(key, out var statistics))
        {
            statistics = await sender.Send(new GetWorkshopStatistics(labIds.Order().ToList(), WorkshopsFrom, WorkshopsTo, BegunBefore: asOf), cancellationToken);
            _workshopStatistics[key] = statistics;
        }

        return statistics;
    }

    /// <summary>Whether a date counts as held in this report (<see cref="WorkshopDates.HasBegun"/> at the as-of instant).</summary>
    public bool IsHeld(WorkshopOccurrenceRecord occurrence) => !occurrence.IsCancelled && WorkshopDates.HasBegun(occurrence.StartsAt, asOf);

    /// <summary>Every date of the lab's events from <see cref="WorkshopsFrom"/> to the data end, cancelled ones flagged (Workshops).</summary>
    public async Task<WorkshopOccurrenceReport> WorkshopOccurrencesAsync(Guid labId, CancellationToken cancellationToken)
    {
        if (!_occurrences.TryGetValue(labId, out var report))
        {
            report = await sender.Send(new GetLabWorkshopOccurrences(labId, WorkshopsFrom, WorkshopsTo), cancellationToken);
            _occurrences[labId] = report;
        }

        return report;
    }

    /// <summary>Titles of the lab's sub-projects by id (Projects: GetLabSubProjects).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> SubProjectTitlesAsync(Guid labId, CancellationToken cancellationToken)
    {
        if (!_subProjectTitles.TryGetValue(labId, out var titles))
        {
            titles = (await sender.Send(new GetLabSubProjects(labId), cancellationToken)).ToDictionary(s => s.Id, s => s.Title);
            _subProjectTitles[labId] = titles;
        }

        return titles;
    }

    /// <summary>Everything the key figures need about one lab.</summary>
    public async Task<LabFigures> FiguresAsync(LabDto lab, CancellationToken cancellationToken) => new(
        lab,
        await SubProjectsAsync(lab.Id, cancellationToken),
        await OrganisationsAsync(lab.Id, cancellationToken),
        await NetworksAsync(lab.Id, cancellationToken),
        dataEnd,
        dataEnd < period.End);

    /// <summary><see cref="FiguresAsync(LabDto, CancellationToken)"/> for each of these labs, in their order.</summary>
    public async Task<IReadOnlyList<LabFigures>> FiguresAsync(IEnumerable<LabDto> labs, CancellationToken cancellationToken)
    {
        var figures = new List<LabFigures>();
        foreach (var lab in labs)
        {
            figures.Add(await FiguresAsync(lab, cancellationToken));
        }

        return figures;
    }

    /// <summary>
    /// All sub-projects of these labs entered by the end of the period, by status and theme (Projects:
    /// <see cref="GetSubProjectCounts"/>); asked once per report, for the labs in scope.
    /// </summary>
    public async Task<SubProjectCounts> SubProjectCountsAsync(IReadOnlyCollection<Guid> labIds, CancellationToken cancellationToken) =>
        _counts ??= await sender.Send(new GetSubProjectCounts(labIds, period.End), cancellationToken);

    /// <summary>Names of organisations by id (Stakeholders); unknown ids are missing from the answer.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> OrganisationNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var missing = wanted.Where(id => !_organisationNames.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var organisation in await sender.Send(new GetOrganisationsByIds(missing), cancellationToken))
            {
                _organisationNames[organisation.Id] = organisation.Name;
            }
        }

        return wanted.Where(_organisationNames.ContainsKey).ToDictionary(id => id, id => _organisationNames[id]);
    }

    /// <summary>Every lab of the platform, of every programme, archived ones included (Labs).</summary>
    public async Task<IReadOnlyList<LabDto>> AllLabsAsync(CancellationToken cancellationToken) =>
        _allLabs ??= await sender.Send(new GetLabs(IncludeArchived: true), cancellationToken);
}
