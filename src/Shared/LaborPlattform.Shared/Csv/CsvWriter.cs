using System.Globalization;
using CsvHelper;

namespace LaborPlattform.Shared.Csv;

/// <summary>
/// CSV for German spreadsheet users, written by CsvHelper: UTF-8 with byte-order mark (so umlauts survive opening the
/// file by double-click), semicolons (the list separator of German locales, where the comma is the decimal mark),
/// CRLF line ends and RFC 4180 quoting where a cell needs it. Cells that a spreadsheet would run as a formula are
/// neutralised with a leading apostrophe; German numbers such as -5 or -1.234,5 stay numbers.
/// </summary>
public sealed class CsvWriter
{
    public const char Separator = ';';

    private static readonly CsvWriterOptions Options = new()
    {
        Separator = Separator,
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.None,
        ValidateFieldCount = false,
    };

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row of at least one cell; null is an empty cell.</summary>
    public CsvWriter Row(params IEnumerable<string?> cells)
    {
        string[] row = [.. cells.Select(Defuse)];
        ArgumentOutOfRangeException.ThrowIfZero(row.Length, nameof(cells));
        _rows.Add(row);
        return this;
    }

    public byte[] ToBytes()
    {
        using var bytes = new MemoryStream();
        using (var csv = CsvHelper.CsvWriter.Create(bytes, Options, leaveOpen: true))
        {
            foreach (var row in _rows)
            {
                csv.WriteRecord(row);
            }
        }

        return bytes.ToArray();
    }

    /// <summary>
    /// A leading =, +, - or @ (and tab or CR) would be evaluated by Excel or LibreOffice (CSV injection). CsvHelper's own
    /// protection would also quote such cells and defuse negative numbers, so the rule stays here.
    /// </summary>
    private static string Defuse(string? value) =>
        !string.IsNullOrEmpty(value) && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value) ? "'" + value : value ?? string.Empty;

    private static bool IsNumber(string value) => decimal.TryParse(value, NumberStyles.Number, German, out _);
}
