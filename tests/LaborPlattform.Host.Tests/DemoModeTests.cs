using System.Net;
using LaborPlattform.Testing;
using Shouldly;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LaborPlattform.Host.Tests;

/// <summary>What a newcomer sees after <c>dotnet run</c>: demo data, demo accounts shown on the sign-in page.</summary>
public sealed class DemoModeTests(DemoPlatformFactory demo) : IClassFixture<DemoPlatformFactory>
{
    [Theory]
    [InlineData("admin@demo.laborplattform.de", "Administration")]
    [InlineData("koordination@demo.laborplattform.de", "Laborkoordination")]
    [InlineData("kommune@demo.laborplattform.de", "Kommunale Mitarbeitende")]
    [InlineData("ministerium@demo.laborplattform.de", "Ministerium")]
    public async Task Each_demo_account_is_shown_on_the_sign_in_page_and_signs_in(string email, string role)
    {
        using var client = demo.CreateBrowserlikeClient();
        var signIn = await client.GetStringAsync("/anmelden");
        signIn.ShouldContain(email);
        signIn.ShouldContain("Demo-Passwort-2026");

        using var signedIn = await demo.SignInAsync(email, "Demo-Passwort-2026");
        (await signedIn.GetStringAsync("/intern")).ShouldContain(role);
    }

    [Fact]
    public async Task The_demo_data_holds_the_Bremen_Bremerhaven_lab_from_the_source_document()
    {
        using var client = demo.CreateBrowserlikeClient();

        var page = await client.GetStringAsync("/labore/bremen-bremerhaven");

        page.ShouldContain("digitale Teilhabe älterer Menschen");
        page.ShouldContain("Stadt Bremerhaven");
        page.ShouldContain("Demo-Modus");
    }

    [Fact]
    public async Task Starting_twice_does_not_duplicate_the_demo_data()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<LaborPlattform.Shared.Demo.IDemoDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(CancellationToken.None);
        }

        using var client = demo.CreateBrowserlikeClient();
        var labs = await client.GetStringAsync("/labore");
        labs.Split("href=\"/labore/bremen-bremerhaven\"").Length.ShouldBe(2);
        (await client.GetAsync("/labore/bremen-bremerhaven-2")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
