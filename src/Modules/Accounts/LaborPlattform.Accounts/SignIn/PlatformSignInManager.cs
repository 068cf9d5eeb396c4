using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LaborPlattform.Accounts.SignIn;

/// <summary>Refuses sign-in (and the refresh of existing sessions) for disabled accounts.</summary>
internal sealed class PlatformSignInManager(
    UserManager<PlatformUser> userManager,
    Microsoft.AspNetCore.Http.IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PlatformUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    Microsoft.Extensions.Logging.ILogger<SignInManager<PlatformUser>> logger,
    Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PlatformUser> confirmation)
    : SignInManager<PlatformUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(PlatformUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<PlatformUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsDisabled: false } ? user : null;
    }
}
