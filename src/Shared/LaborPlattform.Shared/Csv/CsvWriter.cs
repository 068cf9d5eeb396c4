using System.Text;

namespace LaborPlattform.Shared.Csv;

/// <summary>
/// CSV for German spreadsheet users: UTF-8 with byte-order mark (so umlauts survive opening the file by
/// double-click), semicolons (the list separator of German locales, where the comma is the decimal mark),
/// CRLF line ends and RFC 4180 quoting. Cells that a spreadsheet would run as a formula are neutralised.
/// </summary>
public sealed class CsvWriter
{
    public const char Separator = ';';

    private readonly StringBuilder _text = new();

    public CsvWriter Row(params IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _text.Append(Separator);
            }

            first = false;
            _text.Append(Escape(cell));
        }

        _text.Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    public override string ToString() => _text.ToString();

    internal static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // A leading =, +, - or @ would be evaluated by Excel or LibreOffice (CSV injection).
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static bool IsNumber(string value) =>
        decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.GetCultureInfo("de-DE"), out _);
}
