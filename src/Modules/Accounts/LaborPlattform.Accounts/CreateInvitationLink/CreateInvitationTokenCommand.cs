using Microsoft.AspNetCore.Identity;

namespace LaborPlattform.Accounts.CreateInvitationLink;

/// <summary>A fresh invitation (or password reset) token for an existing account.</summary>
internal sealed record CreateInvitationTokenCommand(string UserId) : ICommand<string>;

internal sealed class CreateInvitationTokenHandler(UserManager<PlatformUser> users) : ICommandHandler<CreateInvitationTokenCommand, string>
{
    public async ValueTask<string> Handle(CreateInvitationTokenCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindAccountAsync(command.UserId);
        return await users.GeneratePasswordResetTokenAsync(user);
    }
}
