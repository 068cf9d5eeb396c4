using Mediator;

namespace LaborPlattform.Shared.Accounts;

/// <summary>
/// The users who work in a lab (coordinators and municipal staff scoped to it). Accounts belong to the host,
/// so modules ask for them through this query instead of reading the account store.
/// </summary>
public sealed record GetLabTeam(Guid LabId) : IQuery<IReadOnlyList<TeamMember>>;

public sealed record TeamMember(string UserId, string DisplayName, string Role);
