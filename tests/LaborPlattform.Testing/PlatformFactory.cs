using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace LaborPlattform.Testing;

/// <summary>
/// The whole platform, as it runs in production, on a fresh SQLite file in a temporary folder (never the EF
/// in-memory provider). One instance serves a test assembly or class; tests create their own data with
/// unique names so they can share it and run in parallel.
/// </summary>
public class PlatformFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly bool _kestrel;

    public PlatformFactory()
        : this(kestrel: false)
    {
    }

    protected PlatformFactory(bool kestrel)
    {
        _kestrel = kestrel;
        DataDirectory = Path.Combine(Path.GetTempPath(), "laborplattform-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        if (kestrel)
        {
            // Browser tests need a real server; it listens on loopback only, on a free port.
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }

    public string DataDirectory { get; }

    /// <summary>The platform's clock. Starts at the real time; tests may move it.</summary>
    public FakeTimeProvider Time { get; } = new(TimeProvider.System.GetUtcNow());

    /// <summary>Whether demo data and demo accounts are seeded (off by default: tests make their own data).</summary>
    protected virtual bool DemoMode => false;

    /// <summary>The address of the real server (Kestrel factories only).</summary>
    public Uri ServerAddress
    {
        get
        {
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("LaborPlattform:DataDirectory", DataDirectory);
        builder.UseSetting("LaborPlattform:DemoMode", DemoMode ? "true" : "false");
        // Quiet test output: refusals are expected outcomes here; warnings and errors still show.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:LaborPlattform", "Warning");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    public virtual ValueTask InitializeAsync()
    {
        if (_kestrel)
        {
            StartServer();
        }
        else
        {
            _ = Server;
        }

        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalising connection; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>A client that does not follow redirects (so tests see them) and keeps cookies.</summary>
    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}

/// <summary>The platform with demo data and demo accounts, as <c>dotnet run</c> starts it.</summary>
public class DemoPlatformFactory : PlatformFactory
{
    protected override bool DemoMode => true;
}

/// <summary>The platform on a real Kestrel server on 127.0.0.1, for browser tests; with demo data.</summary>
public class ServerPlatformFactory() : PlatformFactory(kestrel: true)
{
    protected override bool DemoMode => true;
}
