using LaborPlattform.Accounts.Domain;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Persistence;
using Microsoft.AspNetCore.Identity;

namespace LaborPlattform.Host.Composition;

/// <summary>
/// Commands for operators, run instead of the web server:
/// <c>migrate</c> applies all pending migrations and exits;
/// <c>create-admin --email … --name …</c> creates the first administrator of a production installation
/// (password from the environment variable <c>LABORPLATTFORM_ADMIN_PASSWORD</c> or typed at the prompt).
/// </summary>
internal static class OperatorCommands
{
    public const string PasswordVariable = "LABORPLATTFORM_ADMIN_PASSWORD";

    /// <summary>Returns an exit code when <paramref name="args"/> named a command, null to start the web server.</summary>
    public static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        var command = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('=', StringComparison.Ordinal));
        switch (command)
        {
            case "migrate":
                await MigrateAsync(app);
                return 0;
            case "create-admin":
                return await CreateAdminAsync(app, args);
            default:
                return null;
        }
    }

    private static async Task MigrateAsync(WebApplication app)
    {
        app.Services.GetRequiredService<PlatformDatabase>().EnableWriteAheadLog();
        await using var scope = app.Services.CreateAsyncScope();
        foreach (var module in scope.ServiceProvider.GetServices<IModuleDatabase>())
        {
            var pending = await module.PendingMigrationsAsync(CancellationToken.None);
            await module.MigrateAsync(CancellationToken.None);
            await Console.Out.WriteLineAsync($"{module.Module}: {pending.Count} migration(s) applied.");
        }
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        var name = Option(args, "--name") ?? "Administration";
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email admin@example.org [--name \"Name\"]   (password from LABORPLATTFORM_ADMIN_PASSWORD or the prompt)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            await Console.Out.WriteAsync("Password (at least 12 characters): ");
            password = Console.ReadLine() ?? string.Empty;
        }

        await MigrateAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await Console.Error.WriteLineAsync($"An account for {email} exists already; nothing was changed.");
            return 1;
        }

        var user = new PlatformUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
            return 1;
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
        await Console.Out.WriteLineAsync($"Administrator {email} created.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
