namespace LaborPlattform.Accounts.AcceptInvitation;

/// <summary>Accepting an invitation (or a password reset link): the person sets their own password.</summary>
[AllowAnonymous]
internal sealed class AcceptInvitationPage(ISender sender, IStringLocalizer<AccountsResource> t) : PageModel
{
    [BindProperty]
    public InvitationInput Input { get; set; } = new();

    public void OnGet(string? benutzer, string? code)
    {
        Input.UserId = benutzer ?? string.Empty;
        Input.Token = code ?? string.Empty;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.TryAsync(() => sender.Send(new AcceptInvitationCommand(Input.UserId, Input.Token, Input.Password, Input.PasswordRepeat), ct).AsTask()))
        {
            TempData["Status"] = t["Ihr Passwort ist festgelegt. Bitte melden Sie sich jetzt an."].Value;
            return Redirect("/anmelden");
        }

        return Page();
    }

    public sealed class InvitationInput
    {
        public string UserId { get; set; } = string.Empty;

        public string Token { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;

        public string PasswordRepeat { get; set; } = string.Empty;
    }
}
