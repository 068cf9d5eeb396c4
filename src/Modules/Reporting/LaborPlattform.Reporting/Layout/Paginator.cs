using PdfSharp.Drawing;

namespace LaborPlattform.Reporting.Layout;

/// <summary>The structure tags the layout emits; they become the tagged PDF's structure tree.</summary>
internal enum Tag
{
    Artifact,
    H1,
    H2,
    H3,
    P,
    Table,
    THead,
    TBody,
    TR,
    ColumnHeader,
    RowHeader,
    TD,
    Toc,
    TocItem,
    Link,
}

/// <summary>
/// One step of the laid-out document. Coordinates are points from the top-left corner of the page; Y of text is the
/// top of its line. The renderer replays the steps in order, so structure tags may stay open across page breaks.
/// </summary>
internal abstract record LayoutOp;

internal sealed record NewPageOp(int Number, bool IsCover) : LayoutOp;

/// <param name="Heading">For links: the heading the link points to.</param>
internal sealed record BeginTagOp(Tag Tag, XRect Bounds = default, int Heading = -1, string? AltText = null) : LayoutOp;

internal sealed record EndTagOp : LayoutOp
{
    public static readonly EndTagOp Instance = new();
}

internal sealed record TextOp(string Text, TextStyle Style, double X, double Y, double Width, CellAlignment Alignment = CellAlignment.Left) : LayoutOp;

/// <summary>A filled rectangle (rules, table backgrounds): decoration, always drawn as an artifact.</summary>
internal sealed record FillOp(XRect Bounds, XColor Color) : LayoutOp;

internal sealed record FigureOp(FigureBlock Figure, XRect Bounds) : LayoutOp;

internal sealed record ImageOp(ImageBlock Image, XRect Bounds) : LayoutOp;

internal sealed record BookmarkOp(int Heading, int Level, string Title, double Y) : LayoutOp;

/// <summary>The page number of a table-of-contents entry; known only when layout is complete.</summary>
internal sealed record TocPageNumberOp(int Heading, TextStyle Style, double X, double Y, double Width) : LayoutOp;

internal sealed record LaidOutDocument(IReadOnlyList<LayoutOp> Ops, int PageCount, IReadOnlyDictionary<int, int> HeadingPages);

/// <summary>
/// Breaks a flow of blocks into A4 pages: paragraphs break between lines (never leaving a single first line behind),
/// headings move with the start of what follows them, tables break between rows and repeat their header row, figures
/// and images are never split.
/// </summary>
internal sealed class Paginator(TextMeasurer measurer)
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double MarginLeft = 62;
    public const double MarginRight = 62;
    public const double MarginTop = 74;
    public const double MarginBottom = 74;
    private const double CellPaddingX = 4;
    private const double CellPaddingY = 3;
    private const double BlockGap = 8;

    private static readonly XColor HeaderFill = XColor.FromArgb(0xe4, 0xe9, 0xf2);
    private static readonly XColor StripeFill = XColor.FromArgb(0xf5, 0xf6, 0xf9);
    private static readonly XColor RuleColor = XColor.FromArgb(0x9a, 0xa0, 0xb0);

    private readonly List<LayoutOp> _ops = [];
    private readonly Dictionary<int, int> _headingPages = [];
    private double _y;
    private int _page;
    private int _nextHeading;

    public static double ContentWidth => PageWidth - MarginLeft - MarginRight;

    private static double Bottom => PageHeight - MarginBottom;

    private bool AtTop => _y <= MarginTop + 0.01;

    public LaidOutDocument Paginate(ReportDocument document)
    {
        var blocks = document.Blocks;
        var tocEntries = TocEntries(blocks);
        NewPage(cover: true);
        for (var i = 0; i < blocks.Count; i++)
        {
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            switch (blocks[i])
            {
                case HeadingBlock heading:
                    PlaceHeading(heading, next);
                    break;
                case ParagraphBlock paragraph:
                    PlaceParagraph(paragraph);
                    break;
                case TableBlock table:
                    PlaceTable(table);
                    break;
                case FigureBlock figure:
                    PlaceFigure(figure);
                    break;
                case ImageBlock image:
                    PlaceImage(image);
                    break;
                case TableOfContentsBlock toc:
                    PlaceTableOfContents(toc, tocEntries);
                    break;
                case PageBreakBlock:
                    NewPage(cover: false);
                    break;
                case SpacerBlock spacer:
                    _y = Math.Min(_y + spacer.Height, Bottom);
                    break;
                default:
                    throw new NotSupportedException($"Unknown block {blocks[i].GetType().Name}.");
            }
        }

        return new LaidOutDocument(_ops, _page, _headingPages);
    }

    /// <summary>Headings of level 1 and 2 that the table of contents lists, by their running heading number.</summary>
    private static List<(int Heading, HeadingBlock Block)> TocEntries(IReadOnlyList<Block> blocks)
    {
        var entries = new List<(int, HeadingBlock)>();
        var index = 0;
        foreach (var heading in blocks.OfType<HeadingBlock>())
        {
            if (heading.InTableOfContents && heading.Level <= 2)
            {
                entries.Add((index, heading));
            }

            index++;
        }

        return entries;
    }

    private void NewPage(bool cover)
    {
        _page++;
        _ops.Add(new NewPageOp(_page, cover));
        _y = MarginTop;
    }

    private void Emit(LayoutOp op) => _ops.Add(op);

    private void Begin(Tag tag, XRect bounds = default, int heading = -1, string? alt = null) => Emit(new BeginTagOp(tag, bounds, heading, alt));

    private void End() => Emit(EndTagOp.Instance);

    private void PlaceHeading(HeadingBlock heading, Block? next)
    {
        var style = TextStyle.ForHeading(heading.Level);
        var lines = measurer.Wrap(heading.Text, style, ContentWidth);
        var height = lines.Count * style.LineHeight;
        var before = AtTop ? 0 : style.SpaceBefore;
        if (!AtTop && _y + before + height + style.SpaceAfter + FirstChunkHeight(next) > Bottom)
        {
            NewPage(cover: false);
            before = 0;
        }

        _y += before;
        var index = _nextHeading++;
        _headingPages[index] = _page;
        if (heading.InTableOfContents && heading.Level <= 2)
        {
            Emit(new BookmarkOp(index, heading.Level, heading.Text, _y));
        }

        Begin(heading.Level switch { 1 => Tag.H1, 2 => Tag.H2, _ => Tag.H3 });
        foreach (var line in lines)
        {
            Emit(new TextOp(line, style, MarginLeft, _y, ContentWidth));
            _y += style.LineHeight;
        }

        End();
        _y += style.SpaceAfter;
    }

    /// <summary>The height the start of a block needs, so that a heading is not separated from it.</summary>
    private double FirstChunkHeight(Block? block)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                var style = TextStyle.For(paragraph.Kind);
                return Math.Min(2, measurer.Wrap(paragraph.Text, style, ContentWidth).Count) * style.LineHeight;
            case TableBlock table:
                var widths = ColumnWidths(table);
                var header = CellLines(table.Columns.Select(c => c.Header).ToList(), widths, HeaderStyle(table)).Max(l => l.Count) * HeaderStyle(table).LineHeight;
                var first = table.Rows.Count > 0
                    ? CellLines(table.Rows[0], widths, CellStyle(table), table.FirstColumnIsRowHeader ? HeaderStyle(table) : null).Max(l => l.Count) * CellStyle(table).LineHeight
                    : 0;
                return header + first + 4 * CellPaddingY;
            case FigureBlock figure:
                return figure.Height;
            case ImageBlock:
                return 60;
            case HeadingBlock heading:
                var headingStyle = TextStyle.ForHeading(heading.Level);
                return headingStyle.SpaceBefore + headingStyle.LineHeight + headingStyle.SpaceAfter + TextStyle.Body.LineHeight * 2;
            case TableOfContentsBlock:
                return TextStyle.Heading1.LineHeight * 2;
            default:
                return 0;
        }
    }

    private void PlaceParagraph(ParagraphBlock paragraph)
    {
        var style = TextStyle.For(paragraph.Kind);
        var lines = measurer.Wrap(paragraph.Text, style, ContentWidth);
        // No single first line at the bottom of a page.
        if (!AtTop && _y + Math.Min(2, lines.Count) * style.LineHeight > Bottom)
        {
            NewPage(cover: false);
        }

        Begin(Tag.P);
        for (var i = 0; i < lines.Count; i++)
        {
            // No single last line at the top of the next page either: take its predecessor along.
            var remaining = lines.Count - i;
            var breakHere = _y + style.LineHeight > Bottom
                || (remaining == 2 && i >= 2 && _y + 2 * style.LineHeight > Bottom);
            if (breakHere)
            {
                NewPage(cover: false);
            }

            Emit(new TextOp(lines[i], style, MarginLeft, _y, ContentWidth));
            _y += style.LineHeight;
        }

        End();
        _y += style.SpaceAfter;
    }

    private static TextStyle HeaderStyle(TableBlock table) => table.Compact ? TextStyle.CompactTableHeader : TextStyle.TableHeader;

    private static TextStyle CellStyle(TableBlock table) => table.Compact ? TextStyle.CompactTableCell : TextStyle.TableCell;

    /// <summary>
    /// Widths by weight, then widened where a column's longest word would not fit (taking the room from columns
    /// with slack), so words break between letters only when the page is too narrow for the table.
    /// </summary>
    private double[] ColumnWidths(TableBlock table)
    {
        var total = table.Columns.Sum(c => c.Weight);
        var widths = table.Columns.Select(c => ContentWidth * c.Weight / total).ToArray();
        var minimum = new double[widths.Length];
        for (var c = 0; c < widths.Length; c++)
        {
            var header = LongestWord(table.Columns[c].Header, HeaderStyle(table));
            var cellStyle = c == 0 && table.FirstColumnIsRowHeader ? HeaderStyle(table) : CellStyle(table);
            var cells = table.Rows.Select(r => c < r.Count ? LongestWord(r[c], cellStyle) : 0).DefaultIfEmpty(0).Max();
            minimum[c] = Math.Max(header, cells) + 2 * CellPaddingX + 0.5;
        }

        if (minimum.Sum() > ContentWidth)
        {
            var scale = ContentWidth / minimum.Sum();
            return minimum.Select(m => m * scale).ToArray();
        }

        for (var round = 0; round < widths.Length; round++)
        {
            var missing = widths.Select((w, c) => Math.Max(0, minimum[c] - w)).Sum();
            if (missing <= 0.01)
            {
                break;
            }

            var slack = widths.Select((w, c) => Math.Max(0, w - minimum[c])).ToArray();
            var totalSlack = slack.Sum();
            for (var c = 0; c < widths.Length; c++)
            {
                widths[c] = widths[c] < minimum[c] ? minimum[c] : widths[c] - missing * slack[c] / totalSlack;
            }
        }

        return widths;
    }

    /// <summary>
    /// The widest piece of text that cannot be broken without cutting between letters: words, and within a word the parts
    /// after which the line breaker may cut ("Mecklenburg-" and "Vorpommern", "Zittau/" and "Görlitz").
    /// </summary>
    private double LongestWord(string text, TextStyle style) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).SelectMany(BreakablePieces).Select(w => measurer.Width(w, style)).DefaultIfEmpty(0).Max();

    private static IEnumerable<string> BreakablePieces(string word)
    {
        var start = 0;
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i] is '-' or '/')
            {
                yield return word[start..(i + 1)];
                start = i + 1;
            }
        }

        yield return word[start..];
    }

    private List<IReadOnlyList<string>> CellLines(IReadOnlyList<string> cells, double[] widths, TextStyle style, TextStyle? firstStyle = null) =>
        widths.Select((w, i) => measurer.Wrap(
            i < cells.Count ? cells[i] : string.Empty,
            i == 0 && firstStyle is not null ? firstStyle : style,
            w - 2 * CellPaddingX)).ToList();

    private void PlaceTable(TableBlock table)
    {
        var widths = ColumnWidths(table);
        var headers = table.Columns.Select(c => c.Header).ToList();
        var headerStyle = HeaderStyle(table);
        var cellStyle = CellStyle(table);
        var headerLines = CellLines(headers, widths, headerStyle);
        var headerHeight = headerLines.Max(l => l.Count) * headerStyle.LineHeight + 2 * CellPaddingY;
        var rows = table.Rows.Select(r => CellLines(r, widths, cellStyle, table.FirstColumnIsRowHeader ? headerStyle : null)).ToList();
        var firstRow = rows.Count > 0 ? rows[0].Max(l => l.Count) * cellStyle.LineHeight + 2 * CellPaddingY : 0;
        if (!AtTop && _y + headerHeight + firstRow > Bottom)
        {
            NewPage(cover: false);
        }

        Begin(Tag.Table);
        Begin(Tag.THead);
        PlaceHeaderRow(table, widths, headerLines, headerHeight, asArtifact: false);
        End();
        Begin(Tag.TBody);
        var maxRowHeight = Bottom - MarginTop - headerHeight;
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var chunk in SplitTallRow(rows[r], maxRowHeight, cellStyle))
            {
                var height = chunk.Max(l => l.Count) * cellStyle.LineHeight + 2 * CellPaddingY;
                if (_y + height > Bottom)
                {
                    NewPage(cover: false);
                    // The repeated header is decoration for readers of the page; the structure has it once.
                    Begin(Tag.Artifact);
                    PlaceHeaderRow(table, widths, headerLines, headerHeight, asArtifact: true);
                    End();
                }

                PlaceBodyRow(table, widths, chunk, height, r);
            }
        }

        End();
        End();
        _y += BlockGap;
    }

    /// <summary>
    /// A row taller than a whole page is continued in further rows (cell by cell, line by line). Rare: it takes a cell
    /// of some sixty lines.
    /// </summary>
    private static IEnumerable<List<IReadOnlyList<string>>> SplitTallRow(List<IReadOnlyList<string>> cells, double maxHeight, TextStyle style)
    {
        var maxLines = Math.Max(1, (int)((maxHeight - 2 * CellPaddingY) / style.LineHeight));
        var total = cells.Max(c => c.Count);
        if (total <= maxLines)
        {
            yield return cells;
            yield break;
        }

        for (var start = 0; start < total; start += maxLines)
        {
            yield return cells.Select(c => (IReadOnlyList<string>)c.Skip(start).Take(maxLines).ToList()).ToList();
        }
    }

    private void PlaceHeaderRow(TableBlock table, double[] widths, List<IReadOnlyList<string>> lines, double height, bool asArtifact)
    {
        Decoration(new XRect(MarginLeft, _y, ContentWidth, height), HeaderFill, asArtifact);
        Decoration(new XRect(MarginLeft, _y + height - 0.8, ContentWidth, 0.8), RuleColor, asArtifact);
        if (!asArtifact)
        {
            Begin(Tag.TR);
        }

        var x = MarginLeft;
        for (var c = 0; c < widths.Length; c++)
        {
            if (!asArtifact)
            {
                Begin(Tag.ColumnHeader);
            }

            PlaceCellLines(lines[c], HeaderStyle(table), x, widths[c], table.Columns[c].Alignment);
            if (!asArtifact)
            {
                End();
            }

            x += widths[c];
        }

        if (!asArtifact)
        {
            End();
        }

        _y += height;
    }

    private void PlaceBodyRow(TableBlock table, double[] widths, List<IReadOnlyList<string>> lines, double height, int rowIndex)
    {
        Begin(Tag.TR);
        if (rowIndex % 2 == 1)
        {
            Decoration(new XRect(MarginLeft, _y, ContentWidth, height), StripeFill, false);
        }

        Decoration(new XRect(MarginLeft, _y + height - 0.4, ContentWidth, 0.4), RuleColor, false);
        var x = MarginLeft;
        for (var c = 0; c < widths.Length; c++)
        {
            Begin(c == 0 && table.FirstColumnIsRowHeader ? Tag.RowHeader : Tag.TD);
            var style = c == 0 && table.FirstColumnIsRowHeader ? HeaderStyle(table) : CellStyle(table);
            PlaceCellLines(lines[c], style, x, widths[c], table.Columns[c].Alignment);
            End();
            x += widths[c];
        }

        End();
        _y += height;
    }

    private void PlaceCellLines(IReadOnlyList<string> lines, TextStyle style, double x, double width, CellAlignment alignment)
    {
        var y = _y + CellPaddingY;
        foreach (var line in lines)
        {
            if (line.Length > 0)
            {
                Emit(new TextOp(line, style, x + CellPaddingX, y, width - 2 * CellPaddingX, alignment));
            }

            y += style.LineHeight;
        }
    }

    /// <summary>Rules and backgrounds are drawn as artifacts; inside an open artifact they need no tag of their own.</summary>
    private void Decoration(XRect bounds, XColor color, bool insideArtifact)
    {
        if (!insideArtifact)
        {
            Begin(Tag.Artifact);
        }

        Emit(new FillOp(bounds, color));
        if (!insideArtifact)
        {
            End();
        }
    }

    private void PlaceFigure(FigureBlock figure)
    {
        var height = Math.Min(figure.Height, Bottom - MarginTop);
        if (!AtTop && _y + height > Bottom)
        {
            NewPage(cover: false);
        }

        Emit(new FigureOp(figure, new XRect(MarginLeft, _y, ContentWidth, height)));
        _y += height + BlockGap;
    }

    private void PlaceImage(ImageBlock image)
    {
        var (pixelWidth, pixelHeight) = ImageSize(image.Data);
        var width = Math.Min(image.Width, ContentWidth);
        var height = width * pixelHeight / pixelWidth;
        if (height > Bottom - MarginTop)
        {
            height = Bottom - MarginTop;
            width = height * pixelWidth / pixelHeight;
        }

        if (!AtTop && _y + height > Bottom)
        {
            NewPage(cover: false);
        }

        Emit(new ImageOp(image, new XRect(MarginLeft, _y, width, height)));
        _y += height + BlockGap;
    }

    private static (int Width, int Height) ImageSize(byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        using var image = XImage.FromStream(stream);
        return (image.PixelWidth, image.PixelHeight);
    }

    private void PlaceTableOfContents(TableOfContentsBlock toc, List<(int Heading, HeadingBlock Block)> entries)
    {
        var titleStyle = TextStyle.Heading1;
        if (!AtTop && _y + titleStyle.LineHeight * 3 > Bottom)
        {
            NewPage(cover: false);
        }

        Emit(new BookmarkOp(-1, 1, toc.Title, _y));
        Begin(Tag.H1);
        Emit(new TextOp(toc.Title, titleStyle, MarginLeft, _y, ContentWidth));
        End();
        _y += titleStyle.LineHeight + titleStyle.SpaceAfter;

        const double numberWidth = 40;
        Begin(Tag.Toc);
        foreach (var (heading, block) in entries)
        {
            var style = block.Level == 1 ? TextStyle.TableHeader with { Size = 10.5 } : TextStyle.Body;
            var indent = block.Level == 1 ? 0 : 16;
            var textWidth = ContentWidth - indent - numberWidth - 8;
            var lines = measurer.Wrap(block.Text, style, textWidth);
            var height = lines.Count * style.LineHeight + 3;
            if (_y + height > Bottom)
            {
                NewPage(cover: false);
            }

            Begin(Tag.TocItem);
            Begin(Tag.Link, new XRect(MarginLeft, _y, ContentWidth, height), heading, $"{block.Text}, Seite");
            var y = _y;
            foreach (var line in lines)
            {
                Emit(new TextOp(line, style, MarginLeft + indent, y, textWidth));
                y += style.LineHeight;
            }

            Emit(new TocPageNumberOp(heading, style, MarginLeft + ContentWidth - numberWidth, _y + (lines.Count - 1) * style.LineHeight, numberWidth));
            End();
            End();
            _y += height;
        }

        End();
        _y += BlockGap;
    }
}
