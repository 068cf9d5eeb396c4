using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Shouldly;
using Xunit;

namespace LaborPlattform.Host.Tests;

/// <summary>The commands an operator runs instead of the web server, run as a real process.</summary>
public sealed class OperatorCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "laborplattform-tests", "ops-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string arguments, string? password = null)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "LaborPlattform.Host.dll");
        var start = new ProcessStartInfo("dotnet", $"\"{host}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["LaborPlattform__DataDirectory"] = _data;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        if (password is not null)
        {
            start.Environment["LABORPLATTFORM_ADMIN_PASSWORD"] = password;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task Migrate_applies_every_modules_migrations_without_starting_the_server()
    {
        var (exitCode, output) = await RunAsync("migrate");

        exitCode.ShouldBe(0, output);
        output.ShouldContain("Labs:");
        output.ShouldContain("Accounts:");
        output.ShouldNotContain("Now listening");
        File.Exists(Path.Combine(_data, "laborplattform.db")).ShouldBeTrue();

        var again = await RunAsync("migrate");
        again.Output.ShouldContain("Labs: 0 migration(s) applied.");
    }

    [Fact]
    public async Task Create_admin_creates_the_first_administrator_of_a_production_installation_once()
    {
        var created = await RunAsync("create-admin --email erste@verwaltung.example --name \"Erste Administration\"", "ein langes sicheres Passwort");
        created.ExitCode.ShouldBe(0, created.Output);
        created.Output.ShouldContain("Administrator erste@verwaltung.example created.");

        var twice = await RunAsync("create-admin --email erste@verwaltung.example", "ein langes sicheres Passwort");
        twice.ExitCode.ShouldBe(1);

        var weak = await RunAsync("create-admin --email zweite@verwaltung.example", "kurz");
        weak.ExitCode.ShouldBe(1);
        weak.Output.ShouldContain("mindestens 12 Zeichen");
    }
}
