using Microsoft.AspNetCore.Identity;

namespace LaborPlattform.Accounts.ChangePassword;

/// <summary>The signed-in person's own account: change the password.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class ChangePasswordPage(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, IStringLocalizer<AccountsResource> t) : PageModel
{
    public string Email { get; private set; } = string.Empty;

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email ?? string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email ?? string.Empty;
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword", error.Description);
            }

            return Page();
        }

        // The password change renewed the security stamp; keep this session, end all others.
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = t["Ihr Passwort wurde geändert."].Value;
        return RedirectToPage();
    }

    public sealed class PasswordInput
    {
        public string CurrentPassword { get; set; } = string.Empty;

        public string NewPassword { get; set; } = string.Empty;
    }
}
