using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace LaborPlattform.Reporting.Layout;

/// <summary>
/// A stable hash of everything that goes into a document. The values PDFsharp would otherwise draw from
/// <see cref="Guid.NewGuid"/> (document ID, XMP document and instance IDs, font subset tags) are derived from it, so
/// the same data and the same as-of instant give byte-identical files, while different reports get different IDs.
/// </summary>
internal static class DocumentFingerprint
{
    public static byte[] Of(ReportDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string value)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(value));
            hash.AppendData([0]);
        }

        Add(document.Title);
        Add(document.Subject);
        Add(document.AsOf.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Add(document.HeaderText);
        Add(document.FooterText);
        Add(document.FontFamily);
        Add(document.Language);
        foreach (var block in document.Blocks)
        {
            Add(block.GetType().Name);
            switch (block)
            {
                case HeadingBlock h:
                    Add(h.Level.ToString(CultureInfo.InvariantCulture));
                    Add(h.Text);
                    break;
                case ParagraphBlock p:
                    Add(p.Kind.ToString());
                    Add(p.Text);
                    break;
                case TableBlock t:
                    foreach (var column in t.Columns)
                    {
                        Add(column.Header);
                    }

                    foreach (var cell in t.Rows.SelectMany(r => r))
                    {
                        Add(cell);
                    }

                    break;
                case FigureBlock f:
                    Add(f.AlternativeText);
                    Add(f.Fingerprint);
                    break;
                case ImageBlock i:
                    Add(i.AlternativeText);
                    Add(Convert.ToHexString(SHA256.HashData(i.Data)));
                    break;
                case TableOfContentsBlock toc:
                    Add(toc.Title);
                    break;
                case SpacerBlock s:
                    Add(s.Height.ToString(CultureInfo.InvariantCulture));
                    break;
            }
        }

        return hash.GetHashAndReset();
    }
}

/// <summary>
/// Saves a PDFsharp document reproducibly and with complete PDF/A-1b and PDF/UA identification (ADR 0042). PDFsharp 6.2 names font
/// subsets and writes XMP IDs from random GUIDs and does not escape the title in its XMP packet; this class sets the
/// subset tags and the trailer ID from the document's fingerprint before saving, then replaces the XMP packet (the last
/// object PDFsharp writes) with a deterministic, properly escaped one that also declares PDF/UA-1.
/// </summary>
internal static partial class ReproducibleOutput
{
    public static byte[] Save(PdfDocument pdf, ReportDocument document, byte[] fingerprint)
    {
        RenameFontSubsets(pdf, fingerprint);
        RemoveAnnotationStamps(pdf);
        PdfA1b.Complete(pdf);
        var id = new string(fingerprint.Take(16).Select(b => (char)b).ToArray());
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        var xmp = Xmp(pdf, document, fingerprint);
        return ReplaceMetadata(stream.ToArray(), xmp);
    }

    /// <summary>Subset tags are six capital letters (PDF 32000-1, 9.6.4); ours come from the fingerprint.</summary>
    private static void RenameFontSubsets(PdfDocument pdf, byte[] fingerprint)
    {
        var dictionaries = pdf.Internals.GetAllObjects().OfType<PdfDictionary>().ToList();
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var descriptor in dictionaries.Where(d => d.Elements.GetName("/Type") == "/FontDescriptor"))
        {
            var name = descriptor.Elements.GetName("/FontName");
            var match = SubsetName().Match(name);
            if (!match.Success || renames.ContainsKey(name))
            {
                continue;
            }

            var seed = SHA256.HashData([.. fingerprint, .. Encoding.UTF8.GetBytes($"{renames.Count}:{match.Groups[1].Value}")]);
            var tag = new string(seed.Take(6).Select(b => (char)('A' + (b % 26))).ToArray());
            renames[name] = $"/{tag}+{match.Groups[1].Value}";
        }

        foreach (var dictionary in dictionaries)
        {
            foreach (var key in new[] { "/FontName", "/BaseFont" })
            {
                var value = dictionary.Elements.GetName(key);
                if (value.Length > 0 && renames.TryGetValue(value, out var renamed))
                {
                    dictionary.Elements.SetName(key, renamed);
                }
            }
        }
    }

    /// <summary>
    /// PDFsharp stamps every annotation with a random name (/NM) and the wall-clock time (/M); both are optional, and
    /// our links are identified by the structure tree, so they go.
    /// </summary>
    private static void RemoveAnnotationStamps(PdfDocument pdf)
    {
        foreach (var annotation in pdf.Internals.GetAllObjects().OfType<PdfDictionary>().Where(d => d.Elements.GetName("/Type") == "/Annot"))
        {
            annotation.Elements.Remove("/NM");
            annotation.Elements.Remove("/M");
        }
    }

    private static string Xmp(PdfDocument pdf, ReportDocument document, byte[] fingerprint)
    {
        static string X(string value) => System.Security.SecurityElement.Escape(value) ?? string.Empty;
        var date = document.AsOf.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var documentId = Uuid(SHA256.HashData([.. fingerprint, .. "document"u8]));
        var instanceId = Uuid(SHA256.HashData([.. fingerprint, .. "instance"u8]));
        return $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
               <pdf:Producer>{X(pdf.Info.Producer)}</pdf:Producer>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
               <xmp:CreatorTool>{X(pdf.Info.Creator)}</xmp:CreatorTool>
               <xmp:CreateDate>{date}</xmp:CreateDate>
               <xmp:ModifyDate>{date}</xmp:ModifyDate>
               <xmp:MetadataDate>{date}</xmp:MetadataDate>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
               <dc:format>application/pdf</dc:format>
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{X(document.Title)}</rdf:li></rdf:Alt></dc:title>
               <dc:creator><rdf:Seq><rdf:li>{X(pdf.Info.Author)}</rdf:li></rdf:Seq></dc:creator>
               <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{X(document.Subject)}</rdf:li></rdf:Alt></dc:description>
               <dc:language><rdf:Bag><rdf:li>{X(document.Language)}</rdf:li></rdf:Bag></dc:language>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
               <xmpMM:DocumentID>uuid:{documentId}</xmpMM:DocumentID>
               <xmpMM:InstanceID>uuid:{instanceId}</xmpMM:InstanceID>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
               <pdfaid:part>1</pdfaid:part>
               <pdfaid:conformance>B</pdfaid:conformance>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
               <pdfuaid:part>1</pdfuaid:part>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
               <pdfaExtension:schemas>
                <rdf:Bag>
                 <rdf:li rdf:parseType="Resource">
                  <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
                  <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                  <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                  <pdfaSchema:property>
                   <rdf:Seq>
                    <rdf:li rdf:parseType="Resource">
                     <pdfaProperty:name>part</pdfaProperty:name>
                     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                     <pdfaProperty:category>internal</pdfaProperty:category>
                     <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
                    </rdf:li>
                   </rdf:Seq>
                  </pdfaSchema:property>
                 </rdf:li>
                </rdf:Bag>
               </pdfaExtension:schemas>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Uuid(byte[] hash)
    {
        var bytes = hash.Take(16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5 style: name-based
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    /// <summary>
    /// Replaces the metadata stream, which PDFsharp creates last and writes as the last object before the cross-reference
    /// table. Only that object and the final <c>startxref</c> offset change; every other object keeps its offset.
    /// </summary>
    private static byte[] ReplaceMetadata(byte[] pdf, string xmp)
    {
        // Byte searches from the end: the files can be tens of megabytes, the part we touch is at their end.
        var span = pdf.AsSpan();
        var xref = span.LastIndexOf("\nxref\n"u8) + 1;
        var metadataKey = span.LastIndexOf("/Type/Metadata/Subtype/XML"u8);
        if (xref <= 0 || metadataKey < 0 || metadataKey > xref || !span[..xref].EndsWith("endstream\nendobj\n"u8))
        {
            throw new InvalidOperationException("The PDF does not end with its metadata stream; PDFsharp's output layout has changed.");
        }

        var objectMarker = span[..metadataKey].LastIndexOf(" 0 obj\n"u8);
        var objectStart = span[..objectMarker].LastIndexOf((byte)'\n') + 1;
        var objectNumber = Encoding.ASCII.GetString(span[objectStart..objectMarker]);
        if (!int.TryParse(objectNumber, CultureInfo.InvariantCulture, out _))
        {
            throw new InvalidOperationException("Unexpected layout of the metadata object.");
        }

        var tail = span[xref..];
        var startxrefKeyword = "startxref\n"u8;
        var startxref = tail.LastIndexOf(startxrefKeyword) + startxrefKeyword.Length;
        var afterNumber = startxref + tail[startxref..].IndexOf((byte)'\n');

        var xmpBytes = Encoding.UTF8.GetBytes(xmp);
        using var output = new MemoryStream(pdf.Length + xmpBytes.Length);
        output.Write(span[..objectStart]);
        output.Write(Encoding.ASCII.GetBytes($"{objectNumber} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmpBytes.Length}>>\nstream\n"));
        output.Write(xmpBytes);
        output.Write("\nendstream\nendobj\n"u8);
        var newXref = output.Position;
        output.Write(tail[..startxref]);
        output.Write(Encoding.ASCII.GetBytes(newXref.ToString(CultureInfo.InvariantCulture)));
        output.Write(tail[afterNumber..]);
        return output.ToArray();
    }

    [GeneratedRegex("^/[A-Z]{6}\\+(.+)$")]
    private static partial Regex SubsetName();
}
