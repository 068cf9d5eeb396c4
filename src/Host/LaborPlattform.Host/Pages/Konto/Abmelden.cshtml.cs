using LaborPlattform.Host.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborPlattform.Host.Pages.Konto;

/// <summary>Signing out is a POST (with antiforgery token), so a link on another site cannot sign anyone out.</summary>
[AllowAnonymous]
internal sealed class AbmeldenModel : PageModel
{
    private readonly SignInManager<PlatformUser> _signIn;

    public AbmeldenModel(SignInManager<PlatformUser> signIn) => _signIn = signIn;

    public async Task<IActionResult> OnPostAsync()
    {
        await _signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
