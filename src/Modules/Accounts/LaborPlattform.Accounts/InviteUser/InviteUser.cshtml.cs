namespace LaborPlattform.Accounts.InviteUser;

[Authorize(Policy = Policies.Administrator)]
internal sealed class InviteUserPage(ISender sender, IStringLocalizer<AccountsResource> t) : AccessFormModel(sender, t)
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken ct) => await LoadChoicesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Invitation? invitation = null;
        try
        {
            invitation = await Sender.Send(new InviteUserCommand(Email, Access.DisplayName, Access.Roles, Access.LabIds), ct);
        }
        catch (ValidationFailedException invalid)
        {
            // The e-mail field is bound at the top level; everything else belongs to the access fields.
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field == "email" ? "Email" : "Access." + global::LaborPlattform.Shared.Messaging.FieldNames.ToProperty(field), message);
                }
            }
        }

        if (invitation is null)
        {
            await LoadChoicesAsync(ct);
            return Page();
        }

        TempData["Invitation"] = InvitationLinks.For(Request, invitation.UserId, invitation.Token);
        return Redirect($"/admin/benutzer/{invitation.UserId}");
    }
}

internal static class InvitationLinks
{
    public static string For(HttpRequest request, string userId, string token) =>
        $"{request.Scheme}://{request.Host}/einladung?benutzer={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(token)}";
}
