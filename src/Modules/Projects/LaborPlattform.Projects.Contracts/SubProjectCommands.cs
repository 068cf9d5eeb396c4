using Mediator;

namespace LaborPlattform.Projects.Contracts;

/// <summary>
/// Adds (or replaces) one contribution to a cumulative indicator, e.g. the participants of a workshop to the
/// indicator "Kursteilnahmen 70+". Meant for the Workshops module when an outcome is logged: the caller has
/// already checked that its user may log the outcome for this lab.
/// Idempotent per <paramref name="SourceKey"/>: sending the same key again replaces the earlier value (a
/// corrected participant count), so a job that runs twice counts once; a value of 0 withdraws the contribution.
/// Refused with field errors when the indicator is not cumulative (<c>indicatorId</c>), the date is missing
/// (<c>occurredOn</c>) or the value is negative (<c>value</c>); not found for an unknown sub-project or indicator;
/// conflict when the sub-project is read-only.
/// </summary>
/// <param name="OccurredOn">The day the contribution happened (e.g. the workshop's date); required.</param>
/// <param name="Value">The amount contributed (e.g. number of participants), 0 or more.</param>
/// <param name="SourceKey">Stable key of what contributed, e.g. <c>workshop:{id}</c>; at most 100 characters.</param>
/// <param name="Note">Optional note shown with the value, e.g. the workshop's title.</param>
public sealed record RecordIndicatorContribution(
    Guid SubProjectId,
    Guid IndicatorId,
    DateOnly OccurredOn,
    decimal Value,
    string SourceKey,
    string? Note = null) : ICommand;
