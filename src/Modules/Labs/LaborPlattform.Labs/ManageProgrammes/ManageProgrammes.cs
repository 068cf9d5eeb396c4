using FluentValidation;
using LaborPlattform.Labs.Data;
using LaborPlattform.Labs.Domain;
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

namespace LaborPlattform.Labs.ManageProgrammes;

internal sealed record CreateProgramme(string Name, string Description, int StartYear, int? EndYear) : ICommand<Guid>, IProgrammeFields;

internal sealed record EditProgramme(Guid ProgrammeId, int Version, string Name, string Description, int StartYear, int? EndYear) : ICommand, IProgrammeFields;

internal sealed record EditProgrammeRequest(int Version, string Name, string Description, int StartYear, int? EndYear);

/// <summary>Adds a theme to the list labs and sub-projects choose from.</summary>
internal sealed record AddTheme(string Name) : ICommand<Guid>;

internal interface IProgrammeFields
{
    string Name { get; }

    string Description { get; }

    int StartYear { get; }

    int? EndYear { get; }
}

internal sealed class ProgrammeFieldsValidator<T> : AbstractValidator<T>
    where T : IProgrammeFields
{
    public ProgrammeFieldsValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen des Programms an.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.Description)
            .MaximumLength(4000).WithMessage("Die Beschreibung darf höchstens 4.000 Zeichen lang sein.");
        RuleFor(x => x.StartYear)
            .InclusiveBetween(2000, 2100).WithMessage("Bitte geben Sie das Startjahr vierstellig an (2000 bis 2100).");
        RuleFor(x => x.EndYear)
            .Must((x, end) => end is null || end >= x.StartYear).WithMessage("Das Endjahr darf nicht vor dem Startjahr liegen.");
    }
}

internal sealed class CreateProgrammeValidator : AbstractValidator<CreateProgramme>
{
    public CreateProgrammeValidator() => Include(new ProgrammeFieldsValidator<CreateProgramme>());
}

internal sealed class EditProgrammeValidator : AbstractValidator<EditProgramme>
{
    public EditProgrammeValidator()
    {
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        Include(new ProgrammeFieldsValidator<EditProgramme>());
    }
}

internal sealed class AddThemeValidator : AbstractValidator<AddTheme>
{
    public AddThemeValidator() => RuleFor(x => x.Name)
        .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen des Themas an.")
        .MaximumLength(120).WithMessage("Der Name darf höchstens 120 Zeichen lang sein.");
}

internal sealed class ManageProgrammesHandler(LabsDbContext db) :
    ICommandHandler<CreateProgramme, Guid>,
    ICommandHandler<EditProgramme>,
    ICommandHandler<AddTheme, Guid>
{
    public async ValueTask<Guid> Handle(CreateProgramme command, CancellationToken cancellationToken)
    {
        await EnsureUniqueAsync(command.Name.Trim(), null, cancellationToken);
        var programme = new Programme(Guid.CreateVersion7(), command.Name, command.Description ?? string.Empty, command.StartYear, command.EndYear);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return programme.Id;
    }

    public async ValueTask<Unit> Handle(EditProgramme command, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == command.ProgrammeId, cancellationToken)
            ?? throw new NotFoundException("Programm", command.ProgrammeId);
        db.ExpectVersion(programme, command.Version);
        await EnsureUniqueAsync(command.Name.Trim(), programme.Id, cancellationToken);
        programme.Edit(command.Name, command.Description ?? string.Empty, command.StartYear, command.EndYear);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Guid> Handle(AddTheme command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        var key = Lab.SlugFor(name);
        if (await db.Themes.AnyAsync(t => t.Name == name || t.Key == key, cancellationToken))
        {
            throw new ValidationFailedException("name", $"Das Thema „{name}“ gibt es bereits.");
        }

        var theme = new Theme(Guid.CreateVersion7(), key, name);
        db.Themes.Add(theme);
        await db.SaveChangesAsync(cancellationToken);
        return theme.Id;
    }

    private async Task EnsureUniqueAsync(string name, Guid? except, CancellationToken ct)
    {
        if (await db.Programmes.AnyAsync(p => p.Name == name && p.Id != except, ct))
        {
            throw new ValidationFailedException("name", $"Es gibt bereits ein Programm mit dem Namen „{name}“.");
        }
    }
}

internal static class ManageProgrammesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/programmes", async Task<Created<IdResponse>> (CreateProgramme command, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(command, ct);
                return TypedResults.Created($"/api/programmes/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.Administrator)
            .WithName("CreateProgramme")
            .ProducesValidationProblem();

        api.MapPut("/programmes/{programmeId:guid}", async Task<NoContent> (Guid programmeId, EditProgrammeRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new EditProgramme(programmeId, body.Version, body.Name, body.Description, body.StartYear, body.EndYear), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Administrator)
            .WithName("EditProgramme")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/themes", async Task<Created<IdResponse>> (AddTheme command, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(command, ct);
                return TypedResults.Created("/api/themes", new IdResponse(id));
            })
            .RequireAuthorization(Policies.Administrator)
            .WithName("AddTheme")
            .ProducesValidationProblem();
    }
}
