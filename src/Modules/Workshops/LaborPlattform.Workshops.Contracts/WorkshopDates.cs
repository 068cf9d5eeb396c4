namespace LaborPlattform.Workshops.Contracts;

/// <summary>
/// The one rule for when a date of an event counts as held in figures as of an instant: once its start lies before that
/// instant. A date at 14:00 today is still planned in a report as of 05:55 today. Workshops' statistics (with
/// <see cref="GetWorkshopStatistics.BegunBefore"/>) and every report section decide with this rule.
/// </summary>
public static class WorkshopDates
{
    public static bool HasBegun(DateTimeOffset startsAt, DateTimeOffset asOf) => startsAt < asOf;
}
