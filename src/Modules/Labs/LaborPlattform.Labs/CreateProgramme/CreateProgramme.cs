namespace LaborPlattform.Labs.CreateProgramme;

/// <summary>Creates a funding programme.</summary>
/// <remarks>The body of <c>POST /api/programmes</c> and the input of the create form on <c>/admin/programme</c>.</remarks>
internal sealed record CreateProgrammeCommand(string Name, string Description, int? StartYear, int? EndYear) : ICommand<Guid>, IProgrammeFields;

internal sealed class CreateProgrammeValidator : AbstractValidator<CreateProgrammeCommand>
{
    public CreateProgrammeValidator() => Include(new ProgrammeFieldsValidator<CreateProgrammeCommand>());
}

internal sealed class CreateProgrammeHandler(LabsDbContext db) : ICommandHandler<CreateProgrammeCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateProgrammeCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureUniqueProgrammeNameAsync(command.Name.Trim(), null, cancellationToken);
        var programme = new Programme(Guid.CreateVersion7(), command.Name, command.Description ?? string.Empty, command.StartYear!.Value, command.EndYear);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return programme.Id;
    }
}

internal static class CreateProgrammeEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/programmes", async Task<Results<Created<IdResponse>, ValidationProblem>> (CreateProgrammeCommand command, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(command, ct);
                return TypedResults.Created($"/api/programmes/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.Administrator)
            .WithName("CreateProgramme")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
