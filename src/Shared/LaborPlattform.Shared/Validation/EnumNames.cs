namespace LaborPlattform.Shared.Validation;

/// <summary>
/// The one way API input names an enumeration value: its name as the OpenAPI document lists it, in any letter case,
/// surrounding spaces ignored. Numbers are refused (<c>"2"</c> would silently name whatever value has that number
/// today), as are names the enumeration does not define.
/// </summary>
public static class EnumNames
{
    public static T? Parse<T>(string? value)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        return char.IsAsciiLetter(text[0]) && Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !text.Contains(',', StringComparison.Ordinal)
            ? parsed
            : null;
    }

    /// <summary>As <see cref="Parse{T}(string?)"/>, and also by the display name <paramref name="named"/> gives (for files people typed, e.g. German names in a CSV import).</summary>
    public static T? Parse<T>(string? value, Func<T, string> named)
        where T : struct, Enum
    {
        if (Parse<T>(value) is { } parsed)
        {
            return parsed;
        }

        var text = value?.Trim();
        return string.IsNullOrEmpty(text)
            ? null
            : Enum.GetValues<T>().Cast<T?>().FirstOrDefault(candidate => string.Equals(named(candidate!.Value), text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether <paramref name="value"/> names a value of <typeparamref name="T"/> (for validators).</summary>
    public static bool IsName<T>(string? value)
        where T : struct, Enum => Parse<T>(value) is not null;
}
