using System.Globalization;
using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.DataTypes;
using LaborPlattform.Workshops.ReadWorkshops;

namespace LaborPlattform.Workshops.SaveWorkshop;

/// <summary>
/// The one part of the event form that differs from the API: date and times instead of ISO date-times, a repetition
/// choice (weekly on these days until …) instead of an RRULE (experts may still enter one), exception periods as
/// lines of text. <see cref="Read"/> turns the form's fields into the command's <c>start</c>, <c>end</c> and
/// <c>recurrence</c>; <see cref="Fill"/> does the reverse for a saved event.
/// </summary>
internal static partial class ScheduleForm
{
    public const string Once = "None";
    public const string Weekly = "Weekly";
    public const string Fortnightly = "Fortnightly";
    public const string Monthly = "Monthly";
    public const string Daily = "Daily";
    public const string Custom = "Custom";

    /// <summary>RFC 5545 day codes, Monday first.</summary>
    public static readonly IReadOnlyList<string> DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <param name="Start">The command's <c>start</c> (Berlin wall-clock time, <c>yyyy-MM-ddTHH:mm</c>).</param>
    /// <param name="End">The command's <c>end</c>.</param>
    /// <param name="Recurrence">The command's <c>recurrence</c>; null for a single date.</param>
    /// <param name="Errors">Form field (property of <see cref="WorkshopForm"/>) and message; empty when the schedule is readable.</param>
    internal sealed record Reading(string Start, string End, RecurrenceInput? Recurrence, IReadOnlyList<(string Field, string Message)> Errors)
    {
        public bool IsReadable => Errors.Count == 0;
    }

    /// <summary>Checks what only the form has (dates, times, repetition, exception lines) and builds the schedule of the command.</summary>
    public static Reading Read(WorkshopForm form)
    {
        var errors = new List<(string Field, string Message)>();
        if (form.Date is null)
        {
            errors.Add((nameof(WorkshopForm.Date), "Bitte geben Sie das Datum (des ersten Termins) an."));
        }

        if (form.StartTime is null)
        {
            errors.Add((nameof(WorkshopForm.StartTime), "Bitte geben Sie an, wann die Veranstaltung beginnt."));
        }

        if (form.EndTime is null)
        {
            errors.Add((nameof(WorkshopForm.EndTime), "Bitte geben Sie an, wann die Veranstaltung endet."));
        }

        var exceptions = ReadExceptions(form.Exceptions, errors);
        string? rule = null;
        if (form.Date is { } date)
        {
            rule = Rule(form, date);
            if (rule is not null && form.Repeat != Custom && form.Until is null)
            {
                errors.Add((nameof(WorkshopForm.Until), "Bitte geben Sie den Tag an, an dem die Reihe endet."));
            }
        }

        if (errors.Count > 0)
        {
            return new Reading(string.Empty, string.Empty, null, errors);
        }

        var start = form.Date!.Value.ToDateTime(form.StartTime!.Value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var end = (form.EndDate ?? form.Date.Value).ToDateTime(form.EndTime!.Value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        return new Reading(start, end, rule is null ? null : new RecurrenceInput(rule, exceptions), errors);
    }

    /// <summary>Fills the schedule fields of <paramref name="form"/> from a saved event; a rule the simple choices cannot express is shown as a custom rule.</summary>
    public static void Fill(WorkshopForm form, WorkshopView view)
    {
        var start = LocalTimes.Parse(view.Start)!.Value;
        var end = LocalTimes.Parse(view.End)!.Value;
        form.Date = DateOnly.FromDateTime(start);
        form.StartTime = TimeOnly.FromDateTime(start);
        form.EndTime = TimeOnly.FromDateTime(end);
        form.EndDate = DateOnly.FromDateTime(end) == DateOnly.FromDateTime(start) ? null : DateOnly.FromDateTime(end);
        form.Exceptions = view.Recurrence is { } r
            ? string.Join('\n', r.Exceptions.Select(e => (e.From == e.To ? Berlin.FormatDate(e.From) : $"{Berlin.FormatDate(e.From)} – {Berlin.FormatDate(e.To)}") + (e.Label.Length > 0 ? " " + e.Label : string.Empty)))
            : null;
        if (view.Recurrence is { } recurrence)
        {
            FillRepeat(form, recurrence.Rule, DateOnly.FromDateTime(start));
        }
    }

    private static string? Rule(WorkshopForm form, DateOnly date)
    {
        var until = form.Until?.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var weekday = DayCodes[((int)date.DayOfWeek + 6) % 7];
        var days = form.Weekdays.Count > 0 ? string.Join(',', DayCodes.Where(form.Weekdays.Contains)) : weekday;
        return form.Repeat switch
        {
            Weekly => $"FREQ=WEEKLY;BYDAY={days};UNTIL={until}",
            Fortnightly => $"FREQ=WEEKLY;INTERVAL=2;BYDAY={days};UNTIL={until}",
            Monthly => $"FREQ=MONTHLY;BYDAY={WeekOfMonth(date).ToString(CultureInfo.InvariantCulture)}{weekday};UNTIL={until}",
            Daily => $"FREQ=DAILY;UNTIL={until}",
            Custom => form.Rule ?? string.Empty,
            _ => null,
        };
    }

    /// <summary>1 to 4 for the first to fourth such weekday of the month; -1 (the last) for the fifth.</summary>
    private static int WeekOfMonth(DateOnly date) => (date.Day - 1) / 7 + 1 is var n && n == 5 ? -1 : n;

    private static void FillRepeat(WorkshopForm form, string rule, DateOnly first)
    {
        var pattern = new RecurrencePattern(rule);
        DateOnly? until = pattern.Until is { } u ? LocalTimes.LocalDate(new DateTimeOffset(u.AsUtc, TimeSpan.Zero)) : null;
        var simple = until is not null && pattern.Count is null && pattern.ByMonth.Count == 0 && pattern.ByMonthDay.Count == 0 && pattern.ByYearDay.Count == 0
            && pattern.ByWeekNo.Count == 0 && pattern.BySetPosition.Count == 0;
        var plainDays = pattern.ByDay.All(d => d.Offset is null or 0);
        form.Repeat = (simple, pattern.Frequency, pattern.Interval) switch
        {
            (true, FrequencyType.Weekly, 1) when plainDays => Weekly,
            (true, FrequencyType.Weekly, 2) when plainDays => Fortnightly,
            (true, FrequencyType.Daily, 1) when pattern.ByDay.Count == 0 => Daily,
            (true, FrequencyType.Monthly, 1) when pattern.ByDay.Count == 1 && pattern.ByDay[0].Offset == WeekOfMonth(first) && pattern.ByDay[0].DayOfWeek == first.DayOfWeek => Monthly,
            _ => Custom,
        };
        form.Until = form.Repeat == Custom ? null : until;
        form.Rule = form.Repeat == Custom ? rule : null;
        form.Weekdays = form.Repeat is Weekly or Fortnightly ? pattern.ByDay.Select(d => DayCodes[((int)d.DayOfWeek + 6) % 7]).ToList() : [];
    }

    private static List<ExceptionInput> ReadExceptions(string? text, List<(string Field, string Message)> errors)
    {
        var list = new List<ExceptionInput>();
        var lines = (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var match = ExceptionLine().Match(lines[i]);
            if (!match.Success || !TryDate(match.Groups["from"].Value, out var from) || (match.Groups["to"].Success && !TryDate(match.Groups["to"].Value, out _)))
            {
                errors.Add((nameof(WorkshopForm.Exceptions), $"Zeile {i + 1} ist nicht lesbar. Schreiben Sie ein Datum (TT.MM.JJJJ) oder einen Zeitraum (TT.MM.JJJJ – TT.MM.JJJJ), danach die Bezeichnung."));
                continue;
            }

            DateOnly? to = match.Groups["to"].Success && TryDate(match.Groups["to"].Value, out var end) ? end : null;
            list.Add(new ExceptionInput(from, to, match.Groups["label"].Value.Trim()));
        }

        return list;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, ["d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex(@"^(?<from>\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(\s*(-|–|bis)\s*(?<to>\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}))?(?<label>.*)$")]
    private static partial Regex ExceptionLine();
}
