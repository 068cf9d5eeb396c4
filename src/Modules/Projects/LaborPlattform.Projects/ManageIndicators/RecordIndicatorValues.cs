using LaborPlattform.Projects.Common;
using LaborPlattform.Projects.Contracts;

namespace LaborPlattform.Projects.ManageIndicators;

/// <summary>Records a measured value of an indicator on a day. Adds to the record; needs no version.</summary>
internal sealed record RecordIndicatorValue(Guid LabId, Guid SubProjectId, Guid IndicatorId, DateOnly? MeasuredOn, decimal? Value, string? Note) : ICommand<Guid>;

/// <summary>Removes a wrongly entered value (the audit trail keeps what it was).</summary>
internal sealed record RemoveIndicatorValue(Guid LabId, Guid SubProjectId, Guid IndicatorId, Guid ValueId) : ICommand;

/// <param name="MeasuredOn">The day the value was measured; required, not in the future.</param>
internal sealed record IndicatorValueRequest(DateOnly? MeasuredOn, decimal? Value, string? Note);

internal sealed class RecordIndicatorValueValidator : AbstractValidator<RecordIndicatorValue>
{
    public RecordIndicatorValueValidator()
    {
        RuleFor(x => x.MeasuredOn).NotNull().WithMessage("Bitte geben Sie an, an welchem Tag der Wert gemessen wurde.");
        RuleFor(x => x.Value).NotNull().WithMessage("Bitte geben Sie den Wert an.");
        RuleFor(x => x.Note).MaximumLength(500).WithMessage("Die Notiz darf höchstens 500 Zeichen lang sein.");
    }
}

internal sealed class RecordIndicatorContributionValidator : AbstractValidator<RecordIndicatorContribution>
{
    public RecordIndicatorContributionValidator()
    {
        RuleFor(x => x.OccurredOn).NotEmpty().WithMessage("Bitte geben Sie an, an welchem Tag der Beitrag entstand.");
        RuleFor(x => x.Value).GreaterThanOrEqualTo(0).WithMessage("Ein Beitrag ist 0 oder größer.");
        RuleFor(x => x.SourceKey)
            .Must(k => !string.IsNullOrWhiteSpace(k)).WithMessage("Bitte geben Sie die Quelle des Beitrags an.")
            .MaximumLength(100).WithMessage("Die Quelle darf höchstens 100 Zeichen lang sein.");
        RuleFor(x => x.Note).MaximumLength(500).WithMessage("Die Notiz darf höchstens 500 Zeichen lang sein.");
    }
}

internal sealed class RecordIndicatorValuesHandler(SubProjectStore store) :
    ICommandHandler<RecordIndicatorValue, Guid>,
    ICommandHandler<RemoveIndicatorValue>,
    ICommandHandler<RecordIndicatorContribution>
{
    public async ValueTask<Guid> Handle(RecordIndicatorValue command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForAppendAsync(command.LabId, command.SubProjectId, cancellationToken);
        var value = subProject.RecordValue(command.IndicatorId, command.MeasuredOn!.Value, command.Value!.Value, command.Note, null, store.Now, store.Actor, store.Today);
        store.Db.IndicatorValues.Add(value);
        await store.Db.SaveChangesAsync(cancellationToken);
        return value.Id;
    }

    public async ValueTask<Unit> Handle(RemoveIndicatorValue command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForAppendAsync(command.LabId, command.SubProjectId, cancellationToken);
        var indicator = subProject.Indicator(command.IndicatorId);
        var value = await store.Db.IndicatorValues.SingleOrDefaultAsync(v => v.Id == command.ValueId && v.IndicatorId == indicator.Id, cancellationToken)
            ?? throw new NotFoundException("Messwert", command.ValueId);
        store.Db.IndicatorValues.Remove(value);
        await store.Db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(RecordIndicatorContribution command, CancellationToken cancellationToken)
    {
        try
        {
            await RecordContributionAsync(command, cancellationToken);
        }
        catch (ConflictException conflict) when (conflict.Code == ConflictException.DuplicateCode)
        {
            // The same source recorded its contribution at the same moment (e.g. an outcome saved twice in quick
            // succession): the other insert won, so this one replaces its value, as a later contribution would.
            store.Db.ChangeTracker.Clear();
            await RecordContributionAsync(command, cancellationToken);
        }

        return Unit.Value;
    }

    private async Task RecordContributionAsync(RecordIndicatorContribution command, CancellationToken cancellationToken)
    {
        var labId = await store.Db.SubProjects.Where(s => s.Id == command.SubProjectId).Select(s => (Guid?)s.LabId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Teilprojekt", command.SubProjectId);
        var subProject = await store.LoadForAppendAsync(labId, command.SubProjectId, cancellationToken);
        if (subProject.Indicator(command.IndicatorId).Kind != IndicatorKind.Cumulative)
        {
            throw new ValidationFailedException("indicatorId", "Beiträge lassen sich nur einer Kennzahl zurechnen, deren Werte addiert werden (Summe).");
        }

        var sourceKey = command.SourceKey.Trim();
        var existing = await store.Db.IndicatorValues.SingleOrDefaultAsync(v => v.IndicatorId == command.IndicatorId && v.SourceKey == sourceKey, cancellationToken);
        var value = subProject.RecordValue(command.IndicatorId, command.OccurredOn, command.Value, command.Note, sourceKey, store.Now, store.Actor, store.Today);
        if (existing is null)
        {
            store.Db.IndicatorValues.Add(value);
        }
        else
        {
            existing.Replace(value.MeasuredOn, value.Value, value.Note, value.RecordedAt);
        }

        await store.Db.SaveChangesAsync(cancellationToken);
    }
}

internal static class RecordIndicatorValuesEndpoints
{
    private const string Base = "/labs/{labId:guid}/subprojects/{subProjectId:guid}/indicators/{indicatorId:guid}/values";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost(Base, async Task<Created<IdResponse>> (Guid labId, Guid subProjectId, Guid indicatorId, IndicatorValueRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new RecordIndicatorValue(labId, subProjectId, indicatorId, body.MeasuredOn, body.Value, body.Note), ct);
                return TypedResults.Created($"/api/labs/{labId}/subprojects/{subProjectId}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("RecordIndicatorValue")
            .WithSummary("Records a measured value with the day it was measured (required: 400 on 'measuredOn' without it).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete(Base + "/{valueId:guid}", async Task<NoContent> (Guid labId, Guid subProjectId, Guid indicatorId, Guid valueId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveIndicatorValue(labId, subProjectId, indicatorId, valueId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("RemoveIndicatorValue")
            .WithSummary("Removes a wrongly entered value.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
