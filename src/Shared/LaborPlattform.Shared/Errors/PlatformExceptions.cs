namespace LaborPlattform.Shared.Errors;

/// <summary>
/// Input that breaks a rule. Keys are the client-facing field names (camelCase, with indexes such as
/// <c>municipalities[1].municipalityKey</c>), values the messages shown next to the field.
/// </summary>
public sealed class ValidationFailedException : Exception
{
    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : base("Die Eingaben sind nicht gültig.")
    {
        Errors = errors;
    }

    public ValidationFailedException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}

/// <summary>The addressed resource does not exist (or is not visible to the caller at all).</summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"{resource} '{id}' wurde nicht gefunden.")
{
    public string Resource { get; } = resource;
}

/// <summary>The caller is signed in but may not do this.</summary>
public sealed class ForbiddenException()
    : Exception("Sie haben keine Berechtigung für diese Aktion.");

/// <summary>
/// The change conflicts with the current state: a stale version (someone else saved first) or a state that
/// forbids the change (e.g. an archived lab). Nothing was written.
/// </summary>
public sealed class ConflictException(string message, string code = ConflictException.StaleCode)
    : Exception(message)
{
    public const string StaleCode = "stale";
    public const string ReadOnlyCode = "read-only";
    public const string DuplicateCode = "duplicate";

    public string Code { get; } = code;

    public static ConflictException Stale() => new(
        "Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und übernehmen Sie Ihre Änderungen erneut.");

    /// <summary>
    /// A unique rule of the database refused the row: someone else saved the same entry at the same moment, after
    /// this request had checked that it did not exist yet.
    /// </summary>
    public static ConflictException Duplicate() => new(
        "Ein gleicher Eintrag wurde gerade von jemand anderem gespeichert. Bitte laden Sie die Seite neu und prüfen Sie, ob Ihre Eingabe noch nötig ist.",
        DuplicateCode);
}
