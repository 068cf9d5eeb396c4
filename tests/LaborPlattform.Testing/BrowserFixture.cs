using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace LaborPlattform.Testing;

/// <summary>
/// Debian's Chromium driven by Playwright against the platform on a real loopback server. Where Chromium is
/// missing the browser tests are skipped with the reason shown, except in CI (<c>CI=true</c>), where a missing
/// browser is a failure: browser tests must run there.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public ServerPlatformFactory Platform { get; } = new();

    public IBrowser? Browser { get; private set; }

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await Platform.InitializeAsync();
        if (!File.Exists(ChromiumPath))
        {
            var reason = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(reason + " Browser tests must run in CI.");
            }

            SkipReason = reason;
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Platform.DisposeAsync();
    }

    /// <summary>A fresh browser context (own cookies) with a page on the platform; skips the test when there is no browser.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, float zoom = 1)
    {
        if (SkipReason is not null)
        {
            Assert.Skip(SkipReason);
        }

        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Platform.ServerAddress.ToString(),
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            DeviceScaleFactor = zoom,
            // axe-core is injected as a script; our strict CSP would block it.
            BypassCSP = true,
        });
        // The test modules run in parallel on two cores; a page may wait long for the server without being wrong.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/anmelden");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
        await WaitForPageAsync(page, url => !url.Contains("/anmelden", StringComparison.Ordinal));
    }

    /// <summary>
    /// Waits until the page has navigated to a matching address and its document is parsed to the footer, then gives its
    /// styles and scripts a moment (DOMContentLoaded). Not Playwright's URL wait: when the address already matches, that
    /// waits for the "load" event, which in CI runs on two busy cores was seen not to arrive within 90 s although the
    /// page was there; nothing here depends on images or fonts having loaded.
    /// </summary>
    public static async Task WaitForPageAsync(IPage page, Func<string, bool> url)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!url(page.Url))
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException($"The page stayed at {page.Url} for 90 s.");
            }

            await Task.Delay(50);
        }

        await page.Locator("footer.lp-footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        try
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            // The document is complete (its footer is there); a slow script or stylesheet shows up in the test's own checks.
        }
    }

    /// <inheritdoc cref="WaitForPageAsync(IPage, Func{string, bool})"/>
    public static Task WaitForPageAsync(IPage page, string url) =>
        WaitForPageAsync(page, current => string.Equals(current, url, StringComparison.Ordinal));

    /// <summary>Runs axe-core with the WCAG 2.1 A and AA rules and fails with every violation listed.</summary>
    public static async Task ShouldHaveNoAccessibilityViolationsAsync(IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = results.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        results.Violations.ShouldBeEmpty($"axe found violations on {page.Url}:\n{string.Join("\n", violations)}");
    }
}
