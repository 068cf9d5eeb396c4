using Mediator;

namespace LaborPlattform.Labs.Contracts;

/// <summary>A lab was archived: its data becomes read-only in every module.</summary>
public sealed record LabArchived(Guid LabId, DateTimeOffset ArchivedAt) : INotification;
