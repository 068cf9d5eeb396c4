using Microsoft.AspNetCore.Identity;

namespace LaborPlattform.Accounts;

/// <summary>Identity's outcomes as the platform's errors: a stale stamp is a conflict, anything else a refused field.</summary>
internal static class IdentityResults
{
    public static void Check(IdentityResult result, string field)
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

    public static async Task<PlatformUser> FindAccountAsync(this UserManager<PlatformUser> users, string userId) =>
        await users.FindByIdAsync(userId) ?? throw new NotFoundException("Konto", userId);
}
