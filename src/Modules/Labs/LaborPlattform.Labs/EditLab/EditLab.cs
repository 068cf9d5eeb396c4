using LaborPlattform.Labs.RegisterLab;

namespace LaborPlattform.Labs.EditLab;

/// <summary>
/// Changes a lab's details. The programme is not among them: a lab's programme is set at registration, so a
/// posted programme is ignored rather than silently moving the lab.
/// </summary>
/// <remarks>The body of <c>PUT /api/labs/{labId}</c> (the lab comes from the route) and the input of the edit page.</remarks>
internal sealed record EditLabCommand(
    Guid LabId,
    int Version,
    string Name,
    string ShortDescription,
    string FederalStateCode,
    DateOnly FundingStart,
    DateOnly FundingEnd,
    IReadOnlyList<Guid>? ThemeIds,
    string Status) : ICommand, ILabFields;

internal sealed class EditLabValidator : AbstractValidator<EditLabCommand>
{
    public EditLabValidator()
    {
        RuleFor(x => x.Version).IsEditedVersion();
        Include(new LabFieldsValidator<EditLabCommand>());
        RuleFor(x => x.Status)
            .Must(s => s is "Active" or "Finished").WithMessage("Der Status ist „Active“ (aktiv) oder „Finished“ (abgeschlossen); archiviert wird ein Labor über „Archivieren“.");
    }
}

internal sealed class EditLabHandler(LabsDbContext db) : ICommandHandler<EditLabCommand>
{
    public async ValueTask<Unit> Handle(EditLabCommand command, CancellationToken cancellationToken)
    {
        var lab = await db.LabToChangeAsync(command.LabId, command.Version, cancellationToken);

        var errors = new ValidationErrors();
        var name = command.Name.Trim();
        if (await db.Labs.AnyAsync(l => l.Name == name && l.Id != lab.Id, cancellationToken))
        {
            errors.Add("name", $"Es gibt bereits ein Labor mit dem Namen „{name}“.");
        }

        await ThemeCheck.AddUnknownThemesAsync(db, command.ThemeIds, errors, cancellationToken);
        errors.ThrowIfAny();

        lab.Edit(
            new LabDetails(name, command.ShortDescription, command.FederalStateCode.ToUpperInvariant(), command.FundingStart, command.FundingEnd, command.ThemeIds ?? []),
            Enum.Parse<LabStatus>(command.Status));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class EditLabEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/labs/{labId:guid}", async Task<Results<NoContent, ValidationProblem, NotFoundProblem, ConflictProblem>> (Guid labId, EditLabCommand body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(body with { LabId = labId }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("EditLab")
            .WithSummary("Changes a lab's details (administrators and the lab's coordinators). Send the version you read; a stale version gets 409.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
