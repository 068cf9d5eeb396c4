using LaborPlattform.Projects.Common;

namespace LaborPlattform.Projects.ManageTransfers;

/// <summary>Records that another municipality (by AGS) adopted the sub-project's approach, and since when.</summary>
internal sealed record AddTransfer(Guid LabId, Guid SubProjectId, int Version, string MunicipalityKey, string MunicipalityName, DateOnly? AdoptedOn, string? Note) : ICommand<Guid>, ITransferFields;

internal interface ITransferFields
{
    int Version { get; }

    string MunicipalityKey { get; }

    string MunicipalityName { get; }

    DateOnly? AdoptedOn { get; }

    string? Note { get; }
}

/// <summary>Corrects a recorded transfer (municipality, name, date or note).</summary>
internal sealed record EditTransfer(Guid LabId, Guid SubProjectId, Guid TransferId, int Version, string MunicipalityKey, string MunicipalityName, DateOnly? AdoptedOn, string? Note) : ICommand, ITransferFields;

internal sealed record RemoveTransfer(Guid LabId, Guid SubProjectId, Guid TransferId, int Version) : ICommand;

/// <param name="MunicipalityKey">Official municipality key (AGS), 8 digits.</param>
/// <param name="AdoptedOn">Since when the municipality applies the approach (not in the future).</param>
internal sealed record TransferRequest(int Version, string MunicipalityKey, string MunicipalityName, DateOnly? AdoptedOn, string? Note);

internal sealed class AddTransferValidator : AbstractValidator<AddTransfer>
{
    public AddTransferValidator() => Include(new TransferFieldsValidator<AddTransfer>());
}

internal sealed class EditTransferValidator : AbstractValidator<EditTransfer>
{
    public EditTransferValidator() => Include(new TransferFieldsValidator<EditTransfer>());
}

internal sealed class TransferFieldsValidator<T> : AbstractValidator<T>
    where T : ITransferFields
{
    public TransferFieldsValidator()
    {
        RuleFor(x => x.Version).VersionRules();
        RuleFor(x => x.MunicipalityKey)
            .Must(k => MunicipalityKeyFormat.IsValid(k?.Trim()))
            .WithMessage("Der Amtliche Gemeindeschlüssel besteht aus genau 8 Ziffern und beginnt mit der Kennzahl eines Bundeslandes (01 bis 16), z. B. 03401000.");
        RuleFor(x => x.MunicipalityName)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen der Kommune an.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.AdoptedOn).NotNull().WithMessage("Bitte geben Sie an, seit wann die Kommune den Ansatz anwendet.");
        RuleFor(x => x.Note).MaximumLength(1000).WithMessage("Die Notiz darf höchstens 1.000 Zeichen lang sein.");
    }
}

internal sealed class RemoveTransferValidator : AbstractValidator<RemoveTransfer>
{
    public RemoveTransferValidator() => RuleFor(x => x.Version).VersionRules();
}

internal sealed class ManageTransfersHandler(SubProjectStore store) :
    ICommandHandler<AddTransfer, Guid>,
    ICommandHandler<EditTransfer>,
    ICommandHandler<RemoveTransfer>
{
    public async ValueTask<Unit> Handle(EditTransfer command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        subProject.EditTransfer(command.TransferId, command.MunicipalityKey.Trim(), command.MunicipalityName, command.AdoptedOn!.Value, command.Note, store.Today);
        await store.Db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Guid> Handle(AddTransfer command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        var transfer = subProject.AddTransfer(command.MunicipalityKey.Trim(), command.MunicipalityName, command.AdoptedOn!.Value, command.Note, store.Today);
        await store.Db.SaveChangesAsync(cancellationToken);
        return transfer.Id;
    }

    public async ValueTask<Unit> Handle(RemoveTransfer command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForChangeAsync(command.LabId, command.SubProjectId, command.Version, cancellationToken);
        subProject.RemoveTransfer(command.TransferId);
        await store.Db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class ManageTransfersEndpoints
{
    private const string Base = "/labs/{labId:guid}/subprojects/{subProjectId:guid}/transfers";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost(Base, async Task<Created<IdResponse>> (Guid labId, Guid subProjectId, TransferRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new AddTransfer(labId, subProjectId, body.Version, body.MunicipalityKey ?? string.Empty, body.MunicipalityName ?? string.Empty, body.AdoptedOn, body.Note), ct);
                return TypedResults.Created($"/api/labs/{labId}/subprojects/{subProjectId}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("AddTransfer")
            .WithSummary("Records that another municipality (AGS) adopted the approach, with the date.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut(Base + "/{transferId:guid}", async Task<NoContent> (Guid labId, Guid subProjectId, Guid transferId, TransferRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new EditTransfer(labId, subProjectId, transferId, body.Version, body.MunicipalityKey ?? string.Empty, body.MunicipalityName ?? string.Empty, body.AdoptedOn, body.Note), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("EditTransfer")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete(Base + "/{transferId:guid}", async Task<NoContent> (Guid labId, Guid subProjectId, Guid transferId, int? version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveTransfer(labId, subProjectId, transferId, version ?? 0), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("RemoveTransfer")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
