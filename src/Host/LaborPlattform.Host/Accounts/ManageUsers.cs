using System.Security.Claims;
using FluentValidation;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Auditing;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Errors;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LaborPlattform.Host.Accounts;

/// <summary>
/// Creates an account without a password and returns an invitation token: the administrator passes the link
/// on, and the person sets their own password. No password ever travels through the administrator.
/// </summary>
internal sealed record InviteUser(string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> LabIds) : ICommand<Invitation>, IAccessFields;

internal sealed record Invitation(string UserId, string Token);

/// <summary>Changes name, roles and lab scopes of an account; <paramref name="ConcurrencyStamp"/> is the version the form showed.</summary>
internal sealed record ChangeUserAccess(string UserId, string ConcurrencyStamp, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> LabIds) : ICommand, IAccessFields;

internal sealed record SetUserDisabled(string UserId, bool Disabled) : ICommand;

/// <summary>A fresh invitation (or password reset) token for an existing account.</summary>
internal sealed record CreateInvitationToken(string UserId) : ICommand<string>;

internal sealed record AcceptInvitation(string UserId, string Token, string Password, string PasswordRepeat) : ICommand;

internal interface IAccessFields
{
    string DisplayName { get; }

    IReadOnlyList<string> Roles { get; }

    IReadOnlyList<Guid> LabIds { get; }
}

internal sealed class AccessFieldsValidator<T> : AbstractValidator<T>
    where T : IAccessFields
{
    public AccessFieldsValidator()
    {
        RuleFor(x => x.DisplayName)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen an, der in der Plattform angezeigt wird.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.Roles)
            .NotEmpty().WithMessage("Bitte wählen Sie mindestens eine Rolle.")
            .Must(roles => roles.All(r => LaborPlattform.Shared.Authorization.Roles.All.Contains(r))).WithMessage("Diese Rolle gibt es nicht.");
        RuleFor(x => x.LabIds)
            .NotEmpty()
            .When(x => x.Roles.Any(r => LaborPlattform.Shared.Authorization.Roles.LabScoped.Contains(r)))
            .WithMessage("Laborkoordination und kommunale Mitarbeitende arbeiten in bestimmten Laboren: bitte wählen Sie mindestens ein Labor.");
    }
}

internal sealed class InviteUserValidator : AbstractValidator<InviteUser>
{
    public InviteUserValidator()
    {
        RuleFor(x => x.Email)
            .Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage("Bitte geben Sie die E-Mail-Adresse an.")
            .EmailAddress().WithMessage("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@kommune.de.")
            .MaximumLength(256).WithMessage("Die E-Mail-Adresse ist zu lang.");
        Include(new AccessFieldsValidator<InviteUser>());
    }
}

internal sealed class ChangeUserAccessValidator : AbstractValidator<ChangeUserAccess>
{
    public ChangeUserAccessValidator() => Include(new AccessFieldsValidator<ChangeUserAccess>());
}

internal sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
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

internal sealed class ManageUsersHandler(
    UserManager<PlatformUser> users,
    AccountsDbContext db,
    ISender sender,
    ICurrentActor actor,
    TimeProvider time) :
    ICommandHandler<InviteUser, Invitation>,
    ICommandHandler<ChangeUserAccess>,
    ICommandHandler<SetUserDisabled>,
    ICommandHandler<CreateInvitationToken, string>,
    ICommandHandler<AcceptInvitation>
{
    public async ValueTask<Invitation> Handle(InviteUser command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ValidationFailedException("email", "Für diese E-Mail-Adresse gibt es bereits ein Konto.");
        }

        var labIds = await CheckLabsAsync(command, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new PlatformUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = false,
            DisplayName = command.DisplayName.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        Check(await users.CreateAsync(user), "email");
        Check(await users.AddToRolesAsync(user, command.Roles.Distinct()), "roles");
        if (labIds.Count > 0)
        {
            Check(await users.AddClaimsAsync(user, labIds.Select(id => new Claim(PlatformClaims.LabScope, id.ToString()))), "labIds");
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        await transaction.CommitAsync(cancellationToken);
        return new Invitation(user.Id, token);
    }

    public async ValueTask<Unit> Handle(ChangeUserAccess command, CancellationToken cancellationToken)
    {
        var user = await FindAsync(command.UserId);
        if (!string.Equals(user.ConcurrencyStamp, command.ConcurrencyStamp, StringComparison.Ordinal))
        {
            throw ConflictException.Stale();
        }

        if (user.Id == actor.UserId && !command.Roles.Contains(Roles.Administrator))
        {
            throw new ValidationFailedException("roles", "Sie können sich die Rolle Administration nicht selbst entziehen.");
        }

        var labIds = await CheckLabsAsync(command, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisplayName = command.DisplayName.Trim();
        Check(await users.UpdateAsync(user), string.Empty);

        var currentRoles = await users.GetRolesAsync(user);
        var wantedRoles = command.Roles.Distinct().ToList();
        Check(await users.RemoveFromRolesAsync(user, currentRoles.Except(wantedRoles)), "roles");
        Check(await users.AddToRolesAsync(user, wantedRoles.Except(currentRoles)), "roles");

        var currentScopes = (await users.GetClaimsAsync(user)).Where(c => c.Type == PlatformClaims.LabScope).ToList();
        var wantedScopes = labIds.Select(id => id.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Check(await users.RemoveClaimsAsync(user, currentScopes.Where(c => !wantedScopes.Contains(c.Value))), "labIds");
        Check(await users.AddClaimsAsync(user, wantedScopes.Where(s => currentScopes.All(c => !string.Equals(c.Value, s, StringComparison.OrdinalIgnoreCase))).Select(s => new Claim(PlatformClaims.LabScope, s))), "labIds");

        // No new security stamp: the person stays signed in, and the principal rebuilt on their next request
        // (the stamp is validated on every request) carries the new roles and labs.
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(SetUserDisabled command, CancellationToken cancellationToken)
    {
        var user = await FindAsync(command.UserId);
        if (command.Disabled && user.Id == actor.UserId)
        {
            throw new ValidationFailedException("disabled", "Sie können Ihr eigenes Konto nicht deaktivieren.");
        }

        user.IsDisabled = command.Disabled;
        Check(await users.UpdateAsync(user), string.Empty);
        // Ends the user's existing sessions: their cookie no longer matches the stamp.
        Check(await users.UpdateSecurityStampAsync(user), string.Empty);
        return Unit.Value;
    }

    public async ValueTask<string> Handle(CreateInvitationToken command, CancellationToken cancellationToken)
    {
        var user = await FindAsync(command.UserId);
        return await users.GeneratePasswordResetTokenAsync(user);
    }

    public async ValueTask<Unit> Handle(AcceptInvitation command, CancellationToken cancellationToken)
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
        Check(await users.UpdateAsync(user), string.Empty);
        return Unit.Value;
    }

    private async Task<PlatformUser> FindAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new NotFoundException("Konto", userId);

    private async Task<IReadOnlyList<Guid>> CheckLabsAsync(IAccessFields fields, CancellationToken ct)
    {
        // Administrators and reviewers are not scoped: labs given for them are dropped, not stored.
        if (!fields.Roles.Any(r => Roles.LabScoped.Contains(r)))
        {
            return [];
        }

        var labIds = fields.LabIds.Distinct().ToList();
        foreach (var labId in labIds)
        {
            if (!(await sender.Send(new GetLabState(labId), ct)).Exists)
            {
                throw new ValidationFailedException("labIds", "Mindestens eines der gewählten Labore gibt es nicht.");
            }
        }

        return labIds;
    }

    private static void Check(IdentityResult result, string field)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw ConflictException.Stale();
        }

        throw new ValidationFailedException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}

/// <summary>The users for the administration list.</summary>
internal sealed record GetUsers : IQuery<IReadOnlyList<UserSummary>>;

internal sealed record GetUser(string UserId) : IQuery<UserDetails?>;

internal sealed record UserSummary(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> LabIds, bool IsDisabled, bool HasPassword, DateTimeOffset? LastSignInAt);

internal sealed record UserDetails(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> LabIds, bool IsDisabled, bool HasPassword, string ConcurrencyStamp);

internal sealed class ReadUsersHandler(AccountsDbContext db) : IQueryHandler<GetUsers, IReadOnlyList<UserSummary>>, IQueryHandler<GetUser, UserDetails?>
{
    public async ValueTask<IReadOnlyList<UserSummary>> Handle(GetUsers query, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var roles = await RolesByUserAsync(null, cancellationToken);
        var scopes = await ScopesByUserAsync(null, cancellationToken);
        return users.Select(u => new UserSummary(
            u.Id, u.Email ?? string.Empty, u.DisplayName,
            roles.GetValueOrDefault(u.Id, []), scopes.GetValueOrDefault(u.Id, []),
            u.IsDisabled, u.PasswordHash is not null, u.LastSignInAt)).ToList();
    }

    public async ValueTask<UserDetails?> Handle(GetUser query, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == query.UserId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await RolesByUserAsync(user.Id, cancellationToken);
        var scopes = await ScopesByUserAsync(user.Id, cancellationToken);
        return new UserDetails(user.Id, user.Email ?? string.Empty, user.DisplayName, roles.GetValueOrDefault(user.Id, []), scopes.GetValueOrDefault(user.Id, []), user.IsDisabled, user.PasswordHash is not null, user.ConcurrencyStamp ?? string.Empty);
    }

    private async Task<Dictionary<string, List<string>>> RolesByUserAsync(string? userId, CancellationToken ct) =>
        (await (from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                where userId == null || ur.UserId == userId
                select new { ur.UserId, r.Name }).ToListAsync(ct))
            .GroupBy(x => x.UserId)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Name!).OrderBy(n => Roles.All.ToList().IndexOf(n)).ToList());

    private async Task<Dictionary<string, List<Guid>>> ScopesByUserAsync(string? userId, CancellationToken ct) =>
        (await db.UserClaims.Where(c => c.ClaimType == PlatformClaims.LabScope && (userId == null || c.UserId == userId))
                .Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(ct))
            .GroupBy(x => x.UserId)
            .ToDictionary(g => g.Key, g => g.Select(x => Guid.TryParse(x.ClaimValue, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList());
}
