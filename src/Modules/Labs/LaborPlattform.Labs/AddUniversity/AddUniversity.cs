namespace LaborPlattform.Labs.AddUniversity;

/// <summary>Adds a partner university to the lab.</summary>
/// <remarks>The body of <c>POST /api/labs/{labId}/universities</c> (the lab comes from the route); the lab page sends it too.</remarks>
internal sealed record AddUniversityCommand(Guid LabId, int Version, string Name) : ICommand<Guid>;

internal sealed class AddUniversityValidator : AbstractValidator<AddUniversityCommand>
{
    public AddUniversityValidator()
    {
        RuleFor(x => x.Version).IsEditedVersion();
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen der Hochschule an.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
    }
}

internal sealed class AddUniversityHandler(LabsDbContext db) : ICommandHandler<AddUniversityCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddUniversityCommand command, CancellationToken cancellationToken)
    {
        var lab = await db.LabToChangeAsync(command.LabId, command.Version, cancellationToken);
        var university = lab.AddUniversity(command.Name);
        await db.SaveChangesAsync(cancellationToken);
        return university.Id;
    }
}

internal static class AddUniversityEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/labs/{labId:guid}/universities", async Task<Results<Created<IdResponse>, ValidationProblem, NotFoundProblem, ConflictProblem>> (Guid labId, AddUniversityCommand body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(body with { LabId = labId }, ct);
                return TypedResults.Created($"/api/labs/{labId}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("AddPartnerUniversity")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
