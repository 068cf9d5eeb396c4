using System.Globalization;
using System.Text.RegularExpressions;

namespace LaborPlattform.Labs.AddTeachingLink;

internal static partial class TermRules
{
    /// <summary>"WiSe 2025/26" (winter term, the second year following the first) or "SoSe 2026".</summary>
    public static bool IsTerm(string? term)
    {
        if (string.IsNullOrWhiteSpace(term))
        {
            return false;
        }

        var match = TermPattern().Match(term.Trim());
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups["kind"].Value == "SoSe")
        {
            return !match.Groups["next"].Success;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return match.Groups["next"].Success
            && int.Parse(match.Groups["next"].Value, CultureInfo.InvariantCulture) == (year + 1) % 100;
    }

    [GeneratedRegex(@"^(?<kind>WiSe|SoSe) (?<year>(19|20)\d{2})(/(?<next>\d{2}))?$")]
    private static partial Regex TermPattern();
}
