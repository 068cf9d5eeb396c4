namespace LaborPlattform.Labs.RemoveTeachingLink;

/// <summary>Removes a course of a partner university from the lab.</summary>
/// <remarks>Sent by <c>DELETE /api/labs/{labId}/universities/{universityId}/teaching-links/{teachingLinkId}?version=N</c> and the lab page's remove button.</remarks>
internal sealed record RemoveTeachingLinkCommand(Guid LabId, int Version, Guid UniversityId, Guid TeachingLinkId) : ICommand;

internal sealed class RemoveTeachingLinkValidator : AbstractValidator<RemoveTeachingLinkCommand>
{
    public RemoveTeachingLinkValidator() =>
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie gesehen haben (?version=N).");
}

internal sealed class RemoveTeachingLinkHandler(LabsDbContext db) : ICommandHandler<RemoveTeachingLinkCommand>
{
    public async ValueTask<Unit> Handle(RemoveTeachingLinkCommand command, CancellationToken cancellationToken)
    {
        var lab = await db.LabToChangeAsync(command.LabId, command.Version, cancellationToken);
        lab.RemoveTeachingLink(command.UniversityId, command.TeachingLinkId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class RemoveTeachingLinkEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapDelete("/labs/{labId:guid}/universities/{universityId:guid}/teaching-links/{teachingLinkId:guid}", async Task<Results<NoContent, ValidationProblem, NotFoundProblem, ConflictProblem>> (Guid labId, Guid universityId, Guid teachingLinkId, int? version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveTeachingLinkCommand(labId, version ?? 0, universityId, teachingLinkId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("RemoveTeachingLink")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
