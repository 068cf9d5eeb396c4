namespace LaborPlattform.Labs.AddTeachingLink;

/// <summary>Records that lab work is taught in a course of a partner university in a term.</summary>
/// <remarks>
/// The body of <c>POST /api/labs/{labId}/universities/{universityId}/teaching-links</c> and the input of the page
/// <c>…/hochschulen/{universityId}/lehre</c>; lab and university come from the route.
/// </remarks>
internal sealed record AddTeachingLinkCommand(Guid LabId, int Version, Guid UniversityId, string Course, string Term) : ICommand<Guid>;

internal sealed class AddTeachingLinkValidator : AbstractValidator<AddTeachingLinkCommand>
{
    public AddTeachingLinkValidator()
    {
        RuleFor(x => x.Version).IsEditedVersion();
        RuleFor(x => x.Course)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie die Lehrveranstaltung an.")
            .MaximumLength(300).WithMessage("Der Titel darf höchstens 300 Zeichen lang sein.");
        RuleFor(x => x.Term)
            .Must(TermRules.IsTerm).WithMessage("Bitte geben Sie das Semester als „WiSe 2025/26“ oder „SoSe 2026“ an.");
    }
}

internal sealed class AddTeachingLinkHandler(LabsDbContext db) : ICommandHandler<AddTeachingLinkCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddTeachingLinkCommand command, CancellationToken cancellationToken)
    {
        var lab = await db.LabToChangeAsync(command.LabId, command.Version, cancellationToken);
        var link = lab.AddTeachingLink(command.UniversityId, command.Course, command.Term);
        await db.SaveChangesAsync(cancellationToken);
        return link.Id;
    }
}

internal static class AddTeachingLinkEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/labs/{labId:guid}/universities/{universityId:guid}/teaching-links", async Task<Results<Created<IdResponse>, ValidationProblem, NotFoundProblem, ConflictProblem>> (Guid labId, Guid universityId, AddTeachingLinkCommand body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(body with { LabId = labId, UniversityId = universityId }, ct);
                return TypedResults.Created($"/api/labs/{labId}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("AddTeachingLink")
            .WithSummary("Links a course of a partner university to the lab; term as \"WiSe 2025/26\" or \"SoSe 2026\".")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
