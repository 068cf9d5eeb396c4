using LaborPlattform.Workshops.Common;
using LaborPlattform.Workshops.Contracts;

namespace LaborPlattform.Workshops.ReportWorkshops;

internal sealed class GetLabWorkshopOccurrencesValidator : AbstractValidator<GetLabWorkshopOccurrences>
{
    public GetLabWorkshopOccurrencesValidator() =>
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).WithMessage("Das Ende des Zeitraums darf nicht vor seinem Beginn liegen.");
}

internal sealed class GetWorkshopStatisticsValidator : AbstractValidator<GetWorkshopStatistics>
{
    public GetWorkshopStatisticsValidator() =>
        RuleFor(x => x.To)
            .GreaterThanOrEqualTo(x => x.From).WithMessage("Das Ende des Zeitraums darf nicht vor seinem Beginn liegen.")
            .Must((x, to) => to.DayNumber - x.From.DayNumber <= 3660).WithMessage("Der Zeitraum darf höchstens zehn Jahre lang sein.");
}

/// <summary>
/// The figures other modules (reports) and the statistics page get. Everything is computed from the stored dates
/// and outcomes, the period and (for reports) the as-of instant alone — no clock — so the same data and period always give the same answer.
/// </summary>
internal sealed class ReportWorkshopsHandler(WorkshopsDbContext db) :
    IQueryHandler<GetLabWorkshopOccurrences, WorkshopOccurrenceReport>,
    IQueryHandler<GetWorkshopStatistics, WorkshopStatistics>
{
    public async ValueTask<WorkshopOccurrenceReport> Handle(GetLabWorkshopOccurrences query, CancellationToken cancellationToken)
    {
        var rows = await LoadAsync([query.LabId], query.From, query.To, cancellationToken);
        var formats = await FormatNamesAsync(cancellationToken);
        var records = rows
            .Select(r =>
            {
                var o = r.Occurrence;
                var w = r.Workshop;
                var start = Berlin.ToLocal(o.StartsAt);
                var end = Berlin.ToLocal(o.EndsAt);
                return new WorkshopOccurrenceRecord(
                    o.Id,
                    w.Id,
                    w.Title,
                    w.Format,
                    formats.GetValueOrDefault(w.Format, w.Format),
                    w.Methods,
                    DateOnly.FromDateTime(start.DateTime),
                    TimeOnly.FromDateTime(start.DateTime),
                    DateOnly.FromDateTime(end.DateTime),
                    TimeOnly.FromDateTime(end.DateTime),
                    o.StartsAt,
                    o.EndsAt,
                    w.IsPublic,
                    o.IsCancelled,
                    o.IsMoved,
                    w.IsSeries,
                    w.SubProjectId,
                    w.Venue.Kind.ToString(),
                    w.Venue.Name,
                    w.Venue.Kind == VenueKind.Online ? null : w.Venue.City,
                    w.Venue.Kind == VenueKind.Online ? null : w.Venue.MunicipalityKey,
                    o.Outcome is { } outcome ? OutcomeFigures.Participants(outcome) : null,
                    o.Outcome is { } logged ? OutcomeFigures.Results(logged) : null);
            })
            .ToList();
        return new WorkshopOccurrenceReport(query.LabId, query.From, query.To, records);
    }

    public async ValueTask<WorkshopStatistics> Handle(GetWorkshopStatistics query, CancellationToken cancellationToken)
    {
        var rows = await LoadAsync(query.LabIds, query.From, query.To, cancellationToken);
        if (query.BegunBefore is { } asOf)
        {
            rows = rows.Where(r => r.Occurrence.IsCancelled || WorkshopDates.HasBegun(r.Occurrence.StartsAt, asOf)).ToList();
        }

        var formats = await FormatNamesAsync(cancellationToken);
        var held = rows.Where(r => !r.Occurrence.IsCancelled).ToList();
        var outcomes = held.Where(r => r.Occurrence.Outcome is not null).Select(r => r.Occurrence.Outcome!).ToList();

        List<FormatFigures> ByFormat(IEnumerable<Row> selection) => selection
            .GroupBy(r => r.Workshop.Format)
            .Select(g => new FormatFigures(g.Key, formats.GetValueOrDefault(g.Key, g.Key), g.Count(), g.Sum(r => r.Occurrence.Outcome?.Participants ?? 0)))
            .OrderByDescending(f => f.Events)
            .ThenBy(f => f.FormatName, StringComparer.Ordinal)
            .ToList();

        var months = new List<MonthFigures>();
        for (var month = new DateOnly(query.From.Year, query.From.Month, 1); month <= query.To; month = month.AddMonths(1))
        {
            var inMonth = held.Where(r => r.Day.Year == month.Year && r.Day.Month == month.Month).ToList();
            months.Add(new MonthFigures(month.Year, month.Month, inMonth.Count, inMonth.Sum(r => r.Occurrence.Outcome?.Participants ?? 0), ByFormat(inMonth)));
        }

        var events = held.Count;
        var withOutcome = outcomes.Count;
        return new WorkshopStatistics(
            query.LabIds,
            query.From,
            query.To,
            events,
            rows.Count - held.Count,
            held.Count(r => r.Workshop.IsPublic),
            withOutcome,
            events == 0 ? null : Math.Round(100m * withOutcome / events, 1, MidpointRounding.AwayFromZero),
            outcomes.Sum(o => o.Participants),
            outcomes.Sum(o => o.FirstTimeDigitalUsers ?? 0),
            outcomes.SelectMany(o => o.OrganisationIds).Distinct().Count(),
            outcomes.Aggregate(AgeBandCounts.Zero, (sum, o) => sum.Plus(OutcomeFigures.AgeBandsOrNotStated(o))),
            outcomes.Aggregate(SectorCounts.Zero, (sum, o) => sum.Plus(OutcomeFigures.SectorsOrNotStated(o))),
            outcomes.Aggregate(ResultCounts.Zero, (sum, o) => new ResultCounts(sum.IdeasCollected + o.IdeasCollected, sum.Decisions + o.Decisions.Count, sum.FollowUps + o.FollowUps.Count)),
            held.Where(r => r.Workshop.IsSeries).Select(r => r.Workshop.Id).Distinct().Count(),
            held.Count(r => r.Workshop.IsSeries),
            ByFormat(held),
            months,
            rows.GroupBy(r => r.Workshop.LabId)
                .OrderBy(g => g.Key)
                .Select(g => new LabFigures(
                    g.Key,
                    g.Count(r => !r.Occurrence.IsCancelled),
                    g.Count(r => !r.Occurrence.IsCancelled && r.Occurrence.Outcome is not null),
                    g.Where(r => !r.Occurrence.IsCancelled).Sum(r => r.Occurrence.Outcome?.Participants ?? 0)))
                .ToList());
    }

    private sealed record Row(Occurrence Occurrence, Workshop Workshop, DateOnly Day);

    /// <summary>The dates whose start (as held) lies on a Berlin day of the period, with their events, ordered by start, title, id.</summary>
    private async Task<List<Row>> LoadAsync(IReadOnlyCollection<Guid>? labIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = Berlin.StartOfDay(from);
        var end = Berlin.StartOfDay(to.AddDays(1));
        var occurrences = db.Occurrences.AsNoTracking().Where(o => o.StartsAt >= start && o.StartsAt < end);
        if (labIds is not null)
        {
            occurrences = occurrences.Where(o => labIds.Contains(o.LabId));
        }

        var list = await occurrences.ToListAsync(ct);
        var workshopIds = list.Select(o => o.WorkshopId).Distinct().ToList();
        var workshops = await db.Workshops.AsNoTracking().Where(w => workshopIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        return list
            .Select(o => new Row(o, workshops[o.WorkshopId], LocalTimes.LocalDate(o.StartsAt)))
            .OrderBy(r => r.Occurrence.StartsAt)
            .ThenBy(r => r.Workshop.Title, StringComparer.Ordinal)
            .ThenBy(r => r.Occurrence.Id)
            .ToList();
    }

    private async Task<Dictionary<string, string>> FormatNamesAsync(CancellationToken ct) =>
        await db.Formats.AsNoTracking().ToDictionaryAsync(f => f.Key, f => f.Name, ct);
}

internal static class ReportWorkshopsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/labs/{labId:guid}/workshop-statistics", async Task<Ok<WorkshopStatistics>> (Guid labId, DateOnly from, DateOnly to, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWorkshopStatistics([labId], from, to), ct)))
            .RequireAuthorization(Policies.ReadLab)
            .WithName("GetWorkshopStatistics")
            .WithSummary("Events by format and month, participants by age band and sector, series and the share of dates with an outcome, for a lab and period (Berlin days, both inclusive).")
            .ProducesValidationProblem();

        api.MapGet("/workshop-statistics", async Task<Ok<WorkshopStatistics>> (DateOnly from, DateOnly to, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWorkshopStatistics(null, from, to), ct)))
            .RequireAuthorization(Policies.ReadAllLabs)
            .WithName("GetProgrammeWorkshopStatistics")
            .WithSummary("The same figures across all labs (administrators and reviewers).")
            .ProducesValidationProblem();

        api.MapGet("/labs/{labId:guid}/workshop-report", async Task<Ok<WorkshopOccurrenceReport>> (Guid labId, DateOnly from, DateOnly to, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetLabWorkshopOccurrences(labId, from, to), ct)))
            .RequireAuthorization(Policies.ReadLab)
            .WithName("GetWorkshopReport")
            .WithSummary("A lab's dates in a period with participant figures and result counts, as progress reports list them.")
            .ProducesValidationProblem();
    }
}
