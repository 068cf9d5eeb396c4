using LaborPlattform.Shared.Labs;

namespace LaborPlattform.Workshops.ManageOccurrences;

/// <summary>Cancels one date (of a single event or a series); the public calendar shows it as cancelled, with the reason.</summary>
internal sealed record CancelOccurrence(Guid LabId, Guid WorkshopId, Guid OccurrenceId, int Version, string Reason) : ICommand;

/// <summary>Takes a cancellation back.</summary>
internal sealed record ReinstateOccurrence(Guid LabId, Guid WorkshopId, Guid OccurrenceId, int Version) : ICommand;

/// <summary>Moves one date to another time (Berlin wall-clock times without offset); the rest of a series stays.</summary>
internal sealed record MoveOccurrence(Guid LabId, Guid WorkshopId, Guid OccurrenceId, int Version, string Start, string End) : ICommand;

internal sealed record CancelOccurrenceRequest(int Version, string Reason);

internal sealed record ReinstateOccurrenceRequest(int Version);

internal sealed record MoveOccurrenceRequest(int Version, string Start, string End);

internal sealed class CancelOccurrenceValidator : AbstractValidator<CancelOccurrence>
{
    public CancelOccurrenceValidator()
    {
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie gesehen haben.");
        RuleFor(x => x.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Bitte sagen Sie in einfachen Worten, warum der Termin ausfällt.")
            .MaximumLength(500).WithMessage("Der Grund darf höchstens 500 Zeichen lang sein.");
    }
}

internal sealed class ReinstateOccurrenceValidator : AbstractValidator<ReinstateOccurrence>
{
    public ReinstateOccurrenceValidator() =>
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie gesehen haben.");
}

internal sealed class MoveOccurrenceValidator : AbstractValidator<MoveOccurrence>
{
    public MoveOccurrenceValidator()
    {
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie gesehen haben.");
        RuleFor(x => x.Start)
            .Must(s => LocalTimes.Parse(s) is not null).WithMessage("Bitte geben Sie den neuen Beginn mit Datum und Uhrzeit an (Ortszeit Berlin, z. B. 2026-03-03T10:00).");
        RuleFor(x => x.End)
            .Must(s => LocalTimes.Parse(s) is not null).WithMessage("Bitte geben Sie das neue Ende mit Datum und Uhrzeit an (Ortszeit Berlin, z. B. 2026-03-03T12:00).");
    }
}

internal sealed class ManageOccurrencesHandler(WorkshopsDbContext db, ISender sender, TimeProvider time) :
    ICommandHandler<CancelOccurrence>,
    ICommandHandler<ReinstateOccurrence>,
    ICommandHandler<MoveOccurrence>
{
    public async ValueTask<Unit> Handle(CancelOccurrence command, CancellationToken cancellationToken)
    {
        var occurrence = await LoadAsync(command.LabId, command.WorkshopId, command.OccurrenceId, command.Version, cancellationToken);
        occurrence.Cancel(command.Reason, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(ReinstateOccurrence command, CancellationToken cancellationToken)
    {
        var occurrence = await LoadAsync(command.LabId, command.WorkshopId, command.OccurrenceId, command.Version, cancellationToken);
        occurrence.Reinstate(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(MoveOccurrence command, CancellationToken cancellationToken)
    {
        var occurrence = await LoadAsync(command.LabId, command.WorkshopId, command.OccurrenceId, command.Version, cancellationToken);
        occurrence.Move(LocalTimes.ToInstant(LocalTimes.Parse(command.Start)!.Value), LocalTimes.ToInstant(LocalTimes.Parse(command.End)!.Value), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task<Occurrence> LoadAsync(Guid labId, Guid workshopId, Guid occurrenceId, int version, CancellationToken ct)
    {
        await sender.EnsureLabWritableAsync(labId, Workshop.ReadOnlyMessage, ct);
        var occurrence = await db.Occurrences.SingleOrDefaultAsync(o => o.Id == occurrenceId && o.WorkshopId == workshopId && o.LabId == labId, ct)
            ?? throw new NotFoundException("Termin", occurrenceId);
        db.ExpectVersion(occurrence, version);
        return occurrence;
    }
}

internal static class ManageOccurrencesEndpoints
{
    private const string Base = "/labs/{labId:guid}/workshops/{workshopId:guid}/occurrences/{occurrenceId:guid}";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost(Base + "/cancel", async Task<NoContent> (Guid labId, Guid workshopId, Guid occurrenceId, CancelOccurrenceRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new CancelOccurrence(labId, workshopId, occurrenceId, body.Version, body.Reason), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("CancelOccurrence")
            .WithSummary("Cancels one date with a plain-language reason (shown publicly). A date with an outcome cannot be cancelled (409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost(Base + "/reinstate", async Task<NoContent> (Guid labId, Guid workshopId, Guid occurrenceId, ReinstateOccurrenceRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new ReinstateOccurrence(labId, workshopId, occurrenceId, body.Version), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("ReinstateOccurrence")
            .WithSummary("Takes the cancellation of a date back.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost(Base + "/move", async Task<NoContent> (Guid labId, Guid workshopId, Guid occurrenceId, MoveOccurrenceRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new MoveOccurrence(labId, workshopId, occurrenceId, body.Version, body.Start, body.End), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("MoveOccurrence")
            .WithSummary("Moves one date to new times (Berlin wall-clock, without offset); the other dates of a series stay.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
