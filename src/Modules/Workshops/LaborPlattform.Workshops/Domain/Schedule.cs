using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;

namespace LaborPlattform.Workshops.Domain;

/// <summary>
/// When an event takes place: the first date (start and end as Berlin wall-clock times), and for a series an
/// RFC 5545 recurrence rule with exception periods. A rule is a wall-clock rule — "every Tuesday 10:00–12:00" stays
/// at 10:00 Berlin time across daylight-saving changes — so dates are expanded in Berlin time and only then turned
/// into UTC instants. Expansion of the rule's pattern is Ical.Net's (the same library that reads our feeds back);
/// what the platform adds: the field rules (at most one date per day, an end by COUNT or UNTIL, at most
/// <see cref="MaxOccurrences"/> dates, the first date must be one the rule produces) and the exception periods.
/// </summary>
internal static class Schedule
{
    public const int MaxOccurrences = 200;

    /// <summary>The IANA name of the platform's time zone, as iCalendar writes it (TZID).</summary>
    public const string TimeZoneId = "Europe/Berlin";

    /// <summary>An event may last at most a week (a hackathon weekend fits; a date of a series never runs into the next).</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(7);

    public const string RuleField = "recurrence.rule";
    public const string ExceptionsField = "recurrence.exceptions";

    private static readonly FrequencyType[] AllowedFrequencies = [FrequencyType.Daily, FrequencyType.Weekly, FrequencyType.Monthly, FrequencyType.Yearly];

    /// <summary>
    /// Checks and normalises a rule (the value of RRULE, with or without the <c>RRULE:</c> prefix): an UNTIL given as a
    /// date means the end of that Berlin day and is written in UTC, as RFC 5545 requires next to a DTSTART with time zone.
    /// Throws <see cref="ValidationFailedException"/> on <see cref="RuleField"/>.
    /// </summary>
    public static string NormaliseRule(string? text)
    {
        var value = (text ?? string.Empty).Trim();
        if (value.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            value = value[6..].Trim();
        }

        if (value.Length == 0)
        {
            throw Invalid("Bitte geben Sie die Regel der Reihe an, z. B. FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630.");
        }

        if (value.Length > 500)
        {
            throw Invalid("Die Regel darf höchstens 500 Zeichen lang sein.");
        }

        RecurrencePattern pattern;
        try
        {
            pattern = new RecurrencePattern(value);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            throw Invalid($"Die Regel ist keine gültige Wiederholungsregel nach RFC 5545 ({ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]}).");
        }

        if (!AllowedFrequencies.Contains(pattern.Frequency))
        {
            throw Invalid("Eine Reihe wiederholt sich täglich, wöchentlich, monatlich oder jährlich (FREQ=DAILY, WEEKLY, MONTHLY oder YEARLY).");
        }

        if (pattern.ByHour.Count > 0 || pattern.ByMinute.Count > 0 || pattern.BySecond.Count > 0)
        {
            throw Invalid("Eine Reihe hat höchstens einen Termin am Tag: BYHOUR, BYMINUTE und BYSECOND sind nicht möglich. Legen Sie für einen zweiten Termin am Tag eine zweite Reihe an.");
        }

        if (pattern.Count is null && pattern.Until is null)
        {
            throw Invalid("Bitte sagen Sie, wann die Reihe endet: mit UNTIL (letzter Tag) oder COUNT (Anzahl der Termine).");
        }

        if (pattern.Count > MaxOccurrences)
        {
            throw Invalid($"Eine Reihe hat höchstens {MaxOccurrences} Termine.");
        }

        if (pattern.Until is { } until && !until.IsUtc)
        {
            var lastLocal = until.HasTime ? until.Value : until.Date.ToDateTime(new TimeOnly(23, 59, 59));
            var utc = LocalTimes.ToInstant(lastLocal).UtcDateTime;
            pattern.Until = new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, CalDateTime.UtcTzId);
        }

        return pattern.ToString() ?? value;
    }

    /// <summary>
    /// The dates of an event. Without a rule: the one date. With a rule: every date the rule gives from the first
    /// one on, minus those in an exception period. Throws <see cref="ValidationFailedException"/> naming
    /// <c>end</c>, <c>start</c>, <see cref="RuleField"/> or <see cref="ExceptionsField"/>.
    /// </summary>
    public static IReadOnlyList<PlannedDate> Expand(DateTime localStart, DateTime localEnd, string? rule, IReadOnlyList<ExceptionPeriod> exceptions)
    {
        var duration = localEnd - localStart;
        if (duration <= TimeSpan.Zero)
        {
            throw new ValidationFailedException("end", "Das Ende muss nach dem Beginn liegen.");
        }

        if (duration > MaxDuration)
        {
            throw new ValidationFailedException("end", "Eine Veranstaltung dauert höchstens sieben Tage. Für wiederkehrende Termine legen Sie eine Reihe an.");
        }

        if (rule is null)
        {
            if (exceptions.Count > 0)
            {
                throw new ValidationFailedException(ExceptionsField, "Ausnahmen gibt es nur bei einer Reihe.");
            }

            return [Date(localStart, duration)];
        }

        var starts = ExpandRule(localStart, duration, rule);
        if (starts.Count == 0)
        {
            throw Invalid("Die Regel ergibt keinen einzigen Termin. Prüfen Sie das Ende der Reihe (UNTIL) und die Wochentage.");
        }

        if (starts[0] != localStart)
        {
            throw new ValidationFailedException("start", $"Der erste Termin ({Berlin.Culture.DateTimeFormat.GetDayName(localStart.DayOfWeek)}, {localStart.ToString("d. MMMM yyyy", Berlin.Culture)}) passt nicht zur Regel der Reihe. Wählen Sie als ersten Termin einen Tag, an dem die Reihe stattfindet.");
        }

        var errors = new ValidationErrors();
        for (var i = 0; i < exceptions.Count; i++)
        {
            var period = exceptions[i];
            if (period.To < period.From)
            {
                errors.Add($"{ExceptionsField}[{i}].to", "Das Ende der Ausnahme darf nicht vor ihrem Beginn liegen.");
            }
            else if (!starts.Any(s => period.Contains(DateOnly.FromDateTime(s))))
            {
                errors.Add($"{ExceptionsField}[{i}].from", $"Zwischen {Berlin.FormatDate(period.From)} und {Berlin.FormatDate(period.To)} liegt kein Termin der Reihe.");
            }

            if (period.Label.Length > 100)
            {
                errors.Add($"{ExceptionsField}[{i}].label", "Die Bezeichnung darf höchstens 100 Zeichen lang sein.");
            }
        }

        errors.ThrowIfAny();
        var dates = starts
            .Where(s => !exceptions.Any(e => e.Contains(DateOnly.FromDateTime(s))))
            .Select(s => Date(s, duration))
            .ToList();
        if (dates.Count == 0)
        {
            throw new ValidationFailedException(ExceptionsField, "Die Ausnahmen schließen jeden Termin der Reihe aus.");
        }

        return dates;
    }

    /// <summary>The local starts a rule gives that fall into an exception period (written as EXDATE in calendar feeds).</summary>
    public static IReadOnlyList<DateTime> ExcludedStarts(DateTime localStart, string rule, IReadOnlyList<ExceptionPeriod> exceptions) =>
        exceptions.Count == 0
            ? []
            : ExpandRule(localStart, TimeSpan.FromMinutes(1), rule).Where(s => exceptions.Any(e => e.Contains(DateOnly.FromDateTime(s)))).ToList();

    /// <summary>A rule in words for people, e.g. "wöchentlich dienstags bis 30.06.2026" (null for rules beyond what the form offers).</summary>
    public static string? Describe(string rule)
    {
        var pattern = new RecurrencePattern(rule);
        var days = string.Join(", ", pattern.ByDay.Select(d => DayName(d)));
        var every = pattern.Frequency switch
        {
            FrequencyType.Daily => pattern.Interval == 1 ? "täglich" : $"alle {pattern.Interval} Tage",
            FrequencyType.Weekly => pattern.Interval == 1 ? "wöchentlich" : $"alle {pattern.Interval} Wochen",
            FrequencyType.Monthly => pattern.Interval == 1 ? "monatlich" : $"alle {pattern.Interval} Monate",
            FrequencyType.Yearly => "jährlich",
            _ => null,
        };
        if (every is null)
        {
            return null;
        }

        var text = days.Length > 0 ? $"{every} {days}" : every;
        if (pattern.Until is { } until)
        {
            text += $" bis {Berlin.FormatDate(LocalTimes.LocalDate(new DateTimeOffset(until.AsUtc, TimeSpan.Zero)))}";
        }
        else if (pattern.Count is { } count)
        {
            text += $", {count} Termine";
        }

        return text;
    }

    private static string DayName(WeekDay day)
    {
        var name = Berlin.Culture.DateTimeFormat.GetDayName(day.DayOfWeek).ToLower(Berlin.Culture);
        return day.Offset switch
        {
            null or 0 => name + "s",
            -1 => $"am letzten {name}",
            { } n => $"am {n.ToString(CultureInfo.InvariantCulture)}. {name}",
        };
    }

    private static List<DateTime> ExpandRule(DateTime localStart, TimeSpan duration, string rule)
    {
        var series = new CalendarEvent
        {
            DtStart = new CalDateTime(localStart, TimeZoneId, true),
            DtEnd = new CalDateTime(localStart + duration, TimeZoneId, true),
        };
        series.RecurrenceRule = new RecurrencePattern(rule);
        var starts = new List<DateTime>();
        try
        {
            foreach (var occurrence in series.GetOccurrences(null, new EvaluationOptions { MaxUnmatchedIncrementsLimit = 5000 }))
            {
                if (starts.Count == MaxOccurrences)
                {
                    throw Invalid($"Die Regel ergibt mehr als {MaxOccurrences} Termine. Verkürzen Sie die Reihe oder teilen Sie sie in mehrere Reihen.");
                }

                starts.Add(DateTime.SpecifyKind(occurrence.Period.StartTime.Value, DateTimeKind.Unspecified));
            }
        }
        catch (EvaluationLimitExceededException)
        {
            if (starts.Count == 0)
            {
                throw Invalid("Die Regel ergibt keinen einzigen Termin. Prüfen Sie Wochentage, Monatstage und das Ende der Reihe.");
            }
        }

        return starts;
    }

    private static PlannedDate Date(DateTime localStart, TimeSpan duration) =>
        new(DateOnly.FromDateTime(localStart), LocalTimes.ToInstant(localStart), LocalTimes.ToInstant(localStart + duration));

    private static ValidationFailedException Invalid(string message) => new(RuleField, message);
}
