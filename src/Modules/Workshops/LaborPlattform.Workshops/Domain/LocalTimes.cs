using System.Globalization;

namespace LaborPlattform.Workshops.Domain;

/// <summary>
/// Berlin wall-clock times as people enter them (<c>2026-03-03T10:00</c>, no offset) and the UTC instants they
/// denote. Conversion goes through <see cref="Berlin"/>, so the skipped spring hour and the doubled autumn hour are
/// treated the same way everywhere on the platform.
/// </summary>
internal static class LocalTimes
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Reads a Berlin wall-clock date-time without offset; null when it is not one.</summary>
    public static DateTime? Parse(string? text) =>
        DateTime.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Unspecified)
            : null;

    public static string Format(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset instant) => Format(ToLocal(instant));

    public static DateTimeOffset ToInstant(DateTime local) => Berlin.ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));

    public static DateTime ToLocal(DateTimeOffset instant) => DateTime.SpecifyKind(Berlin.ToLocal(instant).DateTime, DateTimeKind.Unspecified);

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(Berlin.ToLocal(instant).DateTime);
}
