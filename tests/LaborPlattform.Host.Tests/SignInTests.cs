using System.Net;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Host.Tests;

public sealed class SignInTests(PlatformFactory platform)
{
    private static Dictionary<string, string> Credentials(string email, string password) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task Signing_in_leads_to_the_work_area_with_the_persons_labs()
    {
        var lab = await platform.CreateLabAsync();
        var account = await platform.CreateAccountAsync(Roles.LabCoordinator, lab.Id);
        using var client = await platform.SignInAsync(account.Email, account.Password);

        var home = await client.GetStringAsync("/intern");

        home.ShouldContain(lab.Name);
        home.ShouldContain("Laborkoordination");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_whether_the_account_exists()
    {
        var account = await platform.CreateAccountAsync(Roles.MunicipalStaff);
        using var client = platform.CreateBrowserlikeClient();

        var wrongPassword = await client.PostFormAsync("/anmelden", Credentials(account.Email, "falsches-passwort-123"));
        var unknownAccount = await client.PostFormAsync("/anmelden", Credentials("niemand@example.org", "falsches-passwort-123"));

        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.OK);
        var wrongText = await wrongPassword.Content.ReadAsStringAsync();
        wrongText.ShouldContain("E-Mail-Adresse oder Passwort sind falsch");
        (await unknownAccount.Content.ReadAsStringAsync()).ShouldContain("E-Mail-Adresse oder Passwort sind falsch");
        (await client.GetAsync("/intern")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_for_the_right_password()
    {
        var account = await platform.CreateAccountAsync(Roles.MunicipalStaff);
        using var client = platform.CreateBrowserlikeClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/anmelden", Credentials(account.Email, "falsches-passwort-123"));
        }

        var locked = await client.PostFormAsync("/anmelden", Credentials(account.Email, account.Password));

        locked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await locked.Content.ReadAsStringAsync()).ShouldContain("für 15 Minuten gesperrt");
    }

    [Fact]
    public async Task Demo_credentials_are_not_shown_outside_demo_mode()
    {
        using var client = platform.CreateBrowserlikeClient();

        var page = await client.GetStringAsync("/anmelden");

        page.ShouldNotContain("Demo-Zugänge");
        page.ShouldNotContain("Demo-Passwort");
    }

    [Fact]
    public async Task Signing_out_needs_a_post_with_a_form_token()
    {
        var account = await platform.CreateAccountAsync(Roles.MinistryReviewer);
        using var client = await platform.SignInAsync(account.Email, account.Password);

        (await client.PostAsync("/abmelden", new FormUrlEncodedContent([]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/intern")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.PostFormAsync("/abmelden", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/intern")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
