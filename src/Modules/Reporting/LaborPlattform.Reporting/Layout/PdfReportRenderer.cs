using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace LaborPlattform.Reporting.Layout;

/// <summary>A finished PDF and what the archive records about it.</summary>
internal sealed record RenderedReport(byte[] Pdf, int PageCount);

/// <summary>
/// Turns a <see cref="ReportDocument"/> into a tagged PDF/A: lays it out (<see cref="Paginator"/>), replays the layout on
/// PDFsharp pages with the structure tree (headings, paragraphs, tables with header cells, figures with alternative
/// text, table of contents with links), draws headers and footers ("Seite X von Y") as artifacts, adds bookmarks and
/// finally makes the bytes reproducible (<see cref="ReproducibleOutput"/>).
/// </summary>
internal static class PdfReportRenderer
{
    public static RenderedReport Render(ReportDocument document)
    {
        using var measurer = new TextMeasurer(document.FontFamily);
        var layout = new Paginator(measurer).Paginate(document);
        var fingerprint = DocumentFingerprint.Of(document);

        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Subject = document.Subject;
        pdf.Info.Author = "LaborPlattform";
        pdf.Info.Creator = "LaborPlattform – Berichte";
        pdf.Info.CreationDate = document.AsOf.UtcDateTime;
        pdf.Info.ModificationDate = document.AsOf.UtcDateTime;
        pdf.PageMode = PdfPageMode.UseOutlines;
        pdf.SetPdfA();
        var accessibility = UAManager.ForDocument(pdf);
        accessibility.SetDocumentLanguage(document.Language);

        new Replay(pdf, accessibility.StructureBuilder, measurer, document, layout, new ParentTreeSplitter(pdf, accessibility)).Run();

        var bytes = ReproducibleOutput.Save(pdf, document, fingerprint);
        return new RenderedReport(bytes, layout.PageCount);
    }

    private sealed class Replay(PdfDocument pdf, StructureBuilder structure, TextMeasurer measurer, ReportDocument document, LaidOutDocument layout, ParentTreeSplitter parentTree)
    {
        private readonly Dictionary<XColor, XSolidBrush> _brushes = [];
        private XGraphics? _graphics;
        private PdfPage? _page;
        private PdfOutline? _lastTopOutline;

        private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("Drawing before the first page.");

        private PdfPage Page => _page ?? throw new InvalidOperationException("Drawing before the first page.");

        public void Run()
        {
            foreach (var op in layout.Ops)
            {
                switch (op)
                {
                    case NewPageOp newPage:
                        StartPage(newPage);
                        break;
                    case BeginTagOp begin:
                        BeginTag(begin);
                        break;
                    case EndTagOp:
                        structure.End();
                        break;
                    case TextOp text:
                        DrawText(text.Text, text.Style, text.X, text.Y, text.Width, text.Alignment);
                        break;
                    case FillOp fill:
                        Graphics.DrawRectangle(Brush(fill.Color), fill.Bounds);
                        break;
                    case FigureOp figure:
                        structure.BeginElement(PdfIllustrationElementTag.Figure, figure.Figure.AlternativeText, ToPdfSpace(figure.Bounds));
                        figure.Figure.Draw(Graphics, figure.Bounds);
                        structure.End();
                        break;
                    case ImageOp image:
                        DrawImage(image);
                        break;
                    case BookmarkOp bookmark:
                        AddBookmark(bookmark);
                        break;
                    case TocPageNumberOp number:
                        DrawText(PageOf(number.Heading).ToString(CultureInfo.InvariantCulture), number.Style, number.X, number.Y, number.Width, CellAlignment.Right);
                        break;
                    default:
                        throw new NotSupportedException($"Unknown layout step {op.GetType().Name}.");
                }
            }

            structure.EndMarkedContentsWithId();
            _graphics?.Dispose();
            parentTree.Finish();
        }

        private int PageOf(int heading) => layout.HeadingPages[heading];

        private XSolidBrush Brush(XColor color)
        {
            if (!_brushes.TryGetValue(color, out var brush))
            {
                brush = new XSolidBrush(color);
                _brushes[color] = brush;
            }

            return brush;
        }

        private void StartPage(NewPageOp op)
        {
            // Marked content must be closed on the page it was opened on, before that page's graphics go away.
            if (_graphics is not null)
            {
                structure.EndMarkedContentsWithId();
                _graphics.Dispose();
                parentTree.Flush();
            }

            _page = pdf.AddPage();
            _page.Width = XUnit.FromPoint(Paginator.PageWidth);
            _page.Height = XUnit.FromPoint(Paginator.PageHeight);
            _graphics = XGraphics.FromPdfPage(_page);
            if (op.IsCover)
            {
                return;
            }

            // Running header and footer are page furniture: artifacts, not content.
            var style = TextStyle.PageFurniture;
            var width = Paginator.ContentWidth;
            structure.BeginArtifact();
            DrawText(document.HeaderText, style, Paginator.MarginLeft, 40, width, CellAlignment.Left);
            Graphics.DrawRectangle(Brush(TextStyle.Muted), new XRect(Paginator.MarginLeft, 53, width, 0.5));
            var footerY = Paginator.PageHeight - 48;
            Graphics.DrawRectangle(Brush(TextStyle.Muted), new XRect(Paginator.MarginLeft, footerY - 6, width, 0.5));
            DrawText(document.FooterText, style, Paginator.MarginLeft, footerY, width * 0.7, CellAlignment.Left);
            DrawText($"Seite {op.Number} von {layout.PageCount}", style, Paginator.MarginLeft, footerY, width, CellAlignment.Right);
            structure.End();
        }

        private void BeginTag(BeginTagOp op)
        {
            switch (op.Tag)
            {
                case Tag.Artifact:
                    structure.BeginArtifact();
                    break;
                case Tag.H1:
                    structure.BeginElement(PdfBlockLevelElementTag.Heading1);
                    break;
                case Tag.H2:
                    structure.BeginElement(PdfBlockLevelElementTag.Heading2);
                    break;
                case Tag.H3:
                    structure.BeginElement(PdfBlockLevelElementTag.Heading3);
                    break;
                case Tag.P:
                    structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
                    break;
                case Tag.Table:
                    structure.BeginElement(PdfBlockLevelElementTag.Table);
                    break;
                case Tag.THead:
                    structure.BeginElement(PdfBlockLevelElementTag.TableHeadRowGroup);
                    break;
                case Tag.TBody:
                    structure.BeginElement(PdfBlockLevelElementTag.TableBodyRowGroup);
                    break;
                case Tag.TR:
                    structure.BeginElement(PdfBlockLevelElementTag.TableRow);
                    break;
                case Tag.ColumnHeader:
                    structure.BeginElement(PdfBlockLevelElementTag.TableHeaderCell);
                    structure.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Column");
                    break;
                case Tag.RowHeader:
                    structure.BeginElement(PdfBlockLevelElementTag.TableHeaderCell);
                    structure.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Row");
                    break;
                case Tag.TD:
                    structure.BeginElement(PdfBlockLevelElementTag.TableDataCell);
                    break;
                case Tag.Toc:
                    structure.BeginElement(PdfGroupingElementTag.TableOfContents);
                    break;
                case Tag.TocItem:
                    structure.BeginElement(PdfGroupingElementTag.TableOfContentsItem);
                    break;
                case Tag.Link:
                    var target = PageOf(op.Heading);
                    var link = PdfLinkAnnotation.CreateDocumentLink(new PdfRectangle(ToPdfSpace(op.Bounds)), target);
                    link.Flags = PdfAnnotationFlags.Print;
                    structure.BeginElement(link, $"{op.AltText} {target}");
                    break;
                default:
                    throw new NotSupportedException($"Unknown tag {op.Tag}.");
            }
        }

        private void DrawText(string text, TextStyle style, double x, double y, double width, CellAlignment alignment)
        {
            if (text.Length == 0)
            {
                return;
            }

            var left = alignment == CellAlignment.Right ? x + width - measurer.Width(text, style) : x;
            // Baseline placement: the line box is LineHeight tall; the glyphs sit at the font's ascent within it.
            var font = measurer.Font(style);
            var ascent = style.Size * font.Metrics.Ascent / font.Metrics.UnitsPerEm;
            var baseline = y + (style.LineHeight - style.Size) / 2 + ascent;
            Graphics.DrawString(text, font, Brush(style.Color), left, baseline, XStringFormats.BaseLineLeft);
        }

        private void DrawImage(ImageOp op)
        {
            using var stream = new MemoryStream(op.Image.Data, writable: false);
            using var image = XImage.FromStream(stream);
            structure.BeginElement(PdfIllustrationElementTag.Figure, op.Image.AlternativeText, ToPdfSpace(op.Bounds));
            Graphics.DrawImage(image, op.Bounds);
            structure.End();
        }

        private void AddBookmark(BookmarkOp op)
        {
            var outlines = op.Level == 1 || _lastTopOutline is null ? pdf.Outlines : _lastTopOutline.Outlines;
            var outline = outlines.Add(op.Title, Page, op.Level == 1);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Left = Paginator.MarginLeft;
            outline.Top = Paginator.PageHeight - op.Y + 4;
            if (op.Level == 1)
            {
                _lastTopOutline = outline;
            }
        }

        /// <summary>PDF user space has its origin at the bottom left.</summary>
        private static XRect ToPdfSpace(XRect rect) => new(rect.X, Paginator.PageHeight - rect.Y - rect.Height, rect.Width, rect.Height);
    }
}
