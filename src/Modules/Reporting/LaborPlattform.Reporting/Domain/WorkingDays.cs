namespace LaborPlattform.Reporting.Domain;

/// <summary>
/// Working days in Germany as the whole federation shares them: Monday to Friday except the nationwide public holidays
/// (New Year, Good Friday, Easter Monday, Labour Day, Ascension, Whit Monday, German Unity Day, Christmas Day and
/// Boxing Day). Holidays of single federal states are not counted: the quarterly reports serve all labs at once.
/// </summary>
internal static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsNationwideHoliday(day);

    public static bool IsNationwideHoliday(DateOnly day)
    {
        var easter = EasterSunday(day.Year);
        return (day.Month, day.Day) is (1, 1) or (5, 1) or (10, 3) or (12, 25) or (12, 26)
            || day == easter.AddDays(-2)
            || day == easter.AddDays(1)
            || day == easter.AddDays(39)
            || day == easter.AddDays(50);
    }

    /// <summary>The first working day of the quarter <paramref name="day"/> lies in.</summary>
    public static DateOnly FirstWorkingDayOfQuarter(DateOnly day)
    {
        var candidate = new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);
        while (!IsWorkingDay(candidate))
        {
            candidate = candidate.AddDays(1);
        }

        return candidate;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
