using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LaborPlattform.Accounts.SignIn;

/// <summary>
/// Builds the signed-in principal: roles and lab scopes (stored as user claims <c>lp:lab</c>) come from the
/// store by Identity; this adds the display name shown in the header and written to the audit trail.
/// </summary>
internal sealed class PlatformClaimsFactory(
    UserManager<PlatformUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PlatformUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlatformUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PlatformClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.UserName ?? string.Empty : user.DisplayName));
        return identity;
    }
}
