using LaborPlattform.Shared.Labs;
using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Workshops.Common;
using LaborPlattform.Workshops.Contracts;

namespace LaborPlattform.Workshops.LogOutcome;

/// <summary>
/// Logs (or corrects) the outcome of one event date, after it has begun: how many took part, optional breakdowns
/// that add up to at most that many, the organisations that took part, ideas, decisions, follow-ups and short
/// minutes. People are counted, never named. Publishes <see cref="WorkshopOutcomeLogged"/>.
/// </summary>
internal sealed record LogWorkshopOutcome(
    Guid LabId,
    Guid WorkshopId,
    Guid OccurrenceId,
    int Version,
    int? Participants,
    AgeBandsInput? AgeBands,
    SectorsInput? Sectors,
    int? FirstTimeDigitalUsers,
    IReadOnlyList<Guid>? OrganisationIds,
    int? IdeasCollected,
    IReadOnlyList<string>? Decisions,
    IReadOnlyList<FollowUpInput>? FollowUps,
    string? Minutes) : ICommand;

/// <summary>Participants per age band; bands left out count 0. Together at most the total.</summary>
internal sealed record AgeBandsInput(int Under30 = 0, int From30To49 = 0, int From50To69 = 0, int Age70AndOver = 0);

/// <summary>Participants per sector; sectors left out count 0. Together at most the total.</summary>
internal sealed record SectorsInput(int Administration = 0, int CivilSociety = 0, int Politics = 0, int Academia = 0, int Business = 0, int Citizens = 0);

/// <param name="Task">What is to be done.</param>
/// <param name="OwnerOrganisationId">The organisation that takes care of it (no person: follow-ups belong to organisations).</param>
/// <param name="DueDate">By when (yyyy-MM-dd).</param>
internal sealed record FollowUpInput(string Task, Guid? OwnerOrganisationId = null, DateOnly? DueDate = null);

/// <summary>
/// The body of <c>PUT …/occurrences/{occurrenceId}/outcome</c>. Only these fields are accepted: a body with any
/// other field (a list of participants, a name) is refused with that field named.
/// </summary>
internal sealed record OutcomeRequest(
    int Version = 0,
    int? Participants = null,
    AgeBandsInput? AgeBands = null,
    SectorsInput? Sectors = null,
    int? FirstTimeDigitalUsers = null,
    IReadOnlyList<Guid>? OrganisationIds = null,
    int? IdeasCollected = null,
    IReadOnlyList<string>? Decisions = null,
    IReadOnlyList<FollowUpInput>? FollowUps = null,
    string? Minutes = null);

internal sealed class LogWorkshopOutcomeValidator : AbstractValidator<LogWorkshopOutcome>
{
    private const string NotNegative = "Bitte geben Sie eine Zahl ab 0 an.";

    public LogWorkshopOutcomeValidator()
    {
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie gesehen haben.");
        RuleFor(x => x.Participants)
            .NotNull().WithMessage("Bitte geben Sie an, wie viele Personen teilgenommen haben.")
            .Must(n => n is null || n >= 0).WithMessage("Die Zahl der Teilnehmenden kann nicht negativ sein.")
            .Must(n => n is null || n <= 100_000).WithMessage("Bitte prüfen Sie die Zahl der Teilnehmenden (höchstens 100.000).");
        When(x => x.AgeBands is not null, () =>
        {
            RuleFor(x => x.AgeBands!.Under30).GreaterThanOrEqualTo(0).WithMessage(NotNegative);
            RuleFor(x => x.AgeBands!.From30To49).GreaterThanOrEqualTo(0).WithMessage(NotNegative);
            RuleFor(x => x.AgeBands!.From50To69).GreaterThanOrEqualTo(0).WithMessage(NotNegative);
            RuleFor(x => x.AgeBands!.Age70AndOver).GreaterThanOrEqualTo(0).WithMessage(NotNegative);
            RuleFor(x => x.AgeBands)
                .Must((x, a) => Sum(a!) <= (x.Participants ?? 0))
                .When(x => x.Participants >= 0 && AllNonNegative(x.AgeBands!))
                .WithMessage((x, a) => $"Die Altersgruppen ergeben zusammen {Sum(a!)}, mehr als die {x.Participants} Teilnehmenden.");
        });
        When(x => x.Sectors is not null, () =>
        {
            RuleFor(x => x.Sectors!.Administration).GreaterThanOrEqualTo(0).WithMessage(NotNegative);
            RuleFor(x => x.Sectors!.CivilSociety).GreaterThanOrEqualTo(0).WithMessage(NotNegative);
            RuleFor(x => x.Sectors!.Politics).GreaterThanOrEqualTo(0).WithMessage(NotNegative);
            RuleFor(x => x.Sectors!.Academia).GreaterThanOrEqualTo(0).WithMessage(NotNegative);
            RuleFor(x => x.Sectors!.Business).GreaterThanOrEqualTo(0).WithMessage(NotNegative);
            RuleFor(x => x.Sectors!.Citizens).GreaterThanOrEqualTo(0).WithMessage(NotNegative);
            RuleFor(x => x.Sectors)
                .Must((x, s) => Sum(s!) <= (x.Participants ?? 0))
                .When(x => x.Participants >= 0 && AllNonNegative(x.Sectors!))
                .WithMessage((x, s) => $"Die Bereiche ergeben zusammen {Sum(s!)}, mehr als die {x.Participants} Teilnehmenden.");
        });
        RuleFor(x => x.FirstTimeDigitalUsers)
            .Must(n => n is null || n >= 0).WithMessage(NotNegative)
            .Must((x, n) => n is null || x.Participants is not { } total || total < 0 || n <= total)
            .WithMessage(x => $"Es können nicht mehr Erstnutzende als die {x.Participants} Teilnehmenden sein.");
        RuleFor(x => x.IdeasCollected).Must(n => n is null || n >= 0).WithMessage(NotNegative);
        RuleFor(x => x.OrganisationIds)
            .Must(ids => ids is null || ids.Count <= 100).WithMessage("Bitte nennen Sie höchstens 100 Organisationen.");
        RuleFor(x => x.Decisions)
            .Must(d => d is null || d.Count <= 50).WithMessage("Bitte nennen Sie höchstens 50 Entscheidungen.");
        RuleForEach(x => x.Decisions)
            .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("Bitte lassen Sie keine Entscheidung leer.")
            .MaximumLength(500).WithMessage("Eine Entscheidung darf höchstens 500 Zeichen lang sein.");
        RuleFor(x => x.FollowUps)
            .Must(f => f is null || f.Count <= 50).WithMessage("Bitte nennen Sie höchstens 50 Aufgaben.");
        RuleForEach(x => x.FollowUps).ChildRules(followUp =>
        {
            followUp.RuleFor(f => f.Task)
                .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Bitte beschreiben Sie die Aufgabe.")
                .MaximumLength(500).WithMessage("Eine Aufgabe darf höchstens 500 Zeichen lang sein.");
            followUp.RuleFor(f => f.OwnerOrganisationId)
                .Must(id => id is { } g && g != Guid.Empty).WithMessage("Bitte wählen Sie die Organisation, die sich darum kümmert.");
            followUp.RuleFor(f => f.DueDate)
                .NotNull().WithMessage("Bitte geben Sie an, bis wann die Aufgabe erledigt sein soll.");
        });
        RuleFor(x => x.Minutes).MaximumLength(4000).WithMessage("Das Kurzprotokoll darf höchstens 4.000 Zeichen lang sein.");
    }

    private static int Sum(AgeBandsInput a) => a.Under30 + a.From30To49 + a.From50To69 + a.Age70AndOver;

    private static int Sum(SectorsInput s) => s.Administration + s.CivilSociety + s.Politics + s.Academia + s.Business + s.Citizens;

    private static bool AllNonNegative(AgeBandsInput a) => a.Under30 >= 0 && a.From30To49 >= 0 && a.From50To69 >= 0 && a.Age70AndOver >= 0;

    private static bool AllNonNegative(SectorsInput s) => s.Administration >= 0 && s.CivilSociety >= 0 && s.Politics >= 0 && s.Academia >= 0 && s.Business >= 0 && s.Citizens >= 0;
}

internal sealed class LogWorkshopOutcomeHandler(WorkshopsDbContext db, ISender sender, IPublisher publisher, TimeProvider time)
    : ICommandHandler<LogWorkshopOutcome>
{
    public async ValueTask<Unit> Handle(LogWorkshopOutcome command, CancellationToken cancellationToken)
    {
        await sender.EnsureLabWritableAsync(command.LabId, Workshop.ReadOnlyMessage, cancellationToken);
        var workshop = await db.Workshops.Include(w => w.Occurrences)
            .SingleOrDefaultAsync(w => w.Id == command.WorkshopId && w.LabId == command.LabId, cancellationToken)
            ?? throw new NotFoundException("Veranstaltung", command.WorkshopId);
        var occurrence = workshop.Occurrence(command.OccurrenceId);
        db.ExpectVersion(occurrence, command.Version);

        var errors = new ValidationErrors();
        if (workshop.IndicatorFigure == IndicatorFigure.Participants70Plus && command.AgeBands is null)
        {
            errors.Add("ageBands", "Diese Veranstaltung zählt für eine Kennzahl zu Teilnehmenden ab 70: Bitte geben Sie die Altersgruppen an.");
        }

        if (workshop.IndicatorFigure == IndicatorFigure.FirstTimeDigitalUsers && command.FirstTimeDigitalUsers is null)
        {
            errors.Add("firstTimeDigitalUsers", "Diese Veranstaltung zählt für eine Kennzahl zu Erstnutzenden: Bitte geben Sie an, wie viele zum ersten Mal ein digitales Angebot genutzt haben.");
        }

        var organisationIds = command.OrganisationIds ?? [];
        var followUps = command.FollowUps ?? [];
        var mentioned = organisationIds.Concat(followUps.Select(f => f.OwnerOrganisationId!.Value)).Distinct().ToList();
        var known = mentioned.Count == 0
            ? []
            : (await sender.Send(new GetOrganisationsByIds(mentioned), cancellationToken)).Select(o => o.Id).ToHashSet();
        for (var i = 0; i < organisationIds.Count; i++)
        {
            if (!known.Contains(organisationIds[i]))
            {
                errors.Add($"organisationIds[{i}]", "Diese Organisation gibt es nicht.");
            }
        }

        for (var i = 0; i < followUps.Count; i++)
        {
            if (!known.Contains(followUps[i].OwnerOrganisationId!.Value))
            {
                errors.Add($"followUps[{i}].ownerOrganisationId", "Diese Organisation gibt es nicht.");
            }
        }

        errors.ThrowIfAny();
        var outcome = new Outcome(
            command.Participants!.Value,
            command.AgeBands is { } a ? new AgeBandFigures(a.Under30, a.From30To49, a.From50To69, a.Age70AndOver) : null,
            command.Sectors is { } s ? new SectorFigures(s.Administration, s.CivilSociety, s.Politics, s.Academia, s.Business, s.Citizens) : null,
            command.FirstTimeDigitalUsers,
            organisationIds.Distinct().ToList(),
            command.IdeasCollected ?? 0,
            (command.Decisions ?? []).Select(d => d.Trim()).ToList(),
            followUps.Select(f => new FollowUp(f.Task.Trim(), f.OwnerOrganisationId!.Value, f.DueDate!.Value)).ToList(),
            command.Minutes?.Trim() ?? string.Empty);
        var isCorrection = occurrence.HasOutcome;
        var now = time.GetUtcNow();
        occurrence.LogOutcome(outcome, now);
        await db.SaveChangesAsync(cancellationToken);

        await publisher.Publish(
            new WorkshopOutcomeLogged(
                occurrence.Id,
                workshop.Id,
                workshop.LabId,
                workshop.SubProjectId,
                workshop.Format,
                LocalTimes.LocalDate(occurrence.StartsAt),
                OutcomeFigures.Participants(outcome),
                OutcomeFigures.Results(outcome),
                isCorrection,
                now),
            cancellationToken);
        return Unit.Value;
    }
}

internal static class LogOutcomeEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/labs/{labId:guid}/workshops/{workshopId:guid}/occurrences/{occurrenceId:guid}/outcome",
                async Task<NoContent> (Guid labId, Guid workshopId, Guid occurrenceId, HttpRequest request, ISender sender, CancellationToken ct) =>
                {
                    // Read strictly: a field the outcome does not have (a list of names, say) is refused, not ignored.
                    var body = await StrictJson.ReadAsync<OutcomeRequest>(request.Body, ct);
                    await sender.Send(
                        new LogWorkshopOutcome(labId, workshopId, occurrenceId, body.Version, body.Participants, body.AgeBands, body.Sectors, body.FirstTimeDigitalUsers,
                            body.OrganisationIds, body.IdeasCollected, body.Decisions, body.FollowUps, body.Minutes),
                        ct);
                    return TypedResults.NoContent();
                })
            .RequireAuthorization(Policies.ContributeToLab)
            .Accepts<OutcomeRequest>("application/json")
            .WithName("LogWorkshopOutcome")
            .WithSummary("Logs or corrects the outcome of one date once it has begun. Counts only: any field that is not part of the outcome (e.g. participant names) is refused with 400.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
