using System.Text.RegularExpressions;
using LaborPlattform.Reporting.Layout;
using Shouldly;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Layout;

/// <summary>The module's layout layer on PDFsharp, read back with PdfPig.</summary>
public sealed partial class LayoutTests
{
    private static PdfInspection Render(ReportDocument document) => new(PdfReportRenderer.Render(document).Pdf);

    [Fact]
    public void The_same_document_and_as_of_instant_give_byte_identical_files()
    {
        var first = PdfReportRenderer.Render(LayoutDocuments.Sample());
        var second = PdfReportRenderer.Render(LayoutDocuments.Sample());

        second.Pdf.ShouldBe(first.Pdf);
    }

    [Fact]
    public void Another_as_of_instant_gives_another_file_with_its_own_dates_and_ids()
    {
        var first = Render(LayoutDocuments.Sample());
        var later = Render(LayoutDocuments.Sample(LayoutDocuments.AsOf.AddHours(1)));

        later.Bytes.ShouldNotBe(first.Bytes);
        first.Xmp.ShouldContain("<xmp:CreateDate>2026-10-01T04:00:00Z</xmp:CreateDate>");
        later.Xmp.ShouldContain("<xmp:CreateDate>2026-10-01T05:00:00Z</xmp:CreateDate>");
        DocumentId(later).ShouldNotBe(DocumentId(first));
    }

    [Fact]
    public void A_long_table_breaks_across_pages_and_repeats_its_header_row_on_each()
    {
        using var pdf = Render(LayoutDocuments.Sample(rows: 120));

        var tablePages = Enumerable.Range(1, pdf.PageCount).Where(p => pdf.Pages[p - 1].Contains("Gemeinde Nr.", StringComparison.Ordinal)).ToList();
        tablePages.Count.ShouldBeGreaterThan(1);
        foreach (var page in tablePages)
        {
            pdf.Pages[page - 1].ShouldContain("Kommune Art Nummer");
        }

        // Every row exactly once.
        for (var i = 1; i <= 120; i++)
        {
            Regex.Count(pdf.AllText, $@"Gemeinde Nr\. {i} ").ShouldBe(1, $"row {i}");
        }
    }

    [Fact]
    public void A_heading_moves_to_the_next_page_with_the_start_of_its_block()
    {
        // Leave room for the heading alone at the bottom of page 2, but not for the heading and two lines of its paragraph.
        var blocks = new List<Block>
        {
            new ParagraphBlock("Deckblatt", ParagraphKind.Title),
            new PageBreakBlock(),
            new ParagraphBlock("Vor dem Abstand"),
            new SpacerBlock(640),
            new HeadingBlock(1, "Eine Überschrift am Seitenende"),
            new ParagraphBlock("Der erste Absatz nach der Überschrift. Er hat zwei Zeilen, wenn man ihn lang genug macht, und deshalb ist dieser Satz so lang."),
        };
        using var pdf = Render(new ReportDocument("Test", "Test", LayoutDocuments.AsOf, "Kopf", "Fuß", blocks));

        pdf.PageOf("Vor dem Abstand").ShouldBe(2);
        pdf.PageOf("Eine Überschrift am Seitenende").ShouldBe(3);
        pdf.PageOf("Der erste Absatz").ShouldBe(3);
    }

    [Fact]
    public void Lines_break_at_spaces_without_inserted_hyphens_and_keep_every_character()
    {
        ReportFonts.EnsureRegistered();
        using var measurer = new TextMeasurer(ReportFonts.Sans);
        var text = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenträgerinnen und Bremen/Bremerhaven/Osterholz/Lilienthal/Cuxhaven sowie kurze Wörter.";

        var lines = measurer.Wrap(text, TextStyle.Body, 120);

        lines.Count.ShouldBeGreaterThan(2);
        lines.ShouldAllBe(line => measurer.Width(line, TextStyle.Body) <= 120.01);
        string.Concat(lines.Select(l => l.Replace(" ", string.Empty, StringComparison.Ordinal)))
            .ShouldBe(text.Replace(" ", string.Empty, StringComparison.Ordinal));
        lines.ShouldContain(l => l.EndsWith('/'), "a long compound breaks after its slash");
        lines.ShouldNotContain(l => l.EndsWith('-'), "no hyphen is ever added");
    }

    [Fact]
    public void Every_page_but_the_cover_has_header_footer_and_page_x_of_y()
    {
        using var pdf = Render(LayoutDocuments.Sample());

        pdf.Pages[0].ShouldNotContain("Seite");
        for (var page = 2; page <= pdf.PageCount; page++)
        {
            pdf.Pages[page - 1].ShouldContain($"Seite {page} von {pdf.PageCount}");
            pdf.Pages[page - 1].ShouldContain("Kopfzeile des Testberichts");
            pdf.Pages[page - 1].ShouldContain("Fußzeile des Testberichts");
        }
    }

    [Fact]
    public void The_table_of_contents_names_the_page_of_each_heading_and_bookmarks_lead_there()
    {
        using var pdf = Render(LayoutDocuments.Sample());

        var themes = pdf.Pages.Select((text, i) => (text, page: i + 1)).Last(p => p.text.Contains("Labore je Thema", StringComparison.Ordinal) || p.text.Contains("Themen", StringComparison.Ordinal)).page;
        pdf.Pages[1].ShouldContain("Inhalt");
        pdf.Pages[1].ShouldContain($"Überblick 3");
        pdf.Pages[1].ShouldContain($"Kommunen 3");
        pdf.Pages[1].ShouldContain($"Themen {themes}");

        pdf.Document.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        var nodes = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().ToList();
        nodes.Select(n => n.Title).ShouldBe(["Inhalt", "Überblick", "Kommunen", "Themen"], ignoreOrder: false);
        nodes.Single(n => n.Title == "Themen").PageNumber.ShouldBe(themes);
        nodes.Single(n => n.Title == "Kommunen").Level.ShouldBe(1);
    }

    [Fact]
    public void The_file_is_tagged_in_German_with_headings_tables_header_cells_and_figures_with_alternative_text()
    {
        using var pdf = Render(LayoutDocuments.Sample());
        var raw = pdf.Raw;

        var catalog = pdf.Document.Structure.Catalog.CatalogDictionary;
        catalog.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("StructTreeRoot")).ShouldBeTrue();
        catalog.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("MarkInfo")).ShouldBeTrue();
        raw.ShouldContain("/Lang(de-DE)");
        raw.ShouldContain("/Marked true");
        raw.ShouldContain("/DisplayDocTitle true");
        foreach (var tag in new[] { "/S/H1", "/S/H2", "/S/P", "/S/Table", "/S/THead", "/S/TBody", "/S/TR", "/S/TH", "/S/TD", "/S/Figure", "/S/TOC", "/S/TOCI", "/S/Link" })
        {
            raw.ShouldContain(tag);
        }

        raw.ShouldContain("/Scope/Column");
        raw.ShouldContain("/Scope/Row");
        // The chart's text alternative names every bar with its value.
        pdf.Raw.ShouldContain("/Alt");
        ContainsPdfText(pdf, "Balkendiagramm „Labore je Thema“: Digitale Teilhabe: 3 Labore; Energiewende: 5 Labore.").ShouldBeTrue();
    }

    [Fact]
    public void Fonts_are_embedded_as_subsets_with_reproducible_tags()
    {
        using var pdf = Render(LayoutDocuments.Sample());

        var fonts = pdf.Document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(f => f != null && Regex.IsMatch(f, "^[A-Z]{6}\\+"));
        pdf.Raw.ShouldContain("/FontFile2");
        using var again = Render(LayoutDocuments.Sample());
        again.Document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ShouldBe(fonts);
    }

    [Fact]
    public void The_file_identifies_itself_as_PDF_A_and_PDF_UA_with_an_escaped_title()
    {
        using var pdf = Render(LayoutDocuments.Sample(title: "Bericht für Stadt & Land <Test>"));

        pdf.Xmp.ShouldContain("<pdfaid:part>1</pdfaid:part>");
        // PDF/A-1b is what PDFBox Preflight confirms (PdfValidationTests); level A is not claimed (ADR 0042).
        pdf.Xmp.ShouldContain("<pdfaid:conformance>B</pdfaid:conformance>");
        pdf.Xmp.ShouldContain("<pdfuaid:part>1</pdfuaid:part>");
        pdf.Xmp.ShouldContain("Bericht für Stadt &amp; Land &lt;Test&gt;");
        System.Xml.Linq.XDocument.Parse(pdf.Xmp[pdf.Xmp.IndexOf("<x:xmpmeta", StringComparison.Ordinal)..]).ShouldNotBeNull();
        pdf.Document.Information.Title.ShouldBe("Bericht für Stadt & Land <Test>");
        pdf.Raw.ShouldContain("/OutputIntents");
        pdf.Raw.ShouldContain("/GTS_PDFA1");
    }

    [Fact]
    public void Without_system_fonts_the_shipped_fonts_render_German_text_correctly()
    {
        var resolver = new ReportFontResolver([]);
        resolver.System.ShouldBeNull();
        resolver.SansFamily.IsShipped.ShouldBeTrue();
        resolver.GetFont(resolver.SansFamily.Bold)!.Length.ShouldBeGreaterThan(10_000);

        using var pdf = Render(LayoutDocuments.Sample(family: ReportFonts.Shipped));

        pdf.AllText.ShouldContain("Größere Städte, Gemeinden und Landkreise: 1.234,56 € im Quartal – „Zitat“ mit ß.");
        pdf.Document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct()
            .ShouldAllBe(f => f != null && f.Contains("Segoe", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_image_is_placed_as_a_figure_with_its_alternative_text()
    {
        var blocks = new List<Block>
        {
            new ParagraphBlock("Deckblatt", ParagraphKind.Title),
            new ImageBlock(LayoutDocuments.Png(40, 20), "Logo des Labors: ein Farbverlauf", 200),
            new ParagraphBlock("Nach dem Bild."),
        };
        using var pdf = Render(new ReportDocument("Bild", "Bild", LayoutDocuments.AsOf, "Kopf", "Fuß", blocks));

        pdf.Document.GetPage(1).GetImages().Count().ShouldBe(1);
        ContainsPdfText(pdf, "Logo des Labors: ein Farbverlauf").ShouldBeTrue();
        pdf.Pages[0].ShouldContain("Nach dem Bild.");
    }

    [Fact]
    public void The_structure_parent_tree_is_a_number_tree_of_kids_covering_every_page()
    {
        using var pdf = Render(LayoutDocuments.Sample(rows: 400));
        var structure = pdf.Document.Structure;
        DictionaryToken Resolve(IToken token) => token is IndirectReferenceToken reference
            ? (DictionaryToken)structure.GetObject(reference.Data).Data
            : (DictionaryToken)token;

        var root = Resolve(pdf.Document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        var parentTree = Resolve(root.Data["ParentTree"]);
        var nextKey = ((NumericToken)root.Data["ParentTreeNextKey"]).Int;

        parentTree.ContainsKey(NameToken.Create("Nums")).ShouldBeFalse();
        var keys = new List<int>();
        foreach (var kid in ((ArrayToken)parentTree.Data["Kids"]).Data.Select(Resolve))
        {
            var limits = ((ArrayToken)kid.Data["Limits"]).Data.Cast<NumericToken>().Select(n => n.Int).ToList();
            var kidKeys = ((ArrayToken)kid.Data["Nums"]).Data.Where((_, i) => i % 2 == 0).Cast<NumericToken>().Select(n => n.Int).ToList();
            limits.ShouldBe([kidKeys[0], kidKeys[^1]]);
            keys.AddRange(kidKeys);
        }

        keys.ShouldBe(Enumerable.Range(0, nextKey).ToList());
        pdf.PageCount.ShouldBeGreaterThan(10);
    }

    private static string DocumentId(PdfInspection pdf) => Regex.Match(pdf.Xmp, "<xmpMM:DocumentID>(.*?)</xmpMM:DocumentID>").Groups[1].Value;

    /// <summary>PDF text strings are written as literals or, with characters beyond Latin-1, as UTF-16 hex strings.</summary>
    private static bool ContainsPdfText(PdfInspection pdf, string text) =>
        pdf.Raw.Contains($"({text})", StringComparison.Ordinal) || pdf.HexTextStrings.Contains(text);
}
