using Microsoft.AspNetCore.Identity;

namespace LaborPlattform.Accounts.SignOut;

/// <summary>Signing out is a POST (with antiforgery token), so a link on another site cannot sign anyone out.</summary>
[AllowAnonymous]
internal sealed class SignOutPage : PageModel
{
    private readonly SignInManager<PlatformUser> _signIn;

    public SignOutPage(SignInManager<PlatformUser> signIn) => _signIn = signIn;

    public async Task<IActionResult> OnPostAsync()
    {
        await _signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
