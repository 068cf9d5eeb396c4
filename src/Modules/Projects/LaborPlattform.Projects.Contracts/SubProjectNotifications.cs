using Mediator;

namespace LaborPlattform.Projects.Contracts;

/// <summary>A sub-project moved to another status (published after the change is saved).</summary>
/// <param name="FromStatus">The status before, one of <see cref="SubProjectStatuses"/>.</param>
/// <param name="ToStatus">The status now.</param>
/// <param name="Reason">Why, as the person wrote it.</param>
/// <param name="ChangedAt">When the change was made (UTC).</param>
public sealed record SubProjectStatusChanged(
    Guid SubProjectId,
    Guid LabId,
    string FromStatus,
    string ToStatus,
    string Reason,
    DateTimeOffset ChangedAt) : INotification;

/// <summary>A milestone of a sub-project was marked completed (published after the change is saved).</summary>
/// <param name="CompletedOn">The day it was completed (a Berlin calendar day).</param>
/// <param name="RecordedAt">When the completion was entered (UTC).</param>
public sealed record MilestoneCompleted(
    Guid SubProjectId,
    Guid LabId,
    Guid MilestoneId,
    string Title,
    DateOnly DueDate,
    DateOnly CompletedOn,
    DateTimeOffset RecordedAt) : INotification;
