using LaborPlattform.Accounts.CreateInvitationLink;
using LaborPlattform.Accounts.DisableUser;
using LaborPlattform.Accounts.InviteUser;
using LaborPlattform.Accounts.ReadUsers;

namespace LaborPlattform.Accounts.ChangeUserAccess;

/// <summary>An account: name, roles, labs; disable or enable; new invitation or reset link.</summary>
[Authorize(Policy = Policies.Administrator)]
internal sealed class EditUserPage(ISender sender, IStringLocalizer<AccountsResource> t) : AccessFormModel(sender, t)
{
    [FromRoute]
    public string UserId { get; set; } = string.Empty;

    [BindProperty]
    public string ConcurrencyStamp { get; set; } = string.Empty;

    public new UserDetails User { get; private set; } = default!;

    public string? InvitationLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Access = new AccessInput { DisplayName = User.DisplayName, Roles = [.. User.Roles], LabIds = [.. User.LabIds] };
        ConcurrencyStamp = User.ConcurrencyStamp;
        InvitationLink = TempData["Invitation"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.TryAsync(() => Sender.Send(new ChangeUserAccessCommand(UserId, ConcurrencyStamp, Access.DisplayName, Access.Roles, Access.LabIds), ct).AsTask(), "Access"))
        {
            TempData["Status"] = T["Das Konto wurde gespeichert. Die Änderungen gelten ab der nächsten Anfrage der Person."].Value;
            return RedirectToPage();
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDisableAsync(bool disabled, CancellationToken ct)
    {
        if (await this.TryAsync(() => Sender.Send(new DisableUserCommand(UserId, disabled), ct).AsTask(), "Access"))
        {
            TempData["Status"] = (disabled ? T["Das Konto wurde deaktiviert."] : T["Das Konto wurde wieder aktiviert."]).Value;
            return RedirectToPage();
        }

        return await ReloadAsync(ct);
    }

    public async Task<IActionResult> OnPostInvitationAsync(CancellationToken ct)
    {
        var token = await Sender.Send(new CreateInvitationTokenCommand(UserId), ct);
        TempData["Invitation"] = InvitationLinks.For(Request, UserId, token);
        return RedirectToPage();
    }

    private async Task<IActionResult> ReloadAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Access = new AccessInput { DisplayName = User.DisplayName, Roles = [.. User.Roles], LabIds = [.. User.LabIds] };
        ConcurrencyStamp = User.ConcurrencyStamp;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await Sender.Send(new GetUserQuery(UserId), ct) is not { } user)
        {
            return false;
        }

        User = user;
        await LoadChoicesAsync(ct);
        return true;
    }
}
