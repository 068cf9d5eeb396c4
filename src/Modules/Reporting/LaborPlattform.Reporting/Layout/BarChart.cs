using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LaborPlattform.Reporting.Layout;

/// <summary>
/// A horizontal bar chart drawn with vector graphics. Its text alternative names every bar with its value, so a screen
/// reader user gets the same figures as a sighted reader.
/// </summary>
internal static class BarChart
{
    private const double RowHeight = 20;
    private static readonly XColor Bar = XColor.FromArgb(0x0b, 0x4f, 0x8a);
    private static readonly XColor Axis = XColor.FromArgb(0x4a, 0x4f, 0x5e);
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private const double TitleHeight = 18;

    /// <param name="showTitle">Draws the title above the bars (it is part of the figure and of its text alternative).</param>
    public static FigureBlock Create(string title, IReadOnlyList<(string Label, int Value)> bars, string unit, string family = ReportFonts.Sans, bool showTitle = false)
    {
        var alt = $"Balkendiagramm „{title}“: " + (bars.Count == 0
            ? "keine Werte."
            : string.Join("; ", bars.Select(b => $"{b.Label}: {b.Value.ToString("#,##0", German)} {unit}")) + ".");
        var fingerprint = (showTitle ? "title=" + title + "|" : string.Empty) + string.Join("|", bars.Select(b => $"{b.Label}={b.Value}"));
        var titleHeight = showTitle ? TitleHeight : 0;
        return new FigureBlock(
            alt,
            Math.Max(1, bars.Count) * RowHeight + 16 + titleHeight,
            (graphics, bounds) =>
            {
                if (showTitle)
                {
                    DrawTitle(graphics, bounds, title, family);
                }

                Draw(graphics, new XRect(bounds.X, bounds.Y + titleHeight, bounds.Width, bounds.Height - titleHeight), bars, family);
            },
            fingerprint);
    }

    /// <summary>The chart's title in bold above it.</summary>
    public static void DrawTitle(XGraphics graphics, XRect bounds, string title, string family)
    {
        var font = new XFont(family, 9, XFontStyleEx.Bold, new XPdfFontOptions(PdfFontEncoding.Unicode));
        graphics.DrawString(Fit(graphics, title, font, bounds.Width), font, new XSolidBrush(Axis), new XRect(bounds.X, bounds.Y, bounds.Width, TitleHeight - 4), XStringFormats.CenterLeft);
    }

    private static void Draw(XGraphics graphics, XRect bounds, IReadOnlyList<(string Label, int Value)> bars, string family)
    {
        var font = new XFont(family, 9, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var labelWidth = bounds.Width * 0.38;
        var valueWidth = 40;
        var plotLeft = bounds.X + labelWidth + 6;
        var plotWidth = bounds.Width - labelWidth - 6 - valueWidth;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var ink = new XSolidBrush(Axis);
        var fill = new XSolidBrush(Bar);
        for (var i = 0; i < bars.Count; i++)
        {
            var top = bounds.Y + 4 + i * RowHeight;
            var (label, value) = bars[i];
            var shown = Fit(graphics, label, font, labelWidth);
            graphics.DrawString(shown, font, ink, new XRect(bounds.X, top, labelWidth, RowHeight - 4), XStringFormats.CenterLeft);
            var width = plotWidth * value / max;
            if (width > 0)
            {
                graphics.DrawRectangle(fill, new XRect(plotLeft, top + 3, width, RowHeight - 10));
            }

            graphics.DrawString(value.ToString("#,##0", German), font, ink, new XRect(plotLeft + width + 4, top, valueWidth, RowHeight - 4), XStringFormats.CenterLeft);
        }

        var axisBottom = bounds.Y + 4 + Math.Max(1, bars.Count) * RowHeight;
        graphics.DrawLine(new XPen(Axis, 0.6), plotLeft, bounds.Y + 2, plotLeft, axisBottom);
    }

    private static string Fit(XGraphics graphics, string text, XFont font, double width)
    {
        if (graphics.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && graphics.MeasureString(text[..cut] + "…", font).Width > width)
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
