using Microsoft.AspNetCore.Identity;

namespace LaborPlattform.Accounts.AcceptInvitation;

/// <summary>The invited person sets their password with the token of their link; the account counts as confirmed.</summary>
internal sealed record AcceptInvitationCommand(string UserId, string Token, string Password, string PasswordRepeat) : ICommand;

internal sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationValidator()
    {
        RuleFor(x => x.Password)
            .MinimumLength(12).WithMessage("Das Passwort muss mindestens 12 Zeichen lang sein. Tipp: Mehrere Wörter hintereinander sind leicht zu merken und sicher.")
            .MaximumLength(256).WithMessage("Das Passwort darf höchstens 256 Zeichen lang sein.");
        RuleFor(x => x.PasswordRepeat)
            .Equal(x => x.Password).WithMessage("Die beiden Passwörter stimmen nicht überein.");
    }
}

internal sealed class AcceptInvitationHandler(UserManager<PlatformUser> users) : ICommandHandler<AcceptInvitationCommand>
{
    public async ValueTask<Unit> Handle(AcceptInvitationCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId);
        if (user is null || user.IsDisabled)
        {
            throw new ValidationFailedException("token", new GermanIdentityErrors().InvalidToken().Description);
        }

        var result = await users.ResetPasswordAsync(user, command.Token, command.Password);
        if (!result.Succeeded)
        {
            var field = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)) ? "token" : "password";
            throw new ValidationFailedException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        user.EmailConfirmed = true;
        IdentityResults.Check(await users.UpdateAsync(user), string.Empty);
        return Unit.Value;
    }
}
