using LaborPlattform.Projects.Common;
using LaborPlattform.Projects.CreateSubProject;

namespace LaborPlattform.Projects.EditSubProject;

/// <summary>Changes a sub-project's details. The status is not among them: it changes only through <c>ChangeStatus</c>, with a reason.</summary>
internal sealed record EditSubProject(
    Guid LabId,
    Guid SubProjectId,
    int Version,
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
    IReadOnlyList<Guid>? ResponsibleOrganisationIds = null) : ICommand, ISubProjectFields;

/// <summary>The body of <c>PUT /api/labs/{labId}/subprojects/{subProjectId}</c>: all fields, and the version you read.</summary>
internal sealed record EditSubProjectRequest(
    int Version,
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

internal sealed class EditSubProjectValidator : AbstractValidator<EditSubProject>
{
    public EditSubProjectValidator()
    {
        Include(new SubProjectFieldsValidator<EditSubProject>());
        RuleFor(x => x.Version).VersionRules();
    }
}

internal sealed class EditSubProjectHandler(SubProjectStore store, ISender sender) : ICommandHandler<EditSubProject>
{
    public async ValueTask<Unit> Handle(EditSubProject command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        await command.CheckReferencesAsync(sender, command.LabId, cancellationToken, subProject.Organisations.Select(o => o.OrganisationId).ToList());
        subProject.Edit(command.ToDetails());
        await store.Db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class EditSubProjectEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/labs/{labId:guid}/subprojects/{subProjectId:guid}", async Task<NoContent> (Guid labId, Guid subProjectId, EditSubProjectRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(
                    new EditSubProject(labId, subProjectId, body.Version, body.Title, body.Goal, body.Description, body.InternalNotes, body.ThemeIds,
                        body.TargetGroups, body.MunicipalityKeys, body.Principles, body.StartDate, body.PlannedEnd, body.IsPublished, body.PublicSummary,
                        body.ResponsibleOrganisationIds),
                    ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("EditSubProject")
            .WithSummary("Changes a sub-project's details. Send the version you read; a stale version gets 409 and nothing is overwritten.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
