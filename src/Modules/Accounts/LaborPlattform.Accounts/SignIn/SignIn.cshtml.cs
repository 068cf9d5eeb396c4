using LaborPlattform.Accounts.Demo;
using LaborPlattform.Shared.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace LaborPlattform.Accounts.SignIn;

[AllowAnonymous]
internal sealed class SignInPage : PageModel
{
    private readonly SignInManager<PlatformUser> _signIn;
    private readonly UserManager<PlatformUser> _users;
    private readonly TimeProvider _time;
    private readonly IStringLocalizer<AccountsResource> _t;

    public SignInPage(SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users, TimeProvider time, IStringLocalizer<AccountsResource> t, IConfiguration configuration)
    {
        _signIn = signIn;
        _users = users;
        _time = time;
        _t = t;
        DemoMode = configuration.IsDemoMode();
    }

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool DemoMode { get; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", _t["Bitte geben Sie Ihre E-Mail-Adresse an."]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", _t["Bitte geben Sie Ihr Passwort an."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await _users.FindByEmailAsync(Input.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await _signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);

        if (result.Succeeded && user is not null)
        {
            user.LastSignInAt = _time.GetUtcNow();
            await _users.UpdateAsync(user);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/intern");
        }

        // One message for unknown address, wrong password and disabled account: the form must not reveal which accounts exist.
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? _t["Zu viele Fehlversuche: Das Konto ist für 15 Minuten gesperrt."]
            : _t["E-Mail-Adresse oder Passwort sind falsch, oder das Konto ist deaktiviert."]);
        return Page();
    }

    public sealed class SignInInput
    {
        public string Email { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;
    }
}
