using LaborPlattform.Accounts.Demo;
using LaborPlattform.Accounts.SignIn;
using LaborPlattform.Shared.Auditing;
using LaborPlattform.Shared.Demo;
using LaborPlattform.Shared.Navigation;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LaborPlattform.Accounts;

/// <summary>
/// Accounts: sign-in (ASP.NET Core Identity with the platform's cookie), invitations, the administration of
/// accounts with their roles and labs, and who works in a lab (<see cref="Contracts.GetLabTeam"/>). Its pages
/// are the sign-in, the own account and the administration's account pages.
/// </summary>
public static class AccountsModule
{
    public const string SignInPath = "/anmelden";

    public static IServiceCollection AddAccountsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, CurrentActor>();
        services.AddScoped<IDemoDataSeeder, DemoAccounts>();
        services.AddValidatorsFromAssemblyContaining<AccountsResource>(includeInternalTypes: true);
        services.AddSingleton(new NavigationItem("Benutzerkonten", "/admin/benutzer", NavigationArea.Administration, 10, typeof(AccountsResource), Policies.Administrator));

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
                    if (ApiRequests.IsApi(context.Request))
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
}
