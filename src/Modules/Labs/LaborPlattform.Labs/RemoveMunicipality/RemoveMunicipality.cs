namespace LaborPlattform.Labs.RemoveMunicipality;

/// <summary>Removes a member municipality from the consortium.</summary>
/// <remarks>Sent by <c>DELETE /api/labs/{labId}/municipalities/{municipalityKey}?version=N</c> and the lab page's remove button.</remarks>
internal sealed record RemoveMunicipalityCommand(Guid LabId, int Version, string MunicipalityKey) : ICommand;

internal sealed class RemoveMunicipalityValidator : AbstractValidator<RemoveMunicipalityCommand>
{
    public RemoveMunicipalityValidator() =>
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie gesehen haben (?version=N).");
}

internal sealed class RemoveMunicipalityHandler(LabsDbContext db) : ICommandHandler<RemoveMunicipalityCommand>
{
    public async ValueTask<Unit> Handle(RemoveMunicipalityCommand command, CancellationToken cancellationToken)
    {
        var lab = await db.LabToChangeAsync(command.LabId, command.Version, cancellationToken);
        lab.RemoveMunicipality(command.MunicipalityKey);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class RemoveMunicipalityEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapDelete("/labs/{labId:guid}/municipalities/{municipalityKey}", async Task<Results<NoContent, ValidationProblem, NotFoundProblem, ConflictProblem>> (Guid labId, string municipalityKey, int? version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveMunicipalityCommand(labId, version ?? 0, municipalityKey), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("RemoveMemberMunicipality")
            .WithSummary("Removes a member municipality; pass the lab version as query parameter ?version=N.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
