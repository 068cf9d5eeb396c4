using PdfSharp.Drawing;

namespace LaborPlattform.Reporting.Layout;

/// <summary>
/// A report as the layout layer sees it: metadata plus a flow of blocks. The first page is a cover page without
/// header and footer; every other page carries <see cref="HeaderText"/>, <see cref="FooterText"/> and "Seite X von Y".
/// </summary>
/// <param name="AsOf">The instant the data was read. It is the document's creation date, so the same data and the same
/// as-of instant give the same bytes.</param>
internal sealed record ReportDocument(
    string Title,
    string Subject,
    DateTimeOffset AsOf,
    string HeaderText,
    string FooterText,
    IReadOnlyList<Block> Blocks,
    string FontFamily = ReportFonts.Sans,
    string Language = "de-DE");

internal abstract record Block;

/// <summary>A heading (level 1–3). It is never left alone at the bottom of a page: it moves with the start of the next block.</summary>
internal sealed record HeadingBlock(int Level, string Text, bool InTableOfContents = true) : Block;

internal sealed record ParagraphBlock(string Text, ParagraphKind Kind = ParagraphKind.Body) : Block;

internal enum ParagraphKind
{
    Body,
    Small,
    Title,
    Subtitle,
}

internal enum CellAlignment
{
    Left,
    Right,
}

internal sealed record TableColumn(string Header, double Weight = 1, CellAlignment Alignment = CellAlignment.Left);

/// <summary>
/// A table with one header row that is repeated on every page the table continues on. With
/// <see cref="FirstColumnIsRowHeader"/> the first cell of each row is tagged as a row header. Column widths follow the
/// weights, but no column gets narrower than its longest word where the page allows; <see cref="Compact"/> sets the
/// table in a smaller size for many columns.
/// </summary>
internal sealed record TableBlock(
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    bool FirstColumnIsRowHeader = false,
    bool Compact = false) : Block;

/// <summary>A vector drawing (chart) over the full text width, tagged as a figure with its text alternative.</summary>
internal sealed record FigureBlock(string AlternativeText, double Height, Action<XGraphics, XRect> Draw, string Fingerprint) : Block;

/// <summary>A raster image (PNG or JPEG without transparency, as PDF/A-1 requires) with its text alternative.</summary>
internal sealed record ImageBlock(byte[] Data, string AlternativeText, double Width) : Block;

/// <summary>The table of contents: every heading of level 1 and 2, with page numbers and links.</summary>
internal sealed record TableOfContentsBlock(string Title = "Inhalt") : Block;

internal sealed record PageBreakBlock : Block;

internal sealed record SpacerBlock(double Height) : Block;
