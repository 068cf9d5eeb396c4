using System.Net;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Host.Tests;

/// <summary>The host's pages in English after a person chooses English with the language link, and German again after switching back.</summary>
public sealed class EnglishTests(PlatformFactory platform)
{
    [Fact]
    public async Task User_administration_is_shown_in_English_after_switching_and_in_German_after_switching_back()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        (await admin.GetStringAsync("/admin/benutzer")).ShouldContain("Person einladen");

        await admin.SwitchLanguageAsync("en", "/admin/benutzer");
        var english = await admin.GetStringAsync("/admin/benutzer");
        english.ShouldContain("<html lang=\"en\">");
        english.ShouldContain("<h1 class=\"kern-heading-x-large\">User accounts</h1>");
        english.ShouldContain("Invite a person");
        english.ShouldContain(">Email address</th>");
        english.ShouldContain(">Roles</th>");
        english.ShouldContain("Sign out");
        english.ShouldNotContain("Person einladen");
        english.ShouldNotContain("Benutzerkonten");

        var invite = await admin.GetStringAsync("/admin/benutzer/neu");
        invite.ShouldContain("Display name");
        invite.ShouldContain("Lab coordination");
        invite.ShouldContain("Cancel");

        await admin.SwitchLanguageAsync("de-DE", "/admin/benutzer");
        var german = await admin.GetStringAsync("/admin/benutzer");
        german.ShouldContain("<html lang=\"de\">");
        german.ShouldContain("<h1 class=\"kern-heading-x-large\">Benutzerkonten</h1>");
        german.ShouldNotContain("Invite a person");
    }

    [Fact]
    public async Task Sign_in_page_its_error_message_and_the_not_found_page_are_in_English()
    {
        using var client = platform.CreateBrowserlikeClient();
        await client.SwitchLanguageAsync("en", "/anmelden");

        var page = await client.GetStringAsync("/anmelden");
        page.ShouldContain("<h1 class=\"kern-heading-large\">Sign in</h1>");
        page.ShouldContain("No access yet?");

        var refused = await client.PostFormAsync("/anmelden", new Dictionary<string, string>
        {
            ["Input.Email"] = $"niemand-{Guid.NewGuid():N}@test.laborplattform.de",
            ["Input.Password"] = "falsches Passwort",
        });
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        refusedPage.ShouldContain("The email address or password is wrong, or the account is deactivated.");
        refusedPage.ShouldContain("Please check your entry (1 error)");

        var missing = await client.GetAsync("/gibt-es-nicht");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var notFound = await missing.Content.ReadAsStringAsync();
        notFound.ShouldContain("Page not found");
        notFound.ShouldContain("Go to the home page");
    }
}
