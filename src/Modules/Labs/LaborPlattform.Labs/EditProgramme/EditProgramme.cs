using LaborPlattform.Labs.CreateProgramme;

namespace LaborPlattform.Labs.EditProgramme;

/// <summary>Changes a programme's details.</summary>
/// <remarks>The body of <c>PUT /api/programmes/{programmeId}</c> (the programme comes from the route) and the input of the page <c>/admin/programme/{programmeId}</c>.</remarks>
internal sealed record EditProgrammeCommand(Guid ProgrammeId, int Version, string Name, string Description, int? StartYear, int? EndYear) : ICommand, IProgrammeFields;

internal sealed class EditProgrammeValidator : AbstractValidator<EditProgrammeCommand>
{
    public EditProgrammeValidator()
    {
        RuleFor(x => x.Version).IsEditedVersion();
        Include(new ProgrammeFieldsValidator<EditProgrammeCommand>());
    }
}

internal sealed class EditProgrammeHandler(LabsDbContext db) : ICommandHandler<EditProgrammeCommand>
{
    public async ValueTask<Unit> Handle(EditProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == command.ProgrammeId, cancellationToken)
            ?? throw new NotFoundException("Programm", command.ProgrammeId);
        db.ExpectVersion(programme, command.Version);
        await db.EnsureUniqueProgrammeNameAsync(command.Name.Trim(), programme.Id, cancellationToken);
        programme.Edit(command.Name, command.Description ?? string.Empty, command.StartYear!.Value, command.EndYear);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class EditProgrammeEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/programmes/{programmeId:guid}", async Task<Results<NoContent, ValidationProblem, NotFoundProblem, ConflictProblem>> (Guid programmeId, EditProgrammeCommand body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(body with { ProgrammeId = programmeId }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Administrator)
            .WithName("EditProgramme")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
