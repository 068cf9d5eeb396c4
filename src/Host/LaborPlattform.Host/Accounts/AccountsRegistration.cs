using LaborPlattform.Shared.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace LaborPlattform.Host.Accounts;

internal static class AccountsRegistration
{
    public const string SignInPath = "/anmelden";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbContext<AccountsDbContext>((sp, options) => options.UsePlatformSqlite(sp, AccountsDbContext.Prefix));
        services.AddAuditedContext<AccountsDbContext>();
        services.AddScoped<IModuleDatabase, AccountsDatabase>();
        services.AddHealthChecks().AddDbContextCheck<AccountsDbContext>(nameof(AccountsDbContext), tags: ["ready"]);

        services
            .AddIdentity<PlatformUser, IdentityRole>(options =>
            {
                // NIST SP 800-63B and BSI: length over composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager<PlatformSignInManager>()
            .AddClaimsPrincipalFactory<PlatformClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<GermanIdentityErrors>();

        // Invitation links stay valid for a week; they are password-reset tokens and die with any security stamp change.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));

        // Every request re-checks the security stamp: disabling an account, or changing its roles or labs, takes
        // effect on the user's next request, not at the end of the cookie's lifetime.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "laborplattform";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = "/abmelden";
            cookie.AccessDeniedPath = "/fehler/403";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync,
                // The API answers with status codes; pages send people to the sign-in form.
                OnRedirectToLogin = context =>
                {
                    if (IsApi(context.Request))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    }
                    else
                    {
                        context.Response.Redirect(context.RedirectUri);
                    }

                    return Task.CompletedTask;
                },
                // A refused page answers 403 with the error page, it does not redirect.
                OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                },
            };
        });

        services.AddDataProtection()
            .SetApplicationName("LaborPlattform")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(new PlatformDatabase(configuration).DataDirectory, "keys")));

        return services;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}

internal sealed class AccountsDatabase(AccountsDbContext context) : IModuleDatabase
{
    public string Module => context.ModuleName;

    public Task MigrateAsync(CancellationToken cancellationToken) => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(context.Database, cancellationToken);

    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken) =>
        (await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(context.Database, cancellationToken)).ToList();

    public bool HasPendingModelChanges() => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.HasPendingModelChanges(context.Database);
}

/// <summary>Identity's messages in German, for the forms that show them.</summary>
internal sealed class GermanIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Das Passwort muss mindestens {length} Zeichen lang sein." };

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = "Für diese E-Mail-Adresse gibt es bereits ein Konto." };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = "Für diese E-Mail-Adresse gibt es bereits ein Konto." };

    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = "Die E-Mail-Adresse ist ungültig." };

    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Der Link ist ungültig oder abgelaufen. Bitte fordern Sie bei der Administration einen neuen an." };

    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Das Konto wurde inzwischen geändert. Bitte laden Sie die Seite neu." };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Das bisherige Passwort ist falsch." };
}
