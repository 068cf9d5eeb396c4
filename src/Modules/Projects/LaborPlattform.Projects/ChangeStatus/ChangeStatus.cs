using LaborPlattform.Projects.Common;
using LaborPlattform.Projects.Contracts;

namespace LaborPlattform.Projects.ChangeStatus;

/// <summary>Moves a sub-project to another status of its life cycle, with a reason; the history keeps who, when and why.</summary>
internal sealed record ChangeSubProjectStatus(Guid LabId, Guid SubProjectId, int Version, string Status, string Reason) : ICommand;

/// <param name="Status">Planned, Running, Paused, Completed or Cancelled (only allowed transitions).</param>
/// <param name="Reason">Why the status changes; required.</param>
internal sealed record ChangeStatusRequest(int Version, string Status, string Reason);

internal sealed class ChangeSubProjectStatusValidator : AbstractValidator<ChangeSubProjectStatus>
{
    public ChangeSubProjectStatusValidator()
    {
        RuleFor(x => x.Version).VersionRules();
        RuleFor(x => x.Status)
            .Must(s => Parse.Enum<SubProjectStatus>(s) is not null)
            .WithMessage("Bitte wählen Sie einen Status: Planned, Running, Paused, Completed oder Cancelled.");
        RuleFor(x => x.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Bitte begründen Sie die Statusänderung. Die Begründung steht in der Historie des Teilprojekts.")
            .MaximumLength(2000).WithMessage("Die Begründung darf höchstens 2.000 Zeichen lang sein.");
    }
}

internal sealed class ChangeSubProjectStatusHandler(SubProjectStore store, IPublisher publisher) : ICommandHandler<ChangeSubProjectStatus>
{
    public async ValueTask<Unit> Handle(ChangeSubProjectStatus command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        var change = subProject.ChangeStatus(Parse.Enum<SubProjectStatus>(command.Status)!.Value, command.Reason, store.Now, store.Actor);
        await store.Db.SaveChangesAsync(cancellationToken);
        await publisher.Publish(
            new SubProjectStatusChanged(subProject.Id, subProject.LabId, change.From!.Value.ToString(), change.To.ToString(), change.Reason, change.At),
            cancellationToken);
        return Unit.Value;
    }
}

internal static class ChangeStatusEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/labs/{labId:guid}/subprojects/{subProjectId:guid}/status", async Task<NoContent> (Guid labId, Guid subProjectId, ChangeStatusRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new ChangeSubProjectStatus(labId, subProjectId, body.Version, body.Status, body.Reason), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("ChangeSubProjectStatus")
            .WithSummary("Moves a sub-project to another status with a reason. Allowed: Planned→Running|Cancelled, Running→Paused|Completed|Cancelled, Paused→Running|Cancelled; Completed and Cancelled are final (400 on field 'status').")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
