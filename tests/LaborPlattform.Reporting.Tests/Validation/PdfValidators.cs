using System.Diagnostics;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Validation;

/// <summary>The output of a validator run: its exit code and everything it printed.</summary>
internal sealed record ValidatorRun(int ExitCode, string Output);

/// <summary>
/// The external validators the reports are checked with: Apache PDFBox Preflight (PDF/A-1b) and qpdf, from Debian's
/// packages (<c>.ci/run</c> installs them). Without them a test is skipped with the reason; with <c>CI=true</c> it fails,
/// so CI never passes without having validated.
/// </summary>
internal static class PdfValidators
{
    private const string Java = "/usr/bin/java";
    private const string Qpdf = "/usr/bin/qpdf";

    /// <summary>Preflight and what it needs on the class path (activation and JAXB are no longer part of Java 11+).</summary>
    private static readonly string[] PreflightJars =
    [
        "/usr/share/java/preflight.jar", "/usr/share/java/pdfbox2.jar", "/usr/share/java/fontbox2.jar", "/usr/share/java/xmpbox.jar",
        "/usr/share/java/commons-logging.jar", "/usr/share/java/javax.activation.jar", "/usr/share/java/jaxb-api.jar",
    ];

    private const string Packages = "apt-get install default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java qpdf";

    public static async Task<ValidatorRun> PreflightAsync(string pdf)
    {
        Require([Java, .. PreflightJars]);
        return await RunAsync(Java, ["-cp", string.Join(':', PreflightJars), "org.apache.pdfbox.preflight.Validator_A1b", pdf]);
    }

    public static async Task<ValidatorRun> QpdfCheckAsync(string pdf)
    {
        Require([Qpdf]);
        return await RunAsync(Qpdf, ["--check", pdf]);
    }

    private static void Require(string[] files)
    {
        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var reason = $"PDF validator missing ({string.Join(", ", missing)}); install it with: {Packages}.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(reason + " The PDF validation must run in CI.");
        }

        Assert.Skip(reason);
    }

    private static async Task<ValidatorRun> RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new ValidatorRun(process.ExitCode, (await output) + (await errors));
    }
}
