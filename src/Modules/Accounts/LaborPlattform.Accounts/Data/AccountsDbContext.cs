using LaborPlattform.Shared.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace LaborPlattform.Accounts.Data;

/// <summary>
/// The account store (ASP.NET Core Identity) with its own tables (<c>accounts_*</c>) and migrations history.
/// Changes to accounts are audited like module data; names, e-mail addresses and secrets are never written to
/// the trail.
/// </summary>
internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<PlatformUser>(options), IAuditedDbContext
{
    public const string Prefix = "accounts";

    public string ModuleName => "Accounts";

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<PlatformUser>(user =>
        {
            user.ToTable("accounts_users");
            user.Property(u => u.DisplayName).HasMaxLength(200);
            foreach (var personal in new[] { nameof(IdentityUser.UserName), nameof(IdentityUser.NormalizedUserName), nameof(IdentityUser.Email), nameof(IdentityUser.NormalizedEmail), nameof(IdentityUser.PhoneNumber), nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(IdentityUser.ConcurrencyStamp) })
            {
                user.Property(personal).HasAnnotation(PersonalDataAnnotation.Name, true);
            }
        });
        builder.Entity<IdentityRole>().ToTable("accounts_roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("accounts_user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("accounts_user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("accounts_user_logins");
        builder.Entity<IdentityUserToken<string>>(token =>
        {
            token.ToTable("accounts_user_tokens");
            token.HasAnnotation(PersonalDataAnnotation.Name, true);
        });
        builder.Entity<IdentityRoleClaim<string>>().ToTable("accounts_role_claims");
        builder.Entity<IdentityRole>().Property(r => r.ConcurrencyStamp).HasAnnotation(PersonalDataAnnotation.Name, true);

        // The four roles are reference data: they exist in every installation, with fixed ids.
        builder.Entity<IdentityRole>().HasData(LaborPlattform.Shared.Authorization.Roles.All.Select((role, i) => new IdentityRole(role)
        {
            Id = $"role-{role.ToLowerInvariant()}",
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = $"role-{i + 1}",
        }));

        AuditModel.Configure(builder, Prefix);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
