using System.Security.Claims;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Demo;
using Microsoft.AspNetCore.Identity;

namespace LaborPlattform.Accounts.Demo;

/// <summary>
/// One demo account per role (demo mode only). The sign-in page shows their addresses and the shared password,
/// and only in demo mode; production installations have no default accounts.
/// </summary>
internal sealed class DemoAccounts(UserManager<PlatformUser> users, ISender sender, TimeProvider time) : IDemoDataSeeder
{
    public const string Password = "Demo-Passwort-2026";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("admin@demo.laborplattform.de", "Alex Admin (Demo)", Roles.Administrator, null),
        new("koordination@demo.laborplattform.de", "Kim Koordination (Demo)", Roles.LabCoordinator, "bremen-bremerhaven"),
        new("kommune@demo.laborplattform.de", "Sam Sachbearbeitung (Demo)", Roles.MunicipalStaff, "bremen-bremerhaven"),
        new("ministerium@demo.laborplattform.de", "Robin Referat (Demo)", Roles.MinistryReviewer, null),
        new("koordination-nordhessen@demo.laborplattform.de", "Nika Nordhessen (Demo)", Roles.LabCoordinator, "demo-labor-nordhessen"),
    ];

    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var account in All)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            var user = new PlatformUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                CreatedAt = time.GetUtcNow(),
            };
            await users.CreateAsync(user, Password);
            await users.AddToRoleAsync(user, account.Role);
            if (account.LabSlug is not null && await sender.Send(new GetLabBySlug(account.LabSlug), cancellationToken) is { } lab)
            {
                await users.AddClaimAsync(user, new Claim(PlatformClaims.LabScope, lab.Id.ToString()));
            }
        }
    }
}

internal sealed record DemoAccount(string Email, string DisplayName, string Role, string? LabSlug);
