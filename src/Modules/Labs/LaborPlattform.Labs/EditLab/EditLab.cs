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

namespace LaborPlattform.Labs.EditLab;

/// <summary>
/// Changes a lab's details. The programme is not among them: a lab's programme is set at registration, so a
/// posted programme is ignored rather than silently moving the lab.
/// </summary>
internal sealed record EditLab(
    Guid LabId,
    int Version,
    string Name,
    string ShortDescription,
    string FederalStateCode,
    DateOnly FundingStart,
    DateOnly FundingEnd,
    IReadOnlyList<Guid> ThemeIds,
    string Status) : ICommand;

/// <summary>The body of <c>PUT /api/labs/{labId}</c>.</summary>
internal sealed record EditLabRequest(
    int Version,
    string Name,
    string ShortDescription,
    string FederalStateCode,
    DateOnly FundingStart,
    DateOnly FundingEnd,
    IReadOnlyList<Guid>? ThemeIds,
    string Status);

internal sealed class EditLabValidator : AbstractValidator<EditLab>
{
    public EditLabValidator()
    {
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        RuleFor(x => x.Name).NameRules();
        RuleFor(x => x.ShortDescription).ShortDescriptionRules();
        RuleFor(x => x.FederalStateCode).FederalStateRules();
        RuleFor(x => x.FundingStart).NotEmpty().WithMessage("Bitte geben Sie den Beginn der Förderung an.");
        RuleFor(x => x.FundingEnd)
            .GreaterThanOrEqualTo(x => x.FundingStart).WithMessage("Das Ende der Förderung darf nicht vor ihrem Beginn liegen.");
        RuleFor(x => x.Status)
            .Must(s => s is "Active" or "Finished").WithMessage("Der Status ist „Active“ (aktiv) oder „Finished“ (abgeschlossen); archiviert wird ein Labor über „Archivieren“.");
    }
}

internal sealed class EditLabHandler(LabsDbContext db) : ICommandHandler<EditLab>
{
    public async ValueTask<Unit> Handle(EditLab command, CancellationToken cancellationToken)
    {
        var lab = await db.Labs.Include(l => l.Themes).SingleOrDefaultAsync(l => l.Id == command.LabId, cancellationToken)
            ?? throw new NotFoundException("Labor", command.LabId);
        db.ExpectVersion(lab, command.Version);

        var errors = new ValidationErrors();
        var name = command.Name.Trim();
        if (await db.Labs.AnyAsync(l => l.Name == name && l.Id != lab.Id, cancellationToken))
        {
            errors.Add("name", $"Es gibt bereits ein Labor mit dem Namen „{name}“.");
        }

        await ThemeCheck.AddUnknownThemesAsync(db, command.ThemeIds, errors, cancellationToken);
        errors.ThrowIfAny();

        lab.Edit(
            new LabDetails(name, command.ShortDescription, command.FederalStateCode.ToUpperInvariant(), command.FundingStart, command.FundingEnd, command.ThemeIds),
            Enum.Parse<LabStatus>(command.Status));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class EditLabEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/labs/{labId:guid}", async Task<NoContent> (Guid labId, EditLabRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(
                    new EditLab(labId, body.Version, body.Name, body.ShortDescription, body.FederalStateCode, body.FundingStart, body.FundingEnd, body.ThemeIds ?? [], body.Status),
                    ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("EditLab")
            .WithSummary("Changes a lab's details (administrators and the lab's coordinators). Send the version you read; a stale version gets 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
