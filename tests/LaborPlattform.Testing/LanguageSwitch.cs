using System.Net;
using Shouldly;

namespace LaborPlattform.Testing;

public static class LanguageSwitch
{
    /// <summary>
    /// Follows the language link as a browser does: <c>/sprache</c> sets the culture cookie (kept by the client) and
    /// redirects back to <paramref name="returnUrl"/>.
    /// </summary>
    public static async Task SwitchLanguageAsync(this HttpClient client, string culture, string returnUrl)
    {
        using var response = await client.GetAsync($"/sprache?culture={culture}&returnUrl={Uri.EscapeDataString(returnUrl)}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(returnUrl);
    }
}
