using LaborPlattform.Projects.Common;

namespace LaborPlattform.Projects.ManageLessons;

/// <summary>Records lessons learned (Erfahrungen und Erkenntnisse): what worked, what did not, what others should know.</summary>
internal sealed record AddLessonLearned(Guid LabId, Guid SubProjectId, int Version, DateOnly? RecordedOn, string? WhatWorked, string? WhatDidNotWork, string? AdviceForOthers) : ICommand<Guid>, ILessonFields;

internal sealed record EditLessonLearned(Guid LabId, Guid SubProjectId, Guid LessonId, int Version, DateOnly? RecordedOn, string? WhatWorked, string? WhatDidNotWork, string? AdviceForOthers) : ICommand, ILessonFields;

internal sealed record RemoveLessonLearned(Guid LabId, Guid SubProjectId, Guid LessonId, int Version) : ICommand;

/// <param name="RecordedOn">The day the lesson was written down (default today).</param>
internal sealed record LessonRequest(int Version, DateOnly? RecordedOn, string? WhatWorked, string? WhatDidNotWork, string? AdviceForOthers);

internal interface ILessonFields
{
    int Version { get; }

    string? WhatWorked { get; }

    string? WhatDidNotWork { get; }

    string? AdviceForOthers { get; }
}

internal sealed class LessonFieldsValidator<T> : AbstractValidator<T>
    where T : ILessonFields
{
    public LessonFieldsValidator()
    {
        RuleFor(x => x.Version).VersionRules();
        RuleFor(x => x.WhatWorked)
            .Must((x, _) => !string.IsNullOrWhiteSpace(x.WhatWorked) || !string.IsNullOrWhiteSpace(x.WhatDidNotWork) || !string.IsNullOrWhiteSpace(x.AdviceForOthers))
            .WithMessage("Bitte beantworten Sie mindestens eine der drei Fragen.")
            .MaximumLength(4000).WithMessage("Der Text darf höchstens 4.000 Zeichen lang sein.");
        RuleFor(x => x.WhatDidNotWork).MaximumLength(4000).WithMessage("Der Text darf höchstens 4.000 Zeichen lang sein.");
        RuleFor(x => x.AdviceForOthers).MaximumLength(4000).WithMessage("Der Text darf höchstens 4.000 Zeichen lang sein.");
    }
}

internal sealed class AddLessonLearnedValidator : AbstractValidator<AddLessonLearned>
{
    public AddLessonLearnedValidator() => Include(new LessonFieldsValidator<AddLessonLearned>());
}

internal sealed class EditLessonLearnedValidator : AbstractValidator<EditLessonLearned>
{
    public EditLessonLearnedValidator() => Include(new LessonFieldsValidator<EditLessonLearned>());
}

internal sealed class RemoveLessonLearnedValidator : AbstractValidator<RemoveLessonLearned>
{
    public RemoveLessonLearnedValidator() => RuleFor(x => x.Version).VersionRules();
}

internal sealed class ManageLessonsHandler(SubProjectStore store) :
    ICommandHandler<AddLessonLearned, Guid>,
    ICommandHandler<EditLessonLearned>,
    ICommandHandler<RemoveLessonLearned>
{
    public async ValueTask<Guid> Handle(AddLessonLearned command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        var lesson = subProject.AddLesson(Text(command), command.RecordedOn ?? store.Today, store.Today);
        await store.Db.SaveChangesAsync(cancellationToken);
        return lesson.Id;
    }

    public async ValueTask<Unit> Handle(EditLessonLearned command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        subProject.EditLesson(command.LessonId, Text(command), command.RecordedOn ?? store.Today, store.Today);
        await store.Db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(RemoveLessonLearned command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        subProject.RemoveLesson(command.LessonId);
        await store.Db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private static LessonText Text(ILessonFields fields) => new(fields.WhatWorked, fields.WhatDidNotWork, fields.AdviceForOthers);
}

internal static class ManageLessonsEndpoints
{
    private const string Base = "/labs/{labId:guid}/subprojects/{subProjectId:guid}/lessons";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost(Base, async Task<Created<IdResponse>> (Guid labId, Guid subProjectId, LessonRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new AddLessonLearned(labId, subProjectId, body.Version, body.RecordedOn, body.WhatWorked, body.WhatDidNotWork, body.AdviceForOthers), ct);
                return TypedResults.Created($"/api/labs/{labId}/subprojects/{subProjectId}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("AddLessonLearned")
            .WithSummary("Records a lesson learned: what worked, what did not, what other municipalities should know (at least one).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut(Base + "/{lessonId:guid}", async Task<NoContent> (Guid labId, Guid subProjectId, Guid lessonId, LessonRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new EditLessonLearned(labId, subProjectId, lessonId, body.Version, body.RecordedOn, body.WhatWorked, body.WhatDidNotWork, body.AdviceForOthers), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("EditLessonLearned")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete(Base + "/{lessonId:guid}", async Task<NoContent> (Guid labId, Guid subProjectId, Guid lessonId, int? version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveLessonLearned(labId, subProjectId, lessonId, version ?? 0), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("RemoveLessonLearned")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
