using LaborPlattform.Accounts.Contracts;

namespace LaborPlattform.Accounts.ReadLabTeam;

internal sealed class GetLabTeamHandler(AccountsDbContext db) : IQueryHandler<GetLabTeam, IReadOnlyList<TeamMember>>
{
    public async ValueTask<IReadOnlyList<TeamMember>> Handle(GetLabTeam query, CancellationToken cancellationToken)
    {
        var labId = query.LabId.ToString();
        var members = await (
            from claim in db.UserClaims
            where claim.ClaimType == PlatformClaims.LabScope && claim.ClaimValue == labId
            join user in db.Users on claim.UserId equals user.Id
            where !user.IsDisabled
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.LabCoordinator || role.Name == Roles.MunicipalStaff
            select new { user.Id, user.DisplayName, Role = role.Name! })
            .ToListAsync(cancellationToken);

        return members
            .OrderBy(m => m.Role == Roles.LabCoordinator ? 0 : 1)
            .ThenBy(m => m.DisplayName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de-DE"), false))
            .Select(m => new TeamMember(m.Id, m.DisplayName, m.Role))
            .ToList();
    }
}
