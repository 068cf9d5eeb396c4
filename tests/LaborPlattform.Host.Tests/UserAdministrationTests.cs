using System.Net;
using System.Text.RegularExpressions;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Host.Tests;

public sealed partial class UserAdministrationTests(PlatformFactory platform)
{
    private static Dictionary<string, string> InviteForm(string email, string name, string role, params Guid[] labs)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("Email", email),
            new("Access.DisplayName", name),
            new("Access.Roles", role),
        };
        form.AddRange(labs.Select(l => new KeyValuePair<string, string>("Access.LabIds", l.ToString())));
        return form.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => string.Join(",", g.Select(f => f.Value)));
    }

    private static async Task<string> InvitationLinkAsync(HttpClient admin, HttpResponseMessage invited)
    {
        invited.StatusCode.ShouldBe(HttpStatusCode.Redirect, await invited.Content.ReadAsStringAsync());
        var page = await admin.GetStringAsync(invited.Headers.Location!.ToString());
        var link = LinkPattern().Match(page);
        link.Success.ShouldBeTrue("the invitation link is shown once after inviting");
        return WebUtility.HtmlDecode(link.Groups[1].Value);
    }

    [Fact]
    public async Task An_invited_person_sets_a_password_and_works_in_the_assigned_lab()
    {
        var lab = await platform.CreateLabAsync();
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var email = $"eingeladen-{Guid.NewGuid():N}@kommune.example";

        var invited = await admin.PostFormAsync("/admin/benutzer/neu", InviteForm(email, "Ina Eingeladen", Roles.LabCoordinator, lab.Id));
        var link = new Uri(await InvitationLinkAsync(admin, invited));

        using var person = platform.CreateBrowserlikeClient();
        var tooShort = await person.PostFormAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.UserId"] = QueryValue(link, "benutzer"),
            ["Input.Token"] = QueryValue(link, "code"),
            ["Input.Password"] = "kurz",
            ["Input.PasswordRepeat"] = "kurz",
        });
        (await tooShort.Content.ReadAsStringAsync()).ShouldContain("mindestens 12 Zeichen");

        var accepted = await person.PostFormAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.UserId"] = QueryValue(link, "benutzer"),
            ["Input.Token"] = QueryValue(link, "code"),
            ["Input.Password"] = "drei lange Wörter reichen",
            ["Input.PasswordRepeat"] = "drei lange Wörter reichen",
        });
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var signedIn = await platform.SignInAsync(email, "drei lange Wörter reichen");
        (await signedIn.GetAsync($"/intern/labore/{lab.Id}/bearbeiten")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_lab_scoped_role_without_a_lab_is_refused_with_the_field_named()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);

        var refused = await admin.PostFormAsync("/admin/benutzer/neu", InviteForm($"x-{Guid.NewGuid():N}@example.org", "Ohne Labor", Roles.MunicipalStaff));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("id=\"Access_LabIds-error\"");
    }

    [Fact]
    public async Task An_invalid_email_address_is_refused_next_to_the_field()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);

        var refused = await admin.PostFormAsync("/admin/benutzer/neu", InviteForm("keine-adresse", "Name", Roles.MinistryReviewer));

        (await refused.Content.ReadAsStringAsync()).ShouldContain("id=\"Email-error\"");
    }

    [Fact]
    public async Task A_disabled_persons_open_session_stops_working_at_once()
    {
        var lab = await platform.CreateLabAsync();
        var account = await platform.CreateAccountAsync(Roles.LabCoordinator, lab.Id);
        using var person = await platform.SignInAsync(account.Email, account.Password);
        (await person.GetAsync("/intern")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var admin = await platform.ClientAsAsync(Roles.Administrator);

        (await admin.PostFormAsync($"/admin/benutzer/{account.UserId}", new Dictionary<string, string> { ["disabled"] = "true" }, handler: "Disable"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await person.GetAsync("/intern")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await person.GetAsync($"/api/labs/{lab.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var again = platform.CreateBrowserlikeClient();
        var signIn = await again.PostFormAsync("/anmelden", new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Password"] = account.Password });
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK, "a disabled account cannot sign in again");
    }

    [Fact]
    public async Task Taking_a_lab_away_applies_to_the_persons_next_request()
    {
        var labA = await platform.CreateLabAsync();
        var labB = await platform.CreateLabAsync();
        var account = await platform.CreateAccountAsync(Roles.LabCoordinator, labA.Id);
        using var person = await platform.SignInAsync(account.Email, account.Password);
        (await person.GetAsync($"/api/labs/{labA.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var edit = await admin.GetStringAsync($"/admin/benutzer/{account.UserId}");
        var stamp = StampPattern().Match(edit).Groups[1].Value;

        var saved = await admin.PostFormAsync($"/admin/benutzer/{account.UserId}", new Dictionary<string, string>
        {
            ["ConcurrencyStamp"] = WebUtility.HtmlDecode(stamp),
            ["Access.DisplayName"] = "Umgezogen",
            ["Access.Roles"] = Roles.LabCoordinator,
            ["Access.LabIds"] = labB.Id.ToString(),
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await person.GetAsync($"/api/labs/{labA.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await person.GetAsync($"/api/labs/{labB.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_stale_account_form_is_refused_and_changes_nothing()
    {
        var account = await platform.CreateAccountAsync(Roles.MinistryReviewer);
        using var admin = await platform.ClientAsAsync(Roles.Administrator);

        var refused = await admin.PostFormAsync($"/admin/benutzer/{account.UserId}", new Dictionary<string, string>
        {
            ["ConcurrencyStamp"] = "veraltet",
            ["Access.DisplayName"] = "Überschrieben",
            ["Access.Roles"] = Roles.MinistryReviewer,
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("inzwischen von jemand anderem geändert");
        (await admin.GetStringAsync("/admin/benutzer")).ShouldNotContain("Überschrieben");
    }

    [Fact]
    public async Task Administrators_cannot_lock_themselves_out()
    {
        var adminAccount = await platform.CreateAccountAsync(Roles.Administrator);
        using var admin = await platform.SignInAsync(adminAccount.Email, adminAccount.Password);

        var refused = await admin.PostFormAsync($"/admin/benutzer/{adminAccount.UserId}", new Dictionary<string, string> { ["disabled"] = "true" }, handler: "Disable");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("eigenes Konto nicht deaktivieren");
        (await admin.GetAsync("/admin/benutzer")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(Roles.LabCoordinator)]
    [InlineData(Roles.MunicipalStaff)]
    [InlineData(Roles.MinistryReviewer)]
    public async Task Only_administrators_reach_the_administration(string role)
    {
        var account = await platform.CreateAccountAsync(Roles.MinistryReviewer);
        using var client = await platform.ClientAsAsync(role, role == Roles.MinistryReviewer ? [] : [(await platform.CreateLabAsync()).Id]);

        (await client.GetAsync("/admin/benutzer")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/admin/benutzer/neu")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/admin/benutzer/{account.UserId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/admin/protokoll")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var post = await client.PostAsync($"/admin/benutzer/{account.UserId}?handler=Disable", new FormUrlEncodedContent([new("disabled", "true")]));
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static string QueryValue(Uri uri, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query)[name].ToString();

    [GeneratedRegex("<code class=\"lp-pre\" id=\"einladungslink\">([^<]+)</code>")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("name=\"ConcurrencyStamp\" value=\"([^\"]*)\"")]
    private static partial Regex StampPattern();
}
