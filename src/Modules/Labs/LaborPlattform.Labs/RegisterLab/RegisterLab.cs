using LaborPlattform.Labs.AddMunicipality;

namespace LaborPlattform.Labs.RegisterLab;

/// <summary>Registers a new lab in a programme, optionally with its first member municipalities and universities.</summary>
/// <remarks>The body of <c>POST /api/labs</c> and the input of the page <c>/intern/labore/neu</c>.</remarks>
internal sealed record RegisterLabCommand(
    string Name,
    string ShortDescription,
    string FederalStateCode,
    Guid ProgrammeId,
    DateOnly FundingStart,
    DateOnly FundingEnd,
    IReadOnlyList<Guid>? ThemeIds = null,
    IReadOnlyList<NewMunicipality>? Municipalities = null,
    IReadOnlyList<string>? Universities = null) : ICommand<Guid>, ILabFields;

internal sealed record NewMunicipality(string MunicipalityKey, string Name, string Kind, string Role) : IMunicipalityFields;

internal sealed class RegisterLabValidator : AbstractValidator<RegisterLabCommand>
{
    public RegisterLabValidator()
    {
        Include(new LabFieldsValidator<RegisterLabCommand>());
        RuleFor(x => x.ProgrammeId).NotEmpty().WithMessage("Bitte wählen Sie das Programm, in dem das Labor gefördert wird.");
        RuleForEach(x => x.Municipalities).SetValidator(new MunicipalityFieldsValidator<NewMunicipality>());
        RuleForEach(x => x.Universities)
            .Must(u => !string.IsNullOrWhiteSpace(u)).WithMessage("Bitte geben Sie den Namen der Hochschule an.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
    }
}

internal sealed class RegisterLabHandler(LabsDbContext db, TimeProvider time) : ICommandHandler<RegisterLabCommand, Guid>
{
    public async ValueTask<Guid> Handle(RegisterLabCommand command, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!await db.Programmes.AnyAsync(p => p.Id == command.ProgrammeId, cancellationToken))
        {
            errors.Add("programmeId", "Dieses Programm gibt es nicht.");
        }

        var name = command.Name.Trim();
        if (await db.Labs.AnyAsync(l => l.Name == name, cancellationToken))
        {
            errors.Add("name", $"Es gibt bereits ein Labor mit dem Namen „{name}“.");
        }

        await ThemeCheck.AddUnknownThemesAsync(db, command.ThemeIds, errors, cancellationToken);
        errors.ThrowIfAny();

        var slug = await UniqueSlugAsync(Lab.SlugFor(name), cancellationToken);
        var lab = new Lab(
            Guid.CreateVersion7(),
            slug,
            command.ProgrammeId,
            new LabDetails(name, command.ShortDescription, command.FederalStateCode.ToUpperInvariant(), command.FundingStart, command.FundingEnd, command.ThemeIds ?? []),
            time.GetUtcNow());

        var municipalities = command.Municipalities ?? [];
        for (var i = 0; i < municipalities.Count; i++)
        {
            var m = municipalities[i];
            lab.AddMunicipality(m.MunicipalityKey, m.Name, EnumNames.Parse<MunicipalityKind>(m.Kind)!.Value, EnumNames.Parse<ConsortiumRole>(m.Role)!.Value, $"municipalities[{i}].");
        }

        var universities = command.Universities ?? [];
        for (var i = 0; i < universities.Count; i++)
        {
            lab.AddUniversity(universities[i], $"universities[{i}].");
        }

        db.Labs.Add(lab);
        await db.SaveChangesAsync(cancellationToken);
        return lab.Id;
    }

    private async Task<string> UniqueSlugAsync(string slug, CancellationToken ct)
    {
        var candidate = slug;
        for (var n = 2; await db.Labs.AnyAsync(l => l.Slug == candidate, ct); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}

internal static class ThemeCheck
{
    public static async Task AddUnknownThemesAsync(LabsDbContext db, IReadOnlyList<Guid>? themeIds, ValidationErrors errors, CancellationToken ct)
    {
        if (themeIds is not { Count: > 0 })
        {
            return;
        }

        var known = await db.Themes.Where(t => themeIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct);
        if (themeIds.Except(known).Any())
        {
            errors.Add("themeIds", "Mindestens eines der gewählten Themen gibt es nicht.");
        }
    }
}

internal static class RegisterLabEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/labs", async Task<Results<Created<IdResponse>, ValidationProblem>> (RegisterLabCommand command, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(command, ct);
                return TypedResults.Created($"/api/labs/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.Administrator)
            .WithName("RegisterLab")
            .WithSummary("Registers a lab (administrators).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
