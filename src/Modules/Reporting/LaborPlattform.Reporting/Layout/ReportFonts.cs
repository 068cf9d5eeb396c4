using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace LaborPlattform.Reporting.Layout;

/// <summary>
/// The font families reports use. <see cref="Sans"/> is a system font (DejaVu Sans, Noto Sans or Liberation Sans)
/// where one is installed and otherwise the Segoe WP faces shipped inside PDFsharp, so a machine without any fonts
/// still produces correct PDFs. <see cref="Shipped"/> always uses the shipped faces (tests prove the fallback with it).
/// </summary>
internal static class ReportFonts
{
    public const string Sans = "LaborPlattform Sans";

    public const string Shipped = "LaborPlattform Shipped";

    private static readonly Lock Gate = new();
    private static ReportFontResolver? _resolver;

    /// <summary>
    /// PDFsharp's font resolver is process-wide and can be set only once; every host, test and benchmark in the process
    /// shares this one.
    /// </summary>
    public static ReportFontResolver Resolver
    {
        get
        {
            lock (Gate)
            {
                if (_resolver is not null)
                {
                    return _resolver;
                }

                var resolver = new ReportFontResolver(ReportFontResolver.DefaultSearchDirectories());
                GlobalFontSettings.FontResolver = resolver;
                _resolver = resolver;
                return resolver;
            }
        }
    }

    public static void EnsureRegistered() => _ = Resolver;
}

/// <summary>A regular and a bold face of one family, as font files on disk or from the shipped assembly.</summary>
internal sealed record FontFamilyFiles(string Name, string Regular, string Bold, bool IsShipped);

internal sealed class ReportFontResolver : IFontResolver
{
    /// <summary>Families we accept from the system, best first: all have the glyphs German text needs (ä, ß, „“, –, €).</summary>
    private static readonly (string Name, string Regular, string Bold)[] Candidates =
    [
        ("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        ("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ];

    public static readonly FontFamilyFiles ShippedFamily = new("Segoe WP (PDFsharp)", "shipped:regular", "shipped:bold", true);

    private readonly Dictionary<string, byte[]> _faces = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ReportFontResolver(IEnumerable<string> searchDirectories)
    {
        System = FindSystemFamily(searchDirectories);
    }

    /// <summary>The system family found, or null when the machine has none of the candidates.</summary>
    public FontFamilyFiles? System { get; }

    /// <summary>What <see cref="ReportFonts.Sans"/> resolves to on this machine.</summary>
    public FontFamilyFiles SansFamily => System ?? ShippedFamily;

    public static IReadOnlyList<string> DefaultSearchDirectories()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var windows = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
        return new[]
            {
                "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".local/share/fonts"), Path.Combine(home, ".fonts"),
                "/Library/Fonts", "/System/Library/Fonts", windows,
            }
            .Where(d => !string.IsNullOrEmpty(d))
            .ToList();
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var family = string.Equals(familyName, ReportFonts.Shipped, StringComparison.Ordinal) ? ShippedFamily : SansFamily;
        // Reports use no italics; should one appear, PDFsharp slants the upright face.
        return new FontResolverInfo(bold ? family.Bold : family.Regular, false, italic);
    }

    public byte[]? GetFont(string faceName)
    {
        lock (_gate)
        {
            if (!_faces.TryGetValue(faceName, out var data))
            {
                data = faceName switch
                {
                    "shipped:regular" => FontDataHelper.SegoeWP,
                    "shipped:bold" => FontDataHelper.SegoeWPBold,
                    _ => File.ReadAllBytes(faceName),
                };
                _faces[faceName] = data;
            }

            return data;
        }
    }

    private static FontFamilyFiles? FindSystemFamily(IEnumerable<string> searchDirectories)
    {
        var directories = searchDirectories.Where(Directory.Exists).ToList();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 5 };
        foreach (var (name, regular, bold) in Candidates)
        {
            var regularPath = Find(directories, regular, options);
            var boldPath = Find(directories, bold, options);
            if (regularPath is not null && boldPath is not null)
            {
                return new FontFamilyFiles(name, regularPath, boldPath, false);
            }
        }

        return null;
    }

    private static string? Find(List<string> directories, string fileName, EnumerationOptions options) =>
        directories
            .SelectMany(d => Directory.EnumerateFiles(d, fileName, options))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
}
