namespace LaborPlattform.Labs.AddTheme;

/// <summary>Adds a theme to the list labs and sub-projects choose from.</summary>
/// <remarks>The body of <c>POST /api/themes</c> and the input of the theme form on <c>/admin/programme</c>.</remarks>
internal sealed record AddThemeCommand(string Name) : ICommand<Guid>;

internal sealed class AddThemeValidator : AbstractValidator<AddThemeCommand>
{
    public AddThemeValidator() => RuleFor(x => x.Name)
        .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen des Themas an.")
        .MaximumLength(120).WithMessage("Der Name darf höchstens 120 Zeichen lang sein.");
}

internal sealed class AddThemeHandler(LabsDbContext db) : ICommandHandler<AddThemeCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddThemeCommand command, CancellationToken cancellationToken)
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
}

internal static class AddThemeEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/themes", async Task<Results<Created<IdResponse>, ValidationProblem>> (AddThemeCommand command, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(command, ct);
                return TypedResults.Created("/api/themes", new IdResponse(id));
            })
            .RequireAuthorization(Policies.Administrator)
            .WithName("AddTheme")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
