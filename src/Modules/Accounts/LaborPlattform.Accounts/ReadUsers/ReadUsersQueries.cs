namespace LaborPlattform.Accounts.ReadUsers;

/// <summary>The users for the administration list.</summary>
internal sealed record GetUsersQuery : IQuery<IReadOnlyList<UserSummary>>;

internal sealed record GetUserQuery(string UserId) : IQuery<UserDetails?>;

internal sealed record UserSummary(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> LabIds, bool IsDisabled, bool HasPassword, DateTimeOffset? LastSignInAt);

internal sealed record UserDetails(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> LabIds, bool IsDisabled, bool HasPassword, string ConcurrencyStamp);

internal sealed class ReadUsersHandler(AccountsDbContext db) : IQueryHandler<GetUsersQuery, IReadOnlyList<UserSummary>>, IQueryHandler<GetUserQuery, UserDetails?>
{
    public async ValueTask<IReadOnlyList<UserSummary>> Handle(GetUsersQuery query, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var roles = await RolesByUserAsync(null, cancellationToken);
        var scopes = await ScopesByUserAsync(null, cancellationToken);
        return users.Select(u => new UserSummary(
            u.Id, u.Email ?? string.Empty, u.DisplayName,
            roles.GetValueOrDefault(u.Id, []), scopes.GetValueOrDefault(u.Id, []),
            u.IsDisabled, u.PasswordHash is not null, u.LastSignInAt)).ToList();
    }

    public async ValueTask<UserDetails?> Handle(GetUserQuery query, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == query.UserId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await RolesByUserAsync(user.Id, cancellationToken);
        var scopes = await ScopesByUserAsync(user.Id, cancellationToken);
        return new UserDetails(user.Id, user.Email ?? string.Empty, user.DisplayName, roles.GetValueOrDefault(user.Id, []), scopes.GetValueOrDefault(user.Id, []), user.IsDisabled, user.PasswordHash is not null, user.ConcurrencyStamp ?? string.Empty);
    }

    private async Task<Dictionary<string, List<string>>> RolesByUserAsync(string? userId, CancellationToken ct) =>
        (await (from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                where userId == null || ur.UserId == userId
                select new { ur.UserId, r.Name }).ToListAsync(ct))
            .GroupBy(x => x.UserId)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Name!).OrderBy(n => Roles.All.ToList().IndexOf(n)).ToList());

    private async Task<Dictionary<string, List<Guid>>> ScopesByUserAsync(string? userId, CancellationToken ct) =>
        (await db.UserClaims.Where(c => c.ClaimType == PlatformClaims.LabScope && (userId == null || c.UserId == userId))
                .Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(ct))
            .GroupBy(x => x.UserId)
            .ToDictionary(g => g.Key, g => g.Select(x => Guid.TryParse(x.ClaimValue, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList());
}
