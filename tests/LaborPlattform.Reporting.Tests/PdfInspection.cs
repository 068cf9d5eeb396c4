using System.Text;
using UglyToad.PdfPig;

namespace LaborPlattform.Reporting.Tests;

/// <summary>Reads generated PDFs back with PdfPig: text per page, words, the catalog and the XMP packet.</summary>
internal sealed class PdfInspection : IDisposable
{
    private readonly PdfDocument _document;

    public PdfInspection(byte[] pdf)
    {
        Bytes = pdf;
        _document = PdfDocument.Open(pdf);
        Pages = _document.GetPages()
            .Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))
            .ToList();
    }

    public byte[] Bytes { get; }

    public PdfDocument Document => _document;

    /// <summary>The words of each page joined by single spaces (PdfPig's word extraction).</summary>
    public IReadOnlyList<string> Pages { get; }

    public int PageCount => Pages.Count;

    public string AllText => string.Join(" ", Pages);

    /// <summary>The raw file as Latin-1 text, to look at dictionaries and the (uncompressed) XMP packet.</summary>
    public string Raw => Encoding.Latin1.GetString(Bytes);

    public string Xmp
    {
        get
        {
            var text = Encoding.UTF8.GetString(Bytes);
            var start = text.IndexOf("<?xpacket begin", StringComparison.Ordinal);
            var end = text.IndexOf("<?xpacket end", StringComparison.Ordinal);
            return start < 0 || end < 0 ? string.Empty : text[start..end];
        }
    }

    /// <summary>
    /// The Unicode text strings written as UTF-16 hex strings (alternative texts, titles with characters beyond Latin-1).
    /// </summary>
    public IReadOnlyList<string> HexTextStrings =>
        System.Text.RegularExpressions.Regex.Matches(Raw, "<FEFF([0-9A-Fa-f\\s]*)>")
            .Select(m => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value, "\\s", string.Empty))))
            .ToList();

    /// <summary>The 1-based page on which <paramref name="text"/> first appears, or 0.</summary>
    public int PageOf(string text)
    {
        for (var i = 0; i < Pages.Count; i++)
        {
            if (Pages[i].Contains(text, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    public void Dispose() => _document.Dispose();
}
