using System.IO.Compression;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace LaborPlattform.Reporting.Layout;

/// <summary>
/// What PDFsharp 6.2 leaves out of a PDF/A-1b file and PDFBox Preflight and qpdf refuse (ADR 0042): outline items
/// with children lack <c>/Count</c> (Preflight 1.4.9), subset CID fonts lack their <c>/CIDSet</c> (3.1.11), and its
/// Flate streams end after the last deflate block without the zlib Adler-32 checksum (qpdf: "input stream is complete
/// but output may still be valid"). Runs on the finished document right before it is saved.
/// </summary>
internal static class PdfA1b
{
    public static void Complete(PdfDocument pdf)
    {
        CountOutlines(pdf.Outlines);
        AddCidSets(pdf);
        CompleteStreams(pdf);
    }

    /// <summary>Sets /Count on every outline item with children: the visible descendants, negative when closed (PDF 1.4, 8.2.2).</summary>
    private static int CountOutlines(PdfOutlineCollection outlines)
    {
        var visible = 0;
        foreach (var outline in outlines)
        {
            visible++;
            if (outline.Outlines.Count == 0)
            {
                continue;
            }

            var below = CountOutlines(outline.Outlines);
            outline.Elements.SetInteger("/Count", outline.Opened ? below : -outline.Outlines.Count);
            if (outline.Opened)
            {
                visible += below;
            }
        }

        return visible;
    }

    /// <summary>
    /// A CIDSet for every CIDFontType2 with an identity CID-to-glyph map: one bit per CID, the highest bit first, set for
    /// CID 0 and every CID the font's widths array lists (PDFsharp writes a width for each glyph it put in the subset).
    /// </summary>
    private static void AddCidSets(PdfDocument pdf)
    {
        var fonts = pdf.Internals.GetAllObjects().OfType<PdfDictionary>()
            .Where(d => d.Elements.GetName("/Type") == "/Font" && d.Elements.GetName("/Subtype") == "/CIDFontType2")
            .ToList();
        foreach (var font in fonts)
        {
            if (font.Elements.GetDictionary("/FontDescriptor") is not { } descriptor || descriptor.Elements.ContainsKey("/CIDSet"))
            {
                continue;
            }

            var cids = new SortedSet<int> { 0 };
            if (font.Elements.GetArray("/W") is { } widths)
            {
                for (var i = 0; i < widths.Elements.Count; i++)
                {
                    var first = widths.Elements.GetInteger(i);
                    if (i + 1 < widths.Elements.Count && widths.Elements[i + 1] is PdfArray list)
                    {
                        cids.UnionWith(Enumerable.Range(first, list.Elements.Count));
                        i++;
                    }
                    else if (i + 2 < widths.Elements.Count)
                    {
                        var last = widths.Elements.GetInteger(i + 1);
                        cids.UnionWith(Enumerable.Range(first, last - first + 1));
                        i += 2;
                    }
                }
            }

            var bits = new byte[(cids.Max / 8) + 1];
            foreach (var cid in cids)
            {
                bits[cid / 8] |= (byte)(0x80 >> (cid % 8));
            }

            var cidSet = new PdfDictionary(pdf);
            cidSet.CreateStream(bits);
            pdf.Internals.AddObject(cidSet);
            descriptor.Elements.SetReference("/CIDSet", cidSet);
        }
    }

    /// <summary>
    /// Every stream but the XMP metadata ends up as a complete zlib stream: unfiltered ones (content streams, CIDSets)
    /// are compressed here, PDFsharp's Flate streams get the Adler-32 checksum of their data appended when it is missing.
    /// </summary>
    private static void CompleteStreams(PdfDocument pdf)
    {
        pdf.Options.CompressContentStreams = false;
        foreach (var dictionary in pdf.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            if (dictionary.Stream is not { } stream || dictionary.Elements.GetName("/Type") == "/Metadata")
            {
                continue;
            }

            var filter = dictionary.Elements["/Filter"];
            if (filter is null)
            {
                stream.Value = Compress(stream.Value);
                dictionary.Elements.SetName("/Filter", "/FlateDecode");
            }
            else if (filter is PdfName { Value: "/FlateDecode" })
            {
                stream.Value = WithChecksum(stream.Value);
            }
        }
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>The zlib stream with its trailer: unchanged when the last four bytes already are the data's Adler-32.</summary>
    private static byte[] WithChecksum(byte[] encoded)
    {
        using var input = new MemoryStream(encoded, 2, encoded.Length - 2, writable: false);
        using var inflate = new DeflateStream(input, CompressionMode.Decompress);
        using var data = new MemoryStream();
        inflate.CopyTo(data);
        var adler = Adler32(data.GetBuffer().AsSpan(0, (int)data.Length));
        byte[] trailer = [(byte)(adler >> 24), (byte)(adler >> 16), (byte)(adler >> 8), (byte)adler];
        if (encoded.AsSpan().EndsWith(trailer))
        {
            return encoded;
        }

        return [.. encoded, .. trailer];
    }

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % Modulus;
            b = (b + a) % Modulus;
        }

        return (b << 16) | a;
    }
}
