using System.Globalization;

namespace LaborPlattform.Shared.Time;

/// <summary>
/// The platform's wall clock. Everything is stored in UTC; dates and times are shown, entered and
/// compared ("overdue", "today") in Europe/Berlin, whatever the server's own time zone.
/// </summary>
public static class Berlin
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("de-DE");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToLocal(time.GetUtcNow()).DateTime);

    /// <summary>
    /// The instant a Berlin wall-clock time denotes. In the autumn hour that occurs twice the earlier
    /// (summer-time) instant is taken; a time in the skipped spring hour is moved forward by the gap.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(local)
            ? Zone.GetAmbiguousTimeOffsets(local).Max()
            : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The UTC instant at which the given Berlin day starts.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => ToInstant(date, TimeOnly.MinValue);

    public static string FormatDate(DateOnly date) => date.ToString("dd.MM.yyyy", Culture);

    public static string FormatDate(DateOnly? date) => date is { } d ? FormatDate(d) : "–";

    public static string FormatDate(DateTimeOffset instant) => ToLocal(instant).ToString("dd.MM.yyyy", Culture);

    public static string FormatDateTime(DateTimeOffset instant) => ToLocal(instant).ToString("dd.MM.yyyy, HH:mm 'Uhr'", Culture);

    public static string FormatTime(DateTimeOffset instant) => ToLocal(instant).ToString("HH:mm", Culture);

    public static string FormatNumber(decimal value) => value.ToString("#,##0.##", Culture);

    public static string FormatNumber(double value) => value.ToString("#,##0.##", Culture);

    public static string FormatNumber(int value) => value.ToString("#,##0", Culture);
}
