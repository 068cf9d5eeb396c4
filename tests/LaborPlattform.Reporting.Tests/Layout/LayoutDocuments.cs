using System.Globalization;
using System.IO.Compression;
using LaborPlattform.Reporting.Layout;

namespace LaborPlattform.Reporting.Tests.Layout;

/// <summary>Documents built straight on the layout layer, with contents the tests know exactly.</summary>
internal static class LayoutDocuments
{
    public static readonly DateTimeOffset AsOf = new(2026, 10, 1, 4, 0, 0, TimeSpan.Zero);

    public static ReportDocument Sample(DateTimeOffset? asOf = null, string family = ReportFonts.Sans, int rows = 120, string title = "Fortschrittsbericht Bremen/Bremerhaven – 3. Quartal 2026")
    {
        var blocks = new List<Block>
        {
            new ParagraphBlock("Fortschrittsbericht", ParagraphKind.Title),
            new ParagraphBlock("Bremen/Bremerhaven – 3. Quartal 2026", ParagraphKind.Subtitle),
            new PageBreakBlock(),
            new TableOfContentsBlock(),
            new PageBreakBlock(),
            new HeadingBlock(1, "Überblick"),
            new ParagraphBlock("Größere Städte, Gemeinden und Landkreise: 1.234,56 € im Quartal – „Zitat“ mit ß."),
            new HeadingBlock(2, "Kommunen"),
            new TableBlock(
                [new TableColumn("Kommune", 3), new TableColumn("Art", 2), new TableColumn("Nummer", 1, CellAlignment.Right)],
                Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[$"Gemeinde Nr. {i}", "Gemeinde", i.ToString("#,##0", CultureInfo.GetCultureInfo("de-DE"))]).ToList(),
                FirstColumnIsRowHeader: true),
            new HeadingBlock(1, "Themen"),
            BarChart.Create("Labore je Thema", [("Digitale Teilhabe", 3), ("Energiewende", 5)], "Labore", family),
        };
        return new ReportDocument(title, "Testbericht", asOf ?? AsOf, "Kopfzeile des Testberichts", "Fußzeile des Testberichts", blocks, family);
    }

    /// <summary>A small opaque RGB PNG (PDF/A-1 forbids transparency), made here so the test needs no file.</summary>
    public static byte[] Png(int width, int height)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++)
            {
                raw.Write([(byte)(x * 255 / width), (byte)(y * 255 / height), 0x80]);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 2, 0, 0, 0]);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(BigEndian(data.Length));
        png.Write(typeBytes);
        png.Write(data);
        png.Write(BigEndian((int)Crc32([.. typeBytes, .. data])));
    }
}
