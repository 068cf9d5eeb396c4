using Mediator;

namespace LaborPlattform.Accounts.Contracts;

/// <summary>
/// The users who work in a lab (coordinators and municipal staff scoped to it). Accounts are their own module,
/// so modules ask for them through this query instead of reading the account store.
/// </summary>
public sealed record GetLabTeam(Guid LabId) : IQuery<IReadOnlyList<TeamMember>>;

public sealed record TeamMember(string UserId, string DisplayName, string Role);
