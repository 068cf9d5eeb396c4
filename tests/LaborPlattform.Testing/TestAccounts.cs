using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using LaborPlattform.Accounts.Domain;
using LaborPlattform.Shared.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace LaborPlattform.Testing;

public sealed record TestAccount(string UserId, string Email, string Password, string Role, IReadOnlyList<Guid> LabIds);

/// <summary>Accounts for tests, created directly in the store, and clients signed in through the real sign-in form.</summary>
public static partial class TestAccounts
{
    public const string Password = "Test-Passwort-lang-genug";

    public static async Task<TestAccount> CreateAccountAsync(this PlatformFactory factory, string role, params Guid[] labIds)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.laborplattform.de";
        var user = new PlatformUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = $"Test {Roles.DisplayName(role)}",
            CreatedAt = factory.Time.GetUtcNow(),
        };
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        foreach (var labId in labIds)
        {
            (await users.AddClaimAsync(user, new Claim(PlatformClaims.LabScope, labId.ToString()))).Succeeded.ShouldBeTrue();
        }

        return new TestAccount(user.Id, email, Password, role, labIds);
    }

    /// <summary>A client signed in as a new account with this role (and these labs).</summary>
    public static async Task<HttpClient> ClientAsAsync(this PlatformFactory factory, string role, params Guid[] labIds)
    {
        var account = await factory.CreateAccountAsync(role, labIds);
        return await factory.SignInAsync(account.Email, account.Password);
    }

    public static async Task<HttpClient> SignInAsync(this PlatformFactory factory, string email, string password)
    {
        var client = factory.CreateBrowserlikeClient();
        var response = await client.PostFormAsync("/anmelden", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "signing in should redirect to the work area");
        return client;
    }

    /// <summary>Loads a page, takes its antiforgery token and posts the form fields back, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        token.Success.ShouldBeTrue($"{pageUrl} answered {(int)page.StatusCode} without a form token");
        var form = fields.ToList();
        form.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        var target = handler is null ? pageUrl : $"{pageUrl}{(pageUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
