using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LaborPlattform.Reporting.Layout;

/// <summary>The typography of reports: sizes in points, colours calm and with enough contrast for print and screen.</summary>
internal sealed record TextStyle(double Size, bool Bold, XColor Color, double LineFactor = 1.3, double SpaceBefore = 0, double SpaceAfter = 6)
{
    public double LineHeight => Size * LineFactor;

    public static readonly XColor Ink = XColor.FromArgb(0x1b, 0x1f, 0x2a);
    public static readonly XColor Muted = XColor.FromArgb(0x4a, 0x4f, 0x5e);
    public static readonly XColor Accent = XColor.FromArgb(0x0b, 0x4f, 0x8a);

    public static readonly TextStyle Body = new(10.5, false, Ink);
    public static readonly TextStyle Small = new(8.5, false, Muted, SpaceAfter: 4);
    public static readonly TextStyle Title = new(24, true, Accent, 1.2, SpaceAfter: 10);
    public static readonly TextStyle Subtitle = new(14, false, Ink, 1.3, SpaceAfter: 18);
    public static readonly TextStyle Heading1 = new(16, true, Accent, 1.2, SpaceBefore: 10, SpaceAfter: 8);
    public static readonly TextStyle Heading2 = new(13, true, Ink, 1.2, SpaceBefore: 8, SpaceAfter: 6);
    public static readonly TextStyle Heading3 = new(11.5, true, Ink, 1.2, SpaceBefore: 6, SpaceAfter: 4);
    public static readonly TextStyle TableHeader = new(9, true, Ink, 1.25);
    public static readonly TextStyle TableCell = new(9, false, Ink, 1.25);
    public static readonly TextStyle CompactTableHeader = new(8, true, Ink, 1.25);
    public static readonly TextStyle CompactTableCell = new(8, false, Ink, 1.25);
    public static readonly TextStyle PageFurniture = new(8, false, Muted);

    public static TextStyle ForHeading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };

    public static TextStyle For(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Small => Small,
        ParagraphKind.Title => Title,
        ParagraphKind.Subtitle => Subtitle,
        _ => Body,
    };
}

/// <summary>
/// Measures text and breaks it into lines without hyphenation: lines break at spaces; a word wider than the line
/// breaks after a slash or a hyphen it contains, and only as a last resort between letters (never adding a hyphen).
/// Word widths are cached, which keeps long reports linear in their length.
/// </summary>
internal sealed class TextMeasurer : IDisposable
{
    private readonly XGraphics _graphics = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<(TextStyle Style, string Text), double> _widths = [];
    private readonly Dictionary<TextStyle, XFont> _fonts = [];
    private readonly string _family;

    public TextMeasurer(string family)
    {
        ReportFonts.EnsureRegistered();
        _family = family;
    }

    public XFont Font(TextStyle style)
    {
        if (!_fonts.TryGetValue(style, out var font))
        {
            font = new XFont(_family, style.Size, style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts[style] = font;
        }

        return font;
    }

    public double Width(string text, TextStyle style)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!_widths.TryGetValue((style, text), out var width))
        {
            width = _graphics.MeasureString(text, Font(style)).Width;
            _widths[(style, text)] = width;
        }

        return width;
    }

    public IReadOnlyList<string> Wrap(string text, TextStyle style, double maxWidth)
    {
        var lines = new List<string>();
        foreach (var hardLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            WrapLine(hardLine, style, maxWidth, lines);
        }

        return lines;
    }

    private void WrapLine(string text, TextStyle style, double maxWidth, List<string> lines)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            lines.Add(string.Empty);
            return;
        }

        var space = Width(" ", style);
        var current = new System.Text.StringBuilder();
        var currentWidth = 0.0;
        foreach (var word in words)
        {
            var width = Width(word, style);
            if (current.Length > 0 && currentWidth + space + width <= maxWidth)
            {
                current.Append(' ').Append(word);
                currentWidth += space + width;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current.ToString());
                current.Clear();
                currentWidth = 0;
            }

            var rest = word;
            while (Width(rest, style) > maxWidth)
            {
                var cut = BreakPoint(rest, style, maxWidth);
                lines.Add(rest[..cut]);
                rest = rest[cut..];
            }

            current.Append(rest);
            currentWidth = Width(rest, style);
        }

        lines.Add(current.ToString());
    }

    /// <summary>The length of the longest head of <paramref name="word"/> that fits, preferring a cut after '/' or '-'.</summary>
    private int BreakPoint(string word, TextStyle style, double maxWidth)
    {
        var fits = 1;
        for (var length = 1; length < word.Length; length++)
        {
            if (Width(word[..length], style) > maxWidth)
            {
                break;
            }

            fits = length;
        }

        for (var length = fits; length > 1; length--)
        {
            if (word[length - 1] is '/' or '-')
            {
                return length;
            }
        }

        return fits;
    }

    public void Dispose() => _graphics.Dispose();
}
