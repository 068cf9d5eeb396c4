using LaborPlattform.Projects.Common;

namespace LaborPlattform.Projects.CreateSubProject;

/// <summary>Creates a sub-project of a lab; it starts as planned, and its history records who created it.</summary>
internal sealed record CreateSubProject(
    Guid LabId,
    string Title,
    string Goal,
    string? Description = null,
    string? InternalNotes = null,
    IReadOnlyList<Guid>? ThemeIds = null,
    IReadOnlyList<string>? TargetGroups = null,
    IReadOnlyList<string>? MunicipalityKeys = null,
    IReadOnlyList<string>? Principles = null,
    DateOnly? StartDate = null,
    DateOnly? PlannedEnd = null,
    bool IsPublished = false,
    string? PublicSummary = null,
    IReadOnlyList<Guid>? ResponsibleOrganisationIds = null) : ICommand<Guid>, ISubProjectFields;

/// <summary>The body of <c>POST /api/labs/{labId}/subprojects</c>.</summary>
/// <param name="Principles">Any of Transparency, Participation, Collaboration, OpenCulture.</param>
/// <param name="MunicipalityKeys">AGS of member municipalities of the lab that take part.</param>
/// <param name="ResponsibleOrganisationIds">Ids of organisations in the Stakeholders module.</param>
internal sealed record SubProjectRequest(
    string Title,
    string Goal,
    string? Description,
    string? InternalNotes,
    IReadOnlyList<Guid>? ThemeIds,
    IReadOnlyList<string>? TargetGroups,
    IReadOnlyList<string>? MunicipalityKeys,
    IReadOnlyList<string>? Principles,
    DateOnly? StartDate,
    DateOnly? PlannedEnd,
    bool IsPublished,
    string? PublicSummary,
    IReadOnlyList<Guid>? ResponsibleOrganisationIds);

internal sealed class CreateSubProjectValidator : AbstractValidator<CreateSubProject>
{
    public CreateSubProjectValidator() => Include(new SubProjectFieldsValidator<CreateSubProject>());
}

internal sealed class CreateSubProjectHandler(SubProjectStore store, ISender sender) : ICommandHandler<CreateSubProject, Guid>
{
    public async ValueTask<Guid> Handle(CreateSubProject command, CancellationToken cancellationToken)
    {
        await command.CheckReferencesAsync(sender, command.LabId, cancellationToken);
        var subProject = new SubProject(Guid.CreateVersion7(), command.LabId, command.ToDetails(), store.Now, store.Actor);
        store.Db.SubProjects.Add(subProject);
        await store.Db.SaveChangesAsync(cancellationToken);
        return subProject.Id;
    }
}

internal static class CreateSubProjectEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/labs/{labId:guid}/subprojects", async Task<Created<IdResponse>> (Guid labId, SubProjectRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(
                    new CreateSubProject(labId, body.Title, body.Goal, body.Description, body.InternalNotes, body.ThemeIds, body.TargetGroups,
                        body.MunicipalityKeys, body.Principles, body.StartDate, body.PlannedEnd, body.IsPublished, body.PublicSummary, body.ResponsibleOrganisationIds),
                    ct);
                return TypedResults.Created($"/api/labs/{labId}/subprojects/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("CreateSubProject")
            .WithSummary("Creates a sub-project of the lab (administrators and the lab's coordinators). It starts as Planned.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
