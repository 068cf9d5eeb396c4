using LaborPlattform.Stakeholders.Contracts;

namespace LaborPlattform.Workshops.ReadWorkshops;

/// <summary>A lab's events, newest first by their last date.</summary>
internal sealed record GetLabWorkshops(Guid LabId) : IQuery<IReadOnlyList<WorkshopSummaryView>>;

/// <summary>One event of a lab with all its dates, or null.</summary>
internal sealed record GetWorkshopDetails(Guid LabId, Guid WorkshopId) : IQuery<WorkshopView?>;

/// <summary>A lab's dates whose start lies on a Berlin day from <paramref name="From"/> to <paramref name="To"/>, by start.</summary>
internal sealed record GetLabOccurrences(Guid LabId, DateOnly From, DateOnly To) : IQuery<IReadOnlyList<OccurrenceListItem>>;

internal sealed class ReadWorkshopsHandler(WorkshopsDbContext db, ISender sender, TimeProvider time) :
    IQueryHandler<GetLabWorkshops, IReadOnlyList<WorkshopSummaryView>>,
    IQueryHandler<GetWorkshopDetails, WorkshopView?>,
    IQueryHandler<GetLabOccurrences, IReadOnlyList<OccurrenceListItem>>
{
    public async ValueTask<IReadOnlyList<WorkshopSummaryView>> Handle(GetLabWorkshops query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var formats = await FormatNamesAsync(cancellationToken);
        var workshops = await db.Workshops.AsNoTracking().Include(w => w.Occurrences)
            .Where(w => w.LabId == query.LabId)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return workshops
            .Select(w =>
            {
                var dates = w.Occurrences.OrderBy(o => o.StartsAt).ToList();
                return new WorkshopSummaryView(
                    w.Id,
                    w.LabId,
                    w.Title,
                    w.Format,
                    formats.GetValueOrDefault(w.Format, w.Format),
                    w.IsPublic,
                    w.IsSeries,
                    w.RecurrenceRule is { } rule ? Schedule.Describe(rule) : null,
                    w.Venue.Name,
                    dates[0].StartsAt,
                    dates[^1].StartsAt,
                    dates.Count,
                    dates.Count(o => o.HasOutcome),
                    dates.Count(o => !o.IsCancelled && !o.HasOutcome && o.StartsAt <= now),
                    dates.FirstOrDefault(o => !o.IsCancelled && o.StartsAt > now)?.StartsAt,
                    w.Version);
            })
            .OrderByDescending(w => w.LastStartsAt)
            .ThenBy(w => w.Title, StringComparer.Ordinal)
            .ToList();
    }

    public async ValueTask<WorkshopView?> Handle(GetWorkshopDetails query, CancellationToken cancellationToken)
    {
        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Occurrences)
            .SingleOrDefaultAsync(w => w.Id == query.WorkshopId && w.LabId == query.LabId, cancellationToken);
        if (workshop is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var formats = await FormatNamesAsync(cancellationToken);
        var organisationIds = workshop.OrganiserIds
            .Concat(workshop.FacilitatorIds)
            .Concat(workshop.Occurrences.Where(o => o.Outcome is not null).SelectMany(o => o.Outcome!.OrganisationIds.Concat(o.Outcome.FollowUps.Select(f => f.OwnerOrganisationId))))
            .Distinct()
            .ToList();
        var names = organisationIds.Count == 0
            ? new Dictionary<Guid, string>()
            : (await sender.Send(new GetOrganisationsByIds(organisationIds), cancellationToken)).ToDictionary(o => o.Id, o => o.Name);
        OrganisationRef Ref(Guid id) => new(id, names.GetValueOrDefault(id, "(Organisation nicht mehr vorhanden)"));

        var v = workshop.Venue;
        return new WorkshopView(
            workshop.Id,
            workshop.LabId,
            workshop.SubProjectId,
            workshop.Title,
            workshop.Format,
            formats.GetValueOrDefault(workshop.Format, workshop.Format),
            workshop.Methods,
            LocalTimes.Format(workshop.StartsAt),
            LocalTimes.Format(workshop.EndsAt),
            workshop.StartsAt,
            workshop.EndsAt,
            workshop.RecurrenceRule is { } rule
                ? new RecurrenceView(rule, Schedule.Describe(rule), workshop.Exceptions.Select(e => new ExceptionView(e.From, e.To, e.Label)).ToList())
                : null,
            new VenueView(v.Kind.ToString(), v.OrganisationId, v.Name, v.Street, v.PostalCode, v.City, v.MunicipalityKey, v.OnlineUrl, v.StepFreeAccess, v.AccessibleToilet, v.HearingLoop),
            workshop.OrganiserIds.Select(Ref).ToList(),
            workshop.FacilitatorIds.Select(Ref).ToList(),
            workshop.IsPublic,
            workshop.Description,
            workshop.Capacity,
            workshop.Registration,
            workshop.AccessibilityNotes,
            workshop.IndicatorId is { } indicator ? new IndicatorView(indicator, workshop.IndicatorFigure!.Value.ToString()) : null,
            workshop.Occurrences.OrderBy(o => o.StartsAt).Select(o => new OccurrenceView(
                o.Id,
                o.OccursOn,
                o.StartsAt,
                o.EndsAt,
                LocalTimes.Format(o.StartsAt),
                LocalTimes.Format(o.EndsAt),
                o.PlannedStartsAt,
                o.PlannedEndsAt,
                o.IsMoved,
                o.Status.ToString(),
                o.CancellationReason,
                o.StartsAt <= now,
                o.Outcome is { } outcome ? new OutcomeView(
                    outcome.Participants,
                    outcome.AgeBands is { } a ? new AgeBandsView(a.Under30, a.From30To49, a.From50To69, a.Age70AndOver) : null,
                    outcome.Sectors is { } s ? new SectorsView(s.Administration, s.CivilSociety, s.Politics, s.Academia, s.Business, s.Citizens) : null,
                    outcome.FirstTimeDigitalUsers,
                    outcome.OrganisationIds.Select(Ref).ToList(),
                    outcome.IdeasCollected,
                    outcome.Decisions,
                    outcome.FollowUps.Select(f => new FollowUpView(f.Task, Ref(f.OwnerOrganisationId), f.DueDate)).ToList(),
                    outcome.Minutes) : null,
                o.OutcomeLoggedAt,
                o.ContributedIndicatorId is not null || o.ContributionProblem is not null ? new ContributionView(o.ContributedIndicatorId, o.ContributedValue, o.ContributionProblem) : null,
                o.Version)).ToList(),
            workshop.CreatedAt,
            workshop.UpdatedAt,
            workshop.Version);
    }

    public async ValueTask<IReadOnlyList<OccurrenceListItem>> Handle(GetLabOccurrences query, CancellationToken cancellationToken)
    {
        var periodStart = Shared.Time.Berlin.StartOfDay(query.From);
        var periodEnd = Shared.Time.Berlin.StartOfDay(query.To.AddDays(1));
        var now = time.GetUtcNow();
        var formats = await FormatNamesAsync(cancellationToken);
        var rows = await (
            from o in db.Occurrences.AsNoTracking()
            join w in db.Workshops.AsNoTracking() on o.WorkshopId equals w.Id
            where o.LabId == query.LabId && o.StartsAt >= periodStart && o.StartsAt < periodEnd
            orderby o.StartsAt
            select new { Occurrence = o, w.Title, w.Format, VenueName = w.Venue.Name, w.IsPublic, w.RecurrenceRule })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new OccurrenceListItem(
                r.Occurrence.Id,
                r.Occurrence.WorkshopId,
                r.Title,
                r.Format,
                formats.GetValueOrDefault(r.Format, r.Format),
                r.Occurrence.StartsAt,
                r.Occurrence.EndsAt,
                r.VenueName,
                r.IsPublic,
                r.RecurrenceRule is not null,
                r.Occurrence.Status.ToString(),
                r.Occurrence.IsMoved,
                r.Occurrence.StartsAt <= now,
                r.Occurrence.Outcome?.Participants,
                r.Occurrence.Version))
            .ToList();
    }

    private async Task<Dictionary<string, string>> FormatNamesAsync(CancellationToken ct) =>
        await db.Formats.AsNoTracking().ToDictionaryAsync(f => f.Key, f => f.Name, ct);
}

internal static class ReadWorkshopsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/labs/{labId:guid}/workshops", async (Guid labId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetLabWorkshops(labId), ct)))
            .RequireAuthorization(Policies.ReadLab)
            .WithName("ListWorkshops")
            .WithSummary("A lab's events and series with their outcome state (internal).");

        api.MapGet("/labs/{labId:guid}/workshops/{workshopId:guid}", async Task<Results<Ok<WorkshopView>, NotFound>> (Guid labId, Guid workshopId, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetWorkshopDetails(labId, workshopId), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ReadLab)
            .WithName("GetWorkshop")
            .WithSummary("One event with all its dates and outcomes (internal).");

        api.MapGet("/labs/{labId:guid}/occurrences", async Task<Ok<IReadOnlyList<OccurrenceListItem>>> (Guid labId, DateOnly from, DateOnly to, ISender sender, CancellationToken ct) =>
            {
                if (to < from)
                {
                    throw new ValidationFailedException("to", "Das Ende des Zeitraums darf nicht vor seinem Beginn liegen.");
                }

                if (to.DayNumber - from.DayNumber > 3660)
                {
                    throw new ValidationFailedException("to", "Der Zeitraum darf höchstens zehn Jahre lang sein.");
                }

                return TypedResults.Ok(await sender.Send(new GetLabOccurrences(labId, from, to), ct));
            })
            .RequireAuthorization(Policies.ReadLab)
            .WithName("ListOccurrences")
            .WithSummary("A lab's dates in a period (Berlin days, both inclusive), by start.")
            .ProducesValidationProblem();
    }
}
