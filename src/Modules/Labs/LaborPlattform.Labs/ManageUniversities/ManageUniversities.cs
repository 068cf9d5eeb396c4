using FluentValidation;
using LaborPlattform.Labs.Data;
using LaborPlattform.Labs.Domain;
using LaborPlattform.Labs.RegisterLab;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Errors;
using LaborPlattform.Shared.Persistence;
using LaborPlattform.Shared.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LaborPlattform.Labs.ManageUniversities;

internal sealed record AddPartnerUniversity(Guid LabId, int Version, string Name) : ICommand<Guid>;

internal sealed record RemovePartnerUniversity(Guid LabId, int Version, Guid UniversityId) : ICommand;

/// <summary>Records that lab work is taught in a course of a partner university in a term.</summary>
internal sealed record AddTeachingLink(Guid LabId, int Version, Guid UniversityId, string Course, string Term) : ICommand<Guid>;

internal sealed record RemoveTeachingLink(Guid LabId, int Version, Guid UniversityId, Guid TeachingLinkId) : ICommand;

internal sealed record UniversityRequest(int Version, string Name);

internal sealed record TeachingLinkRequest(int Version, string Course, string Term);

internal sealed class AddPartnerUniversityValidator : AbstractValidator<AddPartnerUniversity>
{
    public AddPartnerUniversityValidator()
    {
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen der Hochschule an.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
    }
}

internal sealed class AddTeachingLinkValidator : AbstractValidator<AddTeachingLink>
{
    public AddTeachingLinkValidator()
    {
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        RuleFor(x => x.Course)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie die Lehrveranstaltung an.")
            .MaximumLength(300).WithMessage("Der Titel darf höchstens 300 Zeichen lang sein.");
        RuleFor(x => x.Term)
            .Must(LabRules.IsTerm).WithMessage("Bitte geben Sie das Semester als „WiSe 2025/26“ oder „SoSe 2026“ an.");
    }
}

internal sealed class RemovePartnerUniversityValidator : AbstractValidator<RemovePartnerUniversity>
{
    public RemovePartnerUniversityValidator() =>
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie gesehen haben (?version=N).");
}

internal sealed class RemoveTeachingLinkValidator : AbstractValidator<RemoveTeachingLink>
{
    public RemoveTeachingLinkValidator() =>
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie gesehen haben (?version=N).");
}

internal sealed class ManageUniversitiesHandler(LabsDbContext db) :
    ICommandHandler<AddPartnerUniversity, Guid>,
    ICommandHandler<RemovePartnerUniversity>,
    ICommandHandler<AddTeachingLink, Guid>,
    ICommandHandler<RemoveTeachingLink>
{
    public async ValueTask<Guid> Handle(AddPartnerUniversity command, CancellationToken cancellationToken)
    {
        var lab = await LoadAsync(command.LabId, command.Version, cancellationToken);
        var university = lab.AddUniversity(command.Name);
        await db.SaveChangesAsync(cancellationToken);
        return university.Id;
    }

    public async ValueTask<Unit> Handle(RemovePartnerUniversity command, CancellationToken cancellationToken)
    {
        var lab = await LoadAsync(command.LabId, command.Version, cancellationToken);
        lab.RemoveUniversity(command.UniversityId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Guid> Handle(AddTeachingLink command, CancellationToken cancellationToken)
    {
        var lab = await LoadAsync(command.LabId, command.Version, cancellationToken);
        var link = lab.AddTeachingLink(command.UniversityId, command.Course, command.Term);
        await db.SaveChangesAsync(cancellationToken);
        return link.Id;
    }

    public async ValueTask<Unit> Handle(RemoveTeachingLink command, CancellationToken cancellationToken)
    {
        var lab = await LoadAsync(command.LabId, command.Version, cancellationToken);
        lab.RemoveTeachingLink(command.UniversityId, command.TeachingLinkId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task<Lab> LoadAsync(Guid labId, int version, CancellationToken ct)
    {
        var lab = await db.Labs
            .Include(l => l.Universities).ThenInclude(u => u.TeachingLinks)
            .AsSplitQuery()
            .SingleOrDefaultAsync(l => l.Id == labId, ct)
            ?? throw new NotFoundException("Labor", labId);
        db.ExpectVersion(lab, version);
        return lab;
    }
}

internal static class ManageUniversitiesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/labs/{labId:guid}/universities", async Task<Created<IdResponse>> (Guid labId, UniversityRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new AddPartnerUniversity(labId, body.Version, body.Name), ct);
                return TypedResults.Created($"/api/labs/{labId}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("AddPartnerUniversity")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete("/labs/{labId:guid}/universities/{universityId:guid}", async Task<NoContent> (Guid labId, Guid universityId, int? version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemovePartnerUniversity(labId, version ?? 0, universityId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("RemovePartnerUniversity")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/labs/{labId:guid}/universities/{universityId:guid}/teaching-links", async Task<Created<IdResponse>> (Guid labId, Guid universityId, TeachingLinkRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new AddTeachingLink(labId, body.Version, universityId, body.Course, body.Term), ct);
                return TypedResults.Created($"/api/labs/{labId}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("AddTeachingLink")
            .WithSummary("Links a course of a partner university to the lab; term as \"WiSe 2025/26\" or \"SoSe 2026\".")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete("/labs/{labId:guid}/universities/{universityId:guid}/teaching-links/{teachingLinkId:guid}", async Task<NoContent> (Guid labId, Guid universityId, Guid teachingLinkId, int? version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveTeachingLink(labId, version ?? 0, universityId, teachingLinkId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("RemoveTeachingLink")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
