namespace LaborPlattform.Labs.AddMunicipality;

/// <summary>Adds a member municipality (identified by its AGS, unique within the lab).</summary>
/// <remarks>The body of <c>POST /api/labs/{labId}/municipalities</c> (the lab comes from the route) and the input of the page <c>…/kommunen/neu</c>.</remarks>
internal sealed record AddMunicipalityCommand(Guid LabId, int Version, string MunicipalityKey, string Name, string Kind, string Role) : ICommand, IMunicipalityFields;

internal sealed class AddMunicipalityValidator : AbstractValidator<AddMunicipalityCommand>
{
    public AddMunicipalityValidator()
    {
        Include(new MunicipalityFieldsValidator<AddMunicipalityCommand>());
        RuleFor(x => x.Version).IsEditedVersion();
    }
}

internal sealed class AddMunicipalityHandler(LabsDbContext db) : ICommandHandler<AddMunicipalityCommand>
{
    public async ValueTask<Unit> Handle(AddMunicipalityCommand command, CancellationToken cancellationToken)
    {
        var lab = await db.LabToChangeAsync(command.LabId, command.Version, cancellationToken);
        lab.AddMunicipality(command.MunicipalityKey, command.Name, EnumNames.Parse<MunicipalityKind>(command.Kind)!.Value, EnumNames.Parse<ConsortiumRole>(command.Role)!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class AddMunicipalityEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/labs/{labId:guid}/municipalities", async Task<Results<NoContent, ValidationProblem, NotFoundProblem, ConflictProblem>> (Guid labId, AddMunicipalityCommand body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(body with { LabId = labId }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("AddMemberMunicipality")
            .WithSummary("Adds a member municipality. Kind: County, City, Municipality, CityState. Role: Lead, Partner.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
