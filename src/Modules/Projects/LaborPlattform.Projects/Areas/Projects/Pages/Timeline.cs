using LaborPlattform.Projects.ReadSubProjects;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>One event in a sub-project's history as the timeline shows it.</summary>
/// <param name="Heading">German text (a localizer key) with {0} placeholders filled from <paramref name="HeadingArgs"/>.</param>
internal sealed record TimelineEntry(DateOnly Date, DateTimeOffset SortAt, string Heading, object[] HeadingArgs, string? Text, string? Reason, string? By, string? Badge, string? BadgeText)
{
    /// <summary>Keeps entries of one instant in the order they were written (the lists come newest first).</summary>
    public int Order { get; init; }
}

/// <summary>
/// The sub-project's history in one list, newest first: status changes, progress updates, milestones reached and
/// milestones that became overdue. Milestones due in the future are plans, not history; they stay in their table.
/// </summary>
internal static class Timeline
{
    public static IReadOnlyList<TimelineEntry> Build(SubProjectView s)
    {
        var entries = new List<TimelineEntry>();
        foreach (var (change, index) in s.StatusHistory.Select((c, i) => (c, i)))
        {
            entries.Add((change.From is null
                ? new TimelineEntry(Day(change.At), change.At, "Teilprojekt angelegt (Status „{0}“)", [ProjectTextsUi.Status(change.To)], null, null, change.ChangedBy, null, null)
                : new TimelineEntry(Day(change.At), change.At, "Status: {0} → {1}", [ProjectTextsUi.Status(change.From), ProjectTextsUi.Status(change.To)], null, change.Reason, change.ChangedBy, null, null)) with { Order = -index });
        }

        foreach (var (update, index) in s.ProgressUpdates.Select((u, i) => (u, i)))
        {
            entries.Add(new TimelineEntry(
                update.ReportedOn,
                update.RecordedAt,
                "Fortschrittsmeldung: {0} % fertig",
                [update.PercentComplete],
                update.Text,
                string.IsNullOrEmpty(update.Reason) ? null : update.Reason,
                update.AuthorName,
                ProjectTextsUi.TrafficLightBadge(update.TrafficLight),
                ProjectTextsUi.TrafficLight(update.TrafficLight)) { Order = -index });
        }

        foreach (var milestone in s.Milestones)
        {
            if (milestone.CompletedOn is { } done)
            {
                entries.Add(new TimelineEntry(done, Berlin.StartOfDay(done), "Meilenstein erreicht: {0}", [milestone.Title], null, null, null, "kern-badge--success", done > milestone.DueDate ? "verspätet" : "rechtzeitig"));
            }
            else if (milestone.IsOverdue)
            {
                entries.Add(new TimelineEntry(milestone.DueDate, Berlin.StartOfDay(milestone.DueDate), "Meilenstein fällig, noch offen: {0}", [milestone.Title], null, null, null, "kern-badge--danger", "überfällig"));
            }
        }

        return entries.OrderByDescending(e => e.Date).ThenByDescending(e => e.SortAt).ThenByDescending(e => e.Order).ToList();
    }

    private static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Berlin.ToLocal(instant).DateTime);
}
