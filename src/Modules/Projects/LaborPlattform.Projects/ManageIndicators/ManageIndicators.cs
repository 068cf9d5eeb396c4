using LaborPlattform.Projects.Common;

namespace LaborPlattform.Projects.ManageIndicators;

/// <summary>Adds an indicator (Kennzahl) with baseline and target, e.g. "Kursteilnahmen 70+", target 300.</summary>
internal sealed record AddIndicator(Guid LabId, Guid SubProjectId, int Version, string Name, string Unit, string Kind, decimal? Baseline, decimal? Target) : ICommand<Guid>, IIndicatorFields;

internal sealed record EditIndicator(Guid LabId, Guid SubProjectId, Guid IndicatorId, int Version, string Name, string Unit, string Kind, decimal? Baseline, decimal? Target) : ICommand, IIndicatorFields;

/// <summary>Removes an indicator with all its measured values.</summary>
internal sealed record RemoveIndicator(Guid LabId, Guid SubProjectId, Guid IndicatorId, int Version) : ICommand;

/// <param name="Kind">Snapshot (the latest value counts) or Cumulative (values are added to the baseline).</param>
internal sealed record IndicatorRequest(int Version, string Name, string Unit, string Kind, decimal? Baseline, decimal? Target);

internal interface IIndicatorFields
{
    int Version { get; }

    string Name { get; }

    string Unit { get; }

    string Kind { get; }

    decimal? Baseline { get; }

    decimal? Target { get; }
}

internal sealed class IndicatorFieldsValidator<T> : AbstractValidator<T>
    where T : IIndicatorFields
{
    public IndicatorFieldsValidator()
    {
        RuleFor(x => x.Version).VersionRules();
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen der Kennzahl an, z. B. „Kursteilnahmen 70+“.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.Unit)
            .Must(u => !string.IsNullOrWhiteSpace(u)).WithMessage("Bitte geben Sie die Einheit an, z. B. „Teilnahmen“.")
            .MaximumLength(60).WithMessage("Die Einheit darf höchstens 60 Zeichen lang sein.");
        RuleFor(x => x.Kind)
            .Must(k => Parse.Enum<IndicatorKind>(k) is not null)
            .WithMessage("Bitte wählen Sie, wie die Werte zählen: Stand (Snapshot) oder Summe (Cumulative).");
        RuleFor(x => x.Baseline).NotNull().WithMessage("Bitte geben Sie den Ausgangswert an (oft 0).");
        RuleFor(x => x.Target).NotNull().WithMessage("Bitte geben Sie den Zielwert an.");
        RuleFor(x => x.Target)
            .Must((x, target) => x.Baseline is null || target is null || target != x.Baseline)
            .WithMessage("Der Zielwert muss sich vom Ausgangswert unterscheiden, sonst lässt sich keine Zielerreichung berechnen.");
    }
}

internal sealed class AddIndicatorValidator : AbstractValidator<AddIndicator>
{
    public AddIndicatorValidator() => Include(new IndicatorFieldsValidator<AddIndicator>());
}

internal sealed class EditIndicatorValidator : AbstractValidator<EditIndicator>
{
    public EditIndicatorValidator() => Include(new IndicatorFieldsValidator<EditIndicator>());
}

internal sealed class RemoveIndicatorValidator : AbstractValidator<RemoveIndicator>
{
    public RemoveIndicatorValidator() => RuleFor(x => x.Version).VersionRules();
}

internal sealed class ManageIndicatorsHandler(SubProjectStore store) :
    ICommandHandler<AddIndicator, Guid>,
    ICommandHandler<EditIndicator>,
    ICommandHandler<RemoveIndicator>
{
    public async ValueTask<Guid> Handle(AddIndicator command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        var indicator = subProject.AddIndicator(Definition(command));
        await store.Db.SaveChangesAsync(cancellationToken);
        return indicator.Id;
    }

    public async ValueTask<Unit> Handle(EditIndicator command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        subProject.EditIndicator(command.IndicatorId, Definition(command));
        await store.Db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(RemoveIndicator command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        subProject.RemoveIndicator(command.IndicatorId);
        await store.Db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private static IndicatorDefinition Definition(IIndicatorFields fields) =>
        new(fields.Name, fields.Unit, Parse.Enum<IndicatorKind>(fields.Kind)!.Value, fields.Baseline!.Value, fields.Target!.Value);
}

internal static class ManageIndicatorsEndpoints
{
    private const string Base = "/labs/{labId:guid}/subprojects/{subProjectId:guid}/indicators";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost(Base, async Task<Created<IdResponse>> (Guid labId, Guid subProjectId, IndicatorRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new AddIndicator(labId, subProjectId, body.Version, body.Name, body.Unit, body.Kind, body.Baseline, body.Target), ct);
                return TypedResults.Created($"/api/labs/{labId}/subprojects/{subProjectId}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("AddIndicator")
            .WithSummary("Adds an indicator with unit, kind (Snapshot or Cumulative), baseline and target.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut(Base + "/{indicatorId:guid}", async Task<NoContent> (Guid labId, Guid subProjectId, Guid indicatorId, IndicatorRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new EditIndicator(labId, subProjectId, indicatorId, body.Version, body.Name, body.Unit, body.Kind, body.Baseline, body.Target), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("EditIndicator")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete(Base + "/{indicatorId:guid}", async Task<NoContent> (Guid labId, Guid subProjectId, Guid indicatorId, int? version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveIndicator(labId, subProjectId, indicatorId, version ?? 0), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("RemoveIndicator")
            .WithSummary("Removes an indicator and its values; pass the sub-project's version as ?version=N.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
