using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs.ArchiveLab;

/// <summary>Archives a lab: it and everything other modules keep for it become read-only (<see cref="LabArchived"/>).</summary>
/// <remarks>The body of <c>POST /api/labs/{labId}/archive</c> (the lab comes from the route); the archive page sends it too.</remarks>
internal sealed record ArchiveLabCommand(Guid LabId, int Version) : ICommand;

internal sealed class ArchiveLabValidator : AbstractValidator<ArchiveLabCommand>
{
    public ArchiveLabValidator() =>
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie gesehen haben.");
}

internal sealed class ArchiveLabHandler(LabsDbContext db, TimeProvider time, IPublisher publisher) : ICommandHandler<ArchiveLabCommand>
{
    public async ValueTask<Unit> Handle(ArchiveLabCommand command, CancellationToken cancellationToken)
    {
        var lab = await db.LabToChangeAsync(command.LabId, command.Version, cancellationToken);
        var now = time.GetUtcNow();
        lab.Archive(now);
        await db.SaveChangesAsync(cancellationToken);
        await publisher.Publish(new LabArchived(lab.Id, now), cancellationToken);
        return Unit.Value;
    }
}

internal static class ArchiveLabEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/labs/{labId:guid}/archive", async Task<Results<NoContent, ValidationProblem, NotFoundProblem, ConflictProblem>> (Guid labId, ArchiveLabCommand body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(body with { LabId = labId }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Administrator)
            .WithName("ArchiveLab")
            .WithSummary("Archives a lab (administrators). Its data stays readable but can no longer be changed.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
