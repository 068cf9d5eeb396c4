using System.Text;

namespace LaborPlattform.Stakeholders.ImportOrganisations;

/// <summary>
/// Reads a CSV file as spreadsheet programs write it (RFC 4180: quoted fields with doubled quotes, line breaks
/// inside quotes): the separator is the semicolon (German Excel) or, when the header has none, the comma. Each
/// record keeps the line it starts on, so errors can name the line a person sees in an editor.
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
        var records = new List<Record>();
        var separator = DetectSeparator(text);
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var anyContent = false;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append(c);
                }

                continue;
            }

            if (c == '"' && cell.Length == 0)
            {
                quoted = true;
                anyContent = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
                anyContent = true;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRecord();
                line++;
                recordLine = line;
            }
            else
            {
                cell.Append(c);
                anyContent = true;
            }
        }

        EndRecord();
        return records;

        void EndRecord()
        {
            if (anyContent || cell.Length > 0)
            {
                cells.Add(cell.ToString());
                if (cells.Any(v => !string.IsNullOrWhiteSpace(v)))
                {
                    records.Add(new Record(recordLine, cells.ToList()));
                }
            }

            cells.Clear();
            cell.Clear();
            anyContent = false;
        }
    }

    private static char DetectSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Contains(';', StringComparison.Ordinal) || !header.Contains(',', StringComparison.Ordinal) ? ';' : ',';
    }
}
