using System.Text;
using CsvHelper;

namespace LaborPlattform.Stakeholders.ImportOrganisations;

/// <summary>
/// Reads a CSV file as spreadsheet programs write it, with CsvHelper (RFC 4180: quoted fields with doubled quotes, line
/// breaks inside quotes; stray quotes are kept as text): the separator is the semicolon (German Excel) or, when the
/// header has none, the comma. Each record keeps the line it starts on, so errors can name the line a person sees in
/// an editor; rows without any visible content are skipped.
/// </summary>
internal static class CsvTable
{
    public sealed record Record(int Line, IReadOnlyList<string> Cells);

    /// <summary>Decodes strict UTF-8 (with or without byte-order mark); null when the bytes are not UTF-8 text.</summary>
    public static string? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);

            // UTF-16 without byte-order mark decodes "validly" with a NUL after every ASCII letter.
            return text.Contains('\0', StringComparison.Ordinal) ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public static List<Record> Parse(string text)
    {
        var options = new CsvReaderOptions
        {
            Separator = DetectSeparator(text),
            HasHeader = false,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Recover,
        };
        using var csv = CsvReader.FromText(text, options);
        var records = new List<Record>();
        while (csv.Read())
        {
            string[] cells = [.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i))];
            if (cells.Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                records.Add(new Record(checked((int)csv.LineNumber), cells));
            }
        }

        return records;
    }

    private static char DetectSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Contains(';', StringComparison.Ordinal) || !header.Contains(',', StringComparison.Ordinal) ? ';' : ',';
    }
}
