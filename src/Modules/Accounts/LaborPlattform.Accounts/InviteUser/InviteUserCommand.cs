using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace LaborPlattform.Accounts.InviteUser;

/// <summary>
/// Creates an account without a password and returns an invitation token: the administrator passes the link
/// on, and the person sets their own password. No password ever travels through the administrator.
/// </summary>
internal sealed record InviteUserCommand(string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> LabIds) : ICommand<Invitation>, IAccessFields;

internal sealed record Invitation(string UserId, string Token);

internal sealed class InviteUserValidator : AbstractValidator<InviteUserCommand>
{
    public InviteUserValidator()
    {
        RuleFor(x => x.Email)
            .Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage("Bitte geben Sie die E-Mail-Adresse an.")
            .EmailAddress().WithMessage("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@kommune.de.")
            .MaximumLength(256).WithMessage("Die E-Mail-Adresse ist zu lang.");
        Include(new AccessFieldsValidator<InviteUserCommand>());
    }
}

internal sealed class InviteUserHandler(UserManager<PlatformUser> users, AccountsDbContext db, ISender sender, TimeProvider time)
    : ICommandHandler<InviteUserCommand, Invitation>
{
    public async ValueTask<Invitation> Handle(InviteUserCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ValidationFailedException("email", "Für diese E-Mail-Adresse gibt es bereits ein Konto.");
        }

        var labIds = await LabScopes.CheckAsync(sender, command, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new PlatformUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = false,
            DisplayName = command.DisplayName.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        IdentityResults.Check(await users.CreateAsync(user), "email");
        IdentityResults.Check(await users.AddToRolesAsync(user, command.Roles.Distinct()), "roles");
        if (labIds.Count > 0)
        {
            IdentityResults.Check(await users.AddClaimsAsync(user, labIds.Select(id => new Claim(PlatformClaims.LabScope, id.ToString()))), "labIds");
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        await transaction.CommitAsync(cancellationToken);
        return new Invitation(user.Id, token);
    }
}
