namespace LaborPlattform.Labs.RemoveUniversity;

/// <summary>Removes a partner university and its teaching links from the lab.</summary>
/// <remarks>Sent by <c>DELETE /api/labs/{labId}/universities/{universityId}?version=N</c> and the lab page's remove button.</remarks>
internal sealed record RemoveUniversityCommand(Guid LabId, int Version, Guid UniversityId) : ICommand;

internal sealed class RemoveUniversityValidator : AbstractValidator<RemoveUniversityCommand>
{
    public RemoveUniversityValidator() =>
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie gesehen haben (?version=N).");
}

internal sealed class RemoveUniversityHandler(LabsDbContext db) : ICommandHandler<RemoveUniversityCommand>
{
    public async ValueTask<Unit> Handle(RemoveUniversityCommand command, CancellationToken cancellationToken)
    {
        var lab = await db.LabToChangeAsync(command.LabId, command.Version, cancellationToken);
        lab.RemoveUniversity(command.UniversityId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class RemoveUniversityEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapDelete("/labs/{labId:guid}/universities/{universityId:guid}", async Task<Results<NoContent, ValidationProblem, NotFoundProblem, ConflictProblem>> (Guid labId, Guid universityId, int? version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveUniversityCommand(labId, version ?? 0, universityId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("RemovePartnerUniversity")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
