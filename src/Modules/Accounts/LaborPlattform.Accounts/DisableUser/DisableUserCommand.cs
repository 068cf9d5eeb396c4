using LaborPlattform.Shared.Auditing;
using Microsoft.AspNetCore.Identity;

namespace LaborPlattform.Accounts.DisableUser;

/// <summary>Disables an account (its sessions end at once) or enables it again.</summary>
internal sealed record DisableUserCommand(string UserId, bool Disabled) : ICommand;

internal sealed class DisableUserHandler(UserManager<PlatformUser> users, ICurrentActor actor) : ICommandHandler<DisableUserCommand>
{
    public async ValueTask<Unit> Handle(DisableUserCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindAccountAsync(command.UserId);
        if (command.Disabled && user.Id == actor.UserId)
        {
            throw new ValidationFailedException("disabled", "Sie können Ihr eigenes Konto nicht deaktivieren.");
        }

        user.IsDisabled = command.Disabled;
        IdentityResults.Check(await users.UpdateAsync(user), string.Empty);
        // Ends the user's existing sessions: their cookie no longer matches the stamp.
        IdentityResults.Check(await users.UpdateSecurityStampAsync(user), string.Empty);
        return Unit.Value;
    }
}
