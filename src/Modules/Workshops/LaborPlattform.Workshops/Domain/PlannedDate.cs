namespace LaborPlattform.Workshops.Domain;

/// <summary>One date an event is planned for: the Berlin day that identifies it within its series, and its times.</summary>
internal sealed record PlannedDate(DateOnly OccursOn, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
