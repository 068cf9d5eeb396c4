using System.Globalization;
using LaborPlattform.Reporting.Contracts;

namespace LaborPlattform.Reporting.Domain;

/// <summary>A reporting period: first and last day (both inclusive) and how it was chosen.</summary>
internal sealed record ReportPeriod(string Kind, DateOnly Start, DateOnly End)
{
    public static ReportPeriod Quarter(int year, int quarter)
    {
        var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new(ReportPeriodKinds.Quarter, start, start.AddMonths(3).AddDays(-1));
    }

    public static ReportPeriod HalfYear(int year, int half)
    {
        var start = new DateOnly(year, half == 1 ? 1 : 7, 1);
        return new(ReportPeriodKinds.HalfYear, start, start.AddMonths(6).AddDays(-1));
    }

    public static ReportPeriod Year(int year) => new(ReportPeriodKinds.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static ReportPeriod Custom(DateOnly from, DateOnly to) => new(ReportPeriodKinds.Custom, from, to);

    /// <summary>The quarter before the one <paramref name="day"/> lies in.</summary>
    public static ReportPeriod QuarterBefore(DateOnly day)
    {
        var quarterStart = new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1).AddMonths(-3);
        return Quarter(quarterStart.Year, (quarterStart.Month - 1) / 3 + 1);
    }

    /// <summary>Short, file-name-safe label: 2026-Q3, 2026-H1, 2026 or 2026-01-15_2026-03-31.</summary>
    public string Label => Kind switch
    {
        ReportPeriodKinds.Quarter => $"{Start.Year}-Q{(Start.Month - 1) / 3 + 1}",
        ReportPeriodKinds.HalfYear => $"{Start.Year}-H{(Start.Month <= 6 ? 1 : 2)}",
        ReportPeriodKinds.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => $"{Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}_{End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
    };

    /// <summary>German name for people: "3. Quartal 2026", "1. Halbjahr 2026", "Jahr 2026", "15.01.2026 – 31.03.2026".</summary>
    public string DisplayName => Kind switch
    {
        ReportPeriodKinds.Quarter => $"{(Start.Month - 1) / 3 + 1}. Quartal {Start.Year}",
        ReportPeriodKinds.HalfYear => $"{(Start.Month <= 6 ? 1 : 2)}. Halbjahr {Start.Year}",
        ReportPeriodKinds.Year => $"Jahr {Start.Year}",
        _ => $"{Berlin.FormatDate(Start)} – {Berlin.FormatDate(End)}",
    };

    public bool Overlaps(DateOnly start, DateOnly end) => start <= End && end >= Start;
}
