using System.Text;
using System.Text.RegularExpressions;

namespace LaborPlattform.Workshops.ManageFormats;

/// <summary>The formats, in their order; retired ones only when asked for.</summary>
internal sealed record GetWorkshopFormats(bool IncludeRetired = false) : IQuery<IReadOnlyList<FormatView>>;

internal sealed record FormatView(string Key, string Name, bool IsActive, int Version);

/// <summary>Adds a format (administrators). Without a key one is made from the name ("Lesung" → <c>Lesung</c>).</summary>
internal sealed record AddWorkshopFormat(string Name, string? Key = null) : ICommand<string>;

/// <summary>Renames a format or retires it (it stays on the events that have it; new events cannot choose it).</summary>
internal sealed record EditWorkshopFormat(string Key, int Version, string Name, bool IsActive) : ICommand;

internal sealed record EditWorkshopFormatRequest(int Version, string Name, bool IsActive);

internal sealed record KeyResponse(string Key);

internal sealed partial class AddWorkshopFormatValidator : AbstractValidator<AddWorkshopFormat>
{
    public AddWorkshopFormatValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen des Formats an.")
            .MaximumLength(100).WithMessage("Der Name darf höchstens 100 Zeichen lang sein.");
        RuleFor(x => x.Key)
            .Must(k => k is null || KeyPattern().IsMatch(k)).WithMessage("Der Schlüssel besteht aus 2 bis 64 Buchstaben und Ziffern und beginnt mit einem Buchstaben (z. B. Lesung).");
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{1,63}$")]
    public static partial Regex KeyPattern();
}

internal sealed class EditWorkshopFormatValidator : AbstractValidator<EditWorkshopFormat>
{
    public EditWorkshopFormatValidator()
    {
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen des Formats an.")
            .MaximumLength(100).WithMessage("Der Name darf höchstens 100 Zeichen lang sein.");
    }
}

internal sealed class ManageFormatsHandler(WorkshopsDbContext db) :
    IQueryHandler<GetWorkshopFormats, IReadOnlyList<FormatView>>,
    ICommandHandler<AddWorkshopFormat, string>,
    ICommandHandler<EditWorkshopFormat>
{
    public async ValueTask<IReadOnlyList<FormatView>> Handle(GetWorkshopFormats query, CancellationToken cancellationToken) =>
        await db.Formats.AsNoTracking()
            .Where(f => query.IncludeRetired || f.IsActive)
            .OrderBy(f => f.Position).ThenBy(f => f.Name)
            .Select(f => new FormatView(f.Key, f.Name, f.IsActive, f.Version))
            .ToListAsync(cancellationToken);

    public async ValueTask<string> Handle(AddWorkshopFormat command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        var key = command.Key ?? KeyFor(name);
        var errors = new ValidationErrors();
        if (await db.Formats.AnyAsync(f => f.Name == name, cancellationToken))
        {
            errors.Add("name", $"Das Format „{name}“ gibt es bereits.");
        }
        else if (key.Length < 2 || await db.Formats.AnyAsync(f => f.Key == key, cancellationToken))
        {
            errors.Add(command.Key is null ? "name" : "key", $"Der Schlüssel „{key}“ ist schon vergeben. Bitte geben Sie einen anderen an.");
        }

        errors.ThrowIfAny();
        var position = (await db.Formats.MaxAsync(f => (int?)f.Position, cancellationToken) ?? 0) + 10;
        db.Formats.Add(new WorkshopFormat(key, name, position));
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async ValueTask<Unit> Handle(EditWorkshopFormat command, CancellationToken cancellationToken)
    {
        var format = await db.Formats.SingleOrDefaultAsync(f => f.Key == command.Key, cancellationToken)
            ?? throw new NotFoundException("Format", command.Key);
        db.ExpectVersion(format, command.Version);
        var name = command.Name.Trim();
        if (await db.Formats.AnyAsync(f => f.Name == name && f.Key != format.Key, cancellationToken))
        {
            throw new ValidationFailedException("name", $"Das Format „{name}“ gibt es bereits.");
        }

        format.Edit(name, command.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    /// <summary>"Digital-Café für Ältere" → <c>DigitalCafeFuerAeltere</c>.</summary>
    public static string KeyFor(string name)
    {
        var text = name.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("Ä", "Ae", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var key = new StringBuilder();
        var upper = true;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                upper = true;
            }
        }

        var result = key.ToString().TrimStart("0123456789".ToCharArray());
        return result.Length > 64 ? result[..64] : result;
    }
}

internal static class ManageFormatsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/workshop-formats", async (bool? includeRetired, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWorkshopFormats(includeRetired ?? false), ct)))
            .AllowAnonymous()
            .WithName("ListWorkshopFormats")
            .WithSummary("The formats of events (reference data, anonymous).");

        api.MapPost("/workshop-formats", async Task<Created<KeyResponse>> (AddWorkshopFormat command, ISender sender, CancellationToken ct) =>
            {
                var key = await sender.Send(command, ct);
                return TypedResults.Created($"/api/workshop-formats/{key}", new KeyResponse(key));
            })
            .RequireAuthorization(Policies.Administrator)
            .WithName("AddWorkshopFormat")
            .WithSummary("Adds a format (administrators).")
            .ProducesValidationProblem();

        api.MapPut("/workshop-formats/{key}", async Task<NoContent> (string key, EditWorkshopFormatRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new EditWorkshopFormat(key, body.Version, body.Name, body.IsActive), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Administrator)
            .WithName("EditWorkshopFormat")
            .WithSummary("Renames or retires a format (administrators).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
