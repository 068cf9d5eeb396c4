using System.Net;
using System.Text.Json;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Persistence;
using LaborPlattform.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace LaborPlattform.Host.Tests;

public sealed class PlatformTests(PlatformFactory platform)
{
    [Fact]
    public async Task Health_reports_liveness_and_database_readiness_to_anyone()
    {
        using var client = platform.CreateBrowserlikeClient();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/anmelden")]
    [InlineData("/api/labs")]
    [InlineData("/gibt-es-nicht")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = platform.CreateBrowserlikeClient();

        var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task Every_form_carries_an_antiforgery_token_and_a_post_without_it_is_refused()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        (await coordinator.GetStringAsync($"/intern/labore/{lab.Id}/bearbeiten")).ShouldContain("__RequestVerificationToken");
        var forged = await coordinator.PostAsync($"/intern/labore/{lab.Id}/bearbeiten", new FormUrlEncodedContent([new("Input.Name", "Gefälscht")]));

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_pages_get_a_german_error_page_without_technical_details()
    {
        using var client = platform.CreateBrowserlikeClient();

        var response = await client.GetAsync("/gibt-es-nicht");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Seite nicht gefunden");
        html.ShouldNotContain("Exception");
        html.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Api_refusals_are_problem_details()
    {
        using var anonymous = platform.CreateBrowserlikeClient();
        var unauthorized = await anonymous.GetAsync("/api/labs");
        unauthorized.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unauthorized.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var lab = await platform.CreateLabAsync();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var forbidden = await reviewer.PostAsync("/api/programmes", JsonContent("{}"));
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        forbidden.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        lab.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        using var client = platform.CreateBrowserlikeClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        paths.TryGetProperty("/api/labs", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/labs/{labId}", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/labs/{labId}/municipalities", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Every_module_has_its_own_tables_and_migrations_history_and_the_model_matches_its_migrations()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetServices<IModuleDatabase>().ToList();
        contexts.Select(c => c.Module).ShouldContain("Labs");
        contexts.Select(c => c.Module).ShouldContain("Accounts");
        foreach (var module in contexts)
        {
            (await module.PendingMigrationsAsync(CancellationToken.None)).ShouldBeEmpty($"{module.Module} has unapplied migrations");
            module.HasPendingModelChanges().ShouldBeFalse($"the {module.Module} model has changes without a migration");
        }

        var tables = await TablesAsync();
        tables.ShouldContain("__labs_migrations");
        tables.ShouldContain("__accounts_migrations");
        tables.Where(t => !t.StartsWith("__", StringComparison.Ordinal) && !t.StartsWith("sqlite_", StringComparison.Ordinal))
            .ShouldAllBe(t => t.Contains('_'), "module tables carry their module prefix");
    }

    [Fact]
    public async Task The_database_runs_in_write_ahead_mode_with_foreign_keys()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<PlatformDatabase>();
        database.DatabaseFile.ShouldStartWith(platform.DataDirectory);

        var accounts = scope.ServiceProvider.GetRequiredService<LaborPlattform.Accounts.Data.AccountsDbContext>();
        await accounts.Database.OpenConnectionAsync();
        await using var command = accounts.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        (await command.ExecuteScalarAsync())!.ToString().ShouldBe("wal");
        command.CommandText = "PRAGMA foreign_keys;";
        Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(1);
        command.CommandText = "PRAGMA busy_timeout;";
        Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(5000);
    }

    [Fact]
    public async Task The_language_can_be_switched_to_english_and_stays_german_by_default()
    {
        using var client = platform.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        (await client.GetStringAsync("/")).ShouldContain("Zum Inhalt springen");

        var switched = await client.GetAsync("/sprache?culture=en&returnUrl=/");
        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var english = await client.GetStringAsync("/");
        english.ShouldContain("<html lang=\"en\">");
        english.ShouldContain("Skip to content");
        (await client.GetAsync("/sprache?culture=en&returnUrl=https://example.org/")).Headers.Location!.ToString().ShouldBe("/");
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(platform.DataDirectory, "laborplattform.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
