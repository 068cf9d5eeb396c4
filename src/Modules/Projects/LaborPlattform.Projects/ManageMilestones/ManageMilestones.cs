using LaborPlattform.Projects.Common;
using LaborPlattform.Projects.Contracts;

namespace LaborPlattform.Projects.ManageMilestones;

/// <summary>Adds a milestone; its due date lies within the sub-project's period.</summary>
internal sealed record AddMilestone(Guid LabId, Guid SubProjectId, int Version, string Title, DateOnly? DueDate) : ICommand<Guid>;

/// <summary>Changes a milestone; setting <c>CompletedOn</c> on an open milestone completes it.</summary>
internal sealed record EditMilestone(Guid LabId, Guid SubProjectId, Guid MilestoneId, int Version, string Title, DateOnly? DueDate, DateOnly? CompletedOn) : ICommand;

/// <summary>Marks an open milestone completed on a day (today when none is given).</summary>
internal sealed record CompleteMilestone(Guid LabId, Guid SubProjectId, Guid MilestoneId, int Version, DateOnly? CompletedOn) : ICommand;

internal sealed record RemoveMilestone(Guid LabId, Guid SubProjectId, Guid MilestoneId, int Version) : ICommand;

internal sealed record MilestoneRequest(int Version, string Title, DateOnly? DueDate);

internal sealed record MilestoneChangeRequest(int Version, string Title, DateOnly? DueDate, DateOnly? CompletedOn);

internal sealed record CompleteMilestoneRequest(int Version, DateOnly? CompletedOn);

internal static class MilestoneRules
{
    public static void TitleRules<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Bitte geben Sie den Meilenstein an.")
        .MaximumLength(200).WithMessage("Der Meilenstein darf höchstens 200 Zeichen lang sein.");

    public static void DueDateRules<T>(this IRuleBuilder<T, DateOnly?> rule) => rule
        .NotNull().WithMessage("Bitte geben Sie an, wann der Meilenstein fällig ist.");
}

internal sealed class AddMilestoneValidator : AbstractValidator<AddMilestone>
{
    public AddMilestoneValidator()
    {
        RuleFor(x => x.Version).VersionRules();
        RuleFor(x => x.Title).TitleRules();
        RuleFor(x => x.DueDate).DueDateRules();
    }
}

internal sealed class EditMilestoneValidator : AbstractValidator<EditMilestone>
{
    public EditMilestoneValidator()
    {
        RuleFor(x => x.Version).VersionRules();
        RuleFor(x => x.Title).TitleRules();
        RuleFor(x => x.DueDate).DueDateRules();
    }
}

internal sealed class CompleteMilestoneValidator : AbstractValidator<CompleteMilestone>
{
    public CompleteMilestoneValidator() => RuleFor(x => x.Version).VersionRules();
}

internal sealed class RemoveMilestoneValidator : AbstractValidator<RemoveMilestone>
{
    public RemoveMilestoneValidator() => RuleFor(x => x.Version).VersionRules();
}

internal sealed class ManageMilestonesHandler(SubProjectStore store, IPublisher publisher) :
    ICommandHandler<AddMilestone, Guid>,
    ICommandHandler<EditMilestone>,
    ICommandHandler<CompleteMilestone>,
    ICommandHandler<RemoveMilestone>
{
    public async ValueTask<Guid> Handle(AddMilestone command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        var milestone = subProject.AddMilestone(command.Title, command.DueDate!.Value);
        await store.Db.SaveChangesAsync(cancellationToken);
        return milestone.Id;
    }

    public async ValueTask<Unit> Handle(EditMilestone command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        var completed = subProject.EditMilestone(command.MilestoneId, command.Title, command.DueDate!.Value, command.CompletedOn, store.Today);
        await store.Db.SaveChangesAsync(cancellationToken);
        if (completed)
        {
            await PublishCompletedAsync(subProject, subProject.Milestones.Single(m => m.Id == command.MilestoneId), cancellationToken);
        }

        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(CompleteMilestone command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        var milestone = subProject.CompleteMilestone(command.MilestoneId, command.CompletedOn ?? store.Today, store.Today);
        await store.Db.SaveChangesAsync(cancellationToken);
        await PublishCompletedAsync(subProject, milestone, cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(RemoveMilestone command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        subProject.RemoveMilestone(command.MilestoneId);
        await store.Db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private ValueTask PublishCompletedAsync(SubProject subProject, Milestone milestone, CancellationToken ct) =>
        publisher.Publish(new MilestoneCompleted(subProject.Id, subProject.LabId, milestone.Id, milestone.Title, milestone.DueDate, milestone.CompletedOn!.Value, store.Now), ct);
}

internal static class ManageMilestonesEndpoints
{
    private const string Base = "/labs/{labId:guid}/subprojects/{subProjectId:guid}/milestones";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost(Base, async Task<Created<IdResponse>> (Guid labId, Guid subProjectId, MilestoneRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new AddMilestone(labId, subProjectId, body.Version, body.Title, body.DueDate), ct);
                return TypedResults.Created($"/api/labs/{labId}/subprojects/{subProjectId}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("AddMilestone")
            .WithSummary("Adds a milestone. The due date must lie within the sub-project's period (400 on 'dueDate').")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut(Base + "/{milestoneId:guid}", async Task<NoContent> (Guid labId, Guid subProjectId, Guid milestoneId, MilestoneChangeRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new EditMilestone(labId, subProjectId, milestoneId, body.Version, body.Title, body.DueDate, body.CompletedOn), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("EditMilestone")
            .WithSummary("Changes a milestone's title, due date or completion day (not in the future).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost(Base + "/{milestoneId:guid}/complete", async Task<NoContent> (Guid labId, Guid subProjectId, Guid milestoneId, CompleteMilestoneRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new CompleteMilestone(labId, subProjectId, milestoneId, body.Version, body.CompletedOn), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("CompleteMilestone")
            .WithSummary("Marks an open milestone completed (on the given day, default today in Europe/Berlin).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete(Base + "/{milestoneId:guid}", async Task<NoContent> (Guid labId, Guid subProjectId, Guid milestoneId, int? version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveMilestone(labId, subProjectId, milestoneId, version ?? 0), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("RemoveMilestone")
            .WithSummary("Removes a milestone; pass the sub-project's version as ?version=N.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
