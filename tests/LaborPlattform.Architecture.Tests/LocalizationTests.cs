using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace LaborPlattform.Architecture.Tests;

/// <summary>
/// The UI is German first and must be usable in English (language switch at <c>/sprache</c>): every German text a
/// page or page model passes through its module's localizer, and every navigation entry, has an English
/// translation in the module's <c>Resources/&lt;Module&gt;Resource.en.resx</c>. Without one, an English user sees
/// German. Texts built at run time (interpolated keys) are not found by this scan.
/// </summary>
public sealed partial class LocalizationTests
{
    public static TheoryData<string, string, string> Resources => new()
    {
        { "src/Shared/LaborPlattform.Shared", "LaborPlattform.Shared", "Localization.SharedResource" },
        { "src/Host/LaborPlattform.Host", "LaborPlattform.Host", "HostResource" },
        { "src/Modules/Accounts/LaborPlattform.Accounts", "LaborPlattform.Accounts", "AccountsResource" },
        { "src/Modules/Labs/LaborPlattform.Labs", "LaborPlattform.Labs", "LabsResource" },
        { "src/Modules/Projects/LaborPlattform.Projects", "LaborPlattform.Projects", "ProjectsResource" },
        { "src/Modules/Stakeholders/LaborPlattform.Stakeholders", "LaborPlattform.Stakeholders", "StakeholdersResource" },
        { "src/Modules/Workshops/LaborPlattform.Workshops", "LaborPlattform.Workshops", "WorkshopsResource" },
        { "src/Modules/Reporting/LaborPlattform.Reporting", "LaborPlattform.Reporting", "ReportingResource" },
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public void Every_localized_text_has_an_English_translation(string folder, string assemblyName, string resource)
    {
        var root = Path.Combine(RepositoryRoot(), folder);
        var keys = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LocalizedText().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups["key"].Value)))
            .ToHashSet(StringComparer.Ordinal);
        keys.Count.ShouldBeGreaterThan(2, $"{folder} should pass its texts through its localizer");

        var manager = new ResourceManager($"{assemblyName}.Resources.{resource}", Assembly.Load(assemblyName));
        var english = CultureInfo.GetCultureInfo("en");
        var missing = keys.Where(k => manager.GetString(k, english) is null or "").Order(StringComparer.Ordinal).ToList();

        missing.ShouldBeEmpty($"{missing.Count} of {keys.Count} texts of {assemblyName} have no English translation in Resources/{resource.Replace('.', '/')}.en.resx");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LaborPlattform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LaborPlattform.sln not found above the test's folder.");
    }

    // T["…"] / t["…"] / _t["…"] in pages and page models, and the first text of a navigation entry or lab link.
    [GeneratedRegex("""(?:(?<!\w)_?[tT]\[|new NavigationItem\(|new LabLink\(|new PublicLabLink\()"(?<key>(?:[^"\\]|\\.)+)"(?=[\],)])""")]
    private static partial Regex LocalizedText();
}
