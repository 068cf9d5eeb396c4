using FluentValidation;
using LaborPlattform.Labs.Data;
using LaborPlattform.Labs.Domain;
using LaborPlattform.Labs.RegisterLab;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Errors;
using LaborPlattform.Shared.Persistence;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LaborPlattform.Labs.ManageMunicipalities;

/// <summary>Adds a member municipality (identified by its AGS, unique within the lab).</summary>
internal sealed record AddMemberMunicipality(Guid LabId, int Version, string MunicipalityKey, string Name, string Kind, string Role) : ICommand, IMunicipalityFields;

/// <summary>Changes name, kind or role of a member; the AGS identifies it and does not change.</summary>
internal sealed record UpdateMemberMunicipality(Guid LabId, int Version, string MunicipalityKey, string Name, string Kind, string Role) : ICommand, IMunicipalityFields;

internal sealed record RemoveMemberMunicipality(Guid LabId, int Version, string MunicipalityKey) : ICommand;

internal sealed record MunicipalityRequest(int Version, string MunicipalityKey, string Name, string Kind, string Role);

internal sealed record MunicipalityChangeRequest(int Version, string Name, string Kind, string Role);

internal sealed class AddMemberMunicipalityValidator : AbstractValidator<AddMemberMunicipality>
{
    public AddMemberMunicipalityValidator()
    {
        Include(new MunicipalityFieldsValidator<AddMemberMunicipality>());
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie bearbeitet haben.");
    }
}

internal sealed class UpdateMemberMunicipalityValidator : AbstractValidator<UpdateMemberMunicipality>
{
    public UpdateMemberMunicipalityValidator()
    {
        Include(new MunicipalityFieldsValidator<UpdateMemberMunicipality>());
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie bearbeitet haben.");
    }
}

internal sealed class RemoveMemberMunicipalityValidator : AbstractValidator<RemoveMemberMunicipality>
{
    public RemoveMemberMunicipalityValidator() =>
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie gesehen haben (?version=N).");
}

internal sealed class ManageMunicipalitiesHandler(LabsDbContext db) :
    ICommandHandler<AddMemberMunicipality>,
    ICommandHandler<UpdateMemberMunicipality>,
    ICommandHandler<RemoveMemberMunicipality>
{
    public async ValueTask<Unit> Handle(AddMemberMunicipality command, CancellationToken cancellationToken)
    {
        var lab = await LoadAsync(command.LabId, command.Version, cancellationToken);
        lab.AddMunicipality(command.MunicipalityKey, command.Name, LabRules.ParseKind(command.Kind)!.Value, LabRules.ParseRole(command.Role)!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(UpdateMemberMunicipality command, CancellationToken cancellationToken)
    {
        var lab = await LoadAsync(command.LabId, command.Version, cancellationToken);
        lab.UpdateMunicipality(command.MunicipalityKey, command.Name, LabRules.ParseKind(command.Kind)!.Value, LabRules.ParseRole(command.Role)!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(RemoveMemberMunicipality command, CancellationToken cancellationToken)
    {
        var lab = await LoadAsync(command.LabId, command.Version, cancellationToken);
        lab.RemoveMunicipality(command.MunicipalityKey);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task<Lab> LoadAsync(Guid labId, int version, CancellationToken ct)
    {
        var lab = await db.Labs.Include(l => l.Municipalities).SingleOrDefaultAsync(l => l.Id == labId, ct)
            ?? throw new NotFoundException("Labor", labId);
        db.ExpectVersion(lab, version);
        return lab;
    }
}

internal static class ManageMunicipalitiesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/labs/{labId:guid}/municipalities", async Task<NoContent> (Guid labId, MunicipalityRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new AddMemberMunicipality(labId, body.Version, body.MunicipalityKey, body.Name, body.Kind, body.Role), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("AddMemberMunicipality")
            .WithSummary("Adds a member municipality. Kind: County, City, Municipality, CityState. Role: Lead, Partner.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut("/labs/{labId:guid}/municipalities/{municipalityKey}", async Task<NoContent> (Guid labId, string municipalityKey, MunicipalityChangeRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new UpdateMemberMunicipality(labId, body.Version, municipalityKey, body.Name, body.Kind, body.Role), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("UpdateMemberMunicipality")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete("/labs/{labId:guid}/municipalities/{municipalityKey}", async Task<NoContent> (Guid labId, string municipalityKey, int? version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveMemberMunicipality(labId, version ?? 0, municipalityKey), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("RemoveMemberMunicipality")
            .WithSummary("Removes a member municipality; pass the lab version as query parameter ?version=N.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
