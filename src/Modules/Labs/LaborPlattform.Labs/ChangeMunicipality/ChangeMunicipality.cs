using LaborPlattform.Labs.AddMunicipality;

namespace LaborPlattform.Labs.ChangeMunicipality;

/// <summary>Changes name, kind or role of a member; the AGS identifies it and does not change.</summary>
/// <remarks>The body of <c>PUT /api/labs/{labId}/municipalities/{municipalityKey}</c> (lab and AGS come from the route) and what the page <c>…/kommunen/{AGS}</c> sends.</remarks>
internal sealed record ChangeMunicipalityCommand(Guid LabId, int Version, string MunicipalityKey, string Name, string Kind, string Role) : ICommand, IMunicipalityFields;

internal sealed class ChangeMunicipalityValidator : AbstractValidator<ChangeMunicipalityCommand>
{
    public ChangeMunicipalityValidator()
    {
        Include(new MunicipalityFieldsValidator<ChangeMunicipalityCommand>());
        RuleFor(x => x.Version).IsEditedVersion();
    }
}

internal sealed class ChangeMunicipalityHandler(LabsDbContext db) : ICommandHandler<ChangeMunicipalityCommand>
{
    public async ValueTask<Unit> Handle(ChangeMunicipalityCommand command, CancellationToken cancellationToken)
    {
        var lab = await db.LabToChangeAsync(command.LabId, command.Version, cancellationToken);
        lab.UpdateMunicipality(command.MunicipalityKey, command.Name, EnumNames.Parse<MunicipalityKind>(command.Kind)!.Value, EnumNames.Parse<ConsortiumRole>(command.Role)!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class ChangeMunicipalityEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/labs/{labId:guid}/municipalities/{municipalityKey}", async Task<Results<NoContent, ValidationProblem, NotFoundProblem, ConflictProblem>> (Guid labId, string municipalityKey, ChangeMunicipalityCommand body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(body with { LabId = labId, MunicipalityKey = municipalityKey }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("UpdateMemberMunicipality")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
