using System.Security.Claims;
using LaborPlattform.Accounts.InviteUser;
using LaborPlattform.Shared.Auditing;
using Microsoft.AspNetCore.Identity;

namespace LaborPlattform.Accounts.ChangeUserAccess;

/// <summary>Changes name, roles and lab scopes of an account; <paramref name="ConcurrencyStamp"/> is the version the form showed.</summary>
internal sealed record ChangeUserAccessCommand(string UserId, string ConcurrencyStamp, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> LabIds) : ICommand, IAccessFields;

internal sealed class ChangeUserAccessValidator : AbstractValidator<ChangeUserAccessCommand>
{
    public ChangeUserAccessValidator() => Include(new AccessFieldsValidator<ChangeUserAccessCommand>());
}

internal sealed class ChangeUserAccessHandler(UserManager<PlatformUser> users, AccountsDbContext db, ISender sender, ICurrentActor actor)
    : ICommandHandler<ChangeUserAccessCommand>
{
    public async ValueTask<Unit> Handle(ChangeUserAccessCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindAccountAsync(command.UserId);
        if (!string.Equals(user.ConcurrencyStamp, command.ConcurrencyStamp, StringComparison.Ordinal))
        {
            throw ConflictException.Stale();
        }

        if (user.Id == actor.UserId && !command.Roles.Contains(Roles.Administrator))
        {
            throw new ValidationFailedException("roles", "Sie können sich die Rolle Administration nicht selbst entziehen.");
        }

        var labIds = await LabScopes.CheckAsync(sender, command, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisplayName = command.DisplayName.Trim();
        IdentityResults.Check(await users.UpdateAsync(user), string.Empty);

        var currentRoles = await users.GetRolesAsync(user);
        var wantedRoles = command.Roles.Distinct().ToList();
        IdentityResults.Check(await users.RemoveFromRolesAsync(user, currentRoles.Except(wantedRoles)), "roles");
        IdentityResults.Check(await users.AddToRolesAsync(user, wantedRoles.Except(currentRoles)), "roles");

        var currentScopes = (await users.GetClaimsAsync(user)).Where(c => c.Type == PlatformClaims.LabScope).ToList();
        var wantedScopes = labIds.Select(id => id.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        IdentityResults.Check(await users.RemoveClaimsAsync(user, currentScopes.Where(c => !wantedScopes.Contains(c.Value))), "labIds");
        IdentityResults.Check(await users.AddClaimsAsync(user, wantedScopes.Where(s => currentScopes.All(c => !string.Equals(c.Value, s, StringComparison.OrdinalIgnoreCase))).Select(s => new Claim(PlatformClaims.LabScope, s))), "labIds");

        // No new security stamp: the person stays signed in, and the principal rebuilt on their next request
        // (the stamp is validated on every request) carries the new roles and labs.
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
