using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LaborPlattform.Reporting.Layout;

/// <summary>
/// A small column chart for a series over time (e.g. network members at the end of each month), drawn with vector
/// graphics. Its text alternative names every column with its value; with many columns only every n-th is labelled
/// under the axis, the alternative text still has them all. The title is drawn above the columns.
/// </summary>
internal static class ColumnChart
{
    private const double Height = 120;
    private const double LabelBand = 16;
    private const double TitleHeight = 18;
    private static readonly XColor Fill = XColor.FromArgb(0x0b, 0x4f, 0x8a);
    private static readonly XColor Axis = XColor.FromArgb(0x4a, 0x4f, 0x5e);
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static FigureBlock Create(string title, IReadOnlyList<(string Label, int Value)> columns, string unit, string family = ReportFonts.Sans)
    {
        var alt = $"Säulendiagramm „{title}“: " + (columns.Count == 0
            ? "keine Werte."
            : string.Join("; ", columns.Select(c => $"{c.Label}: {c.Value.ToString("#,##0", German)} {unit}")) + ".");
        var fingerprint = "columns|" + string.Join("|", columns.Select(c => $"{c.Label}={c.Value}"));
        return new FigureBlock(
            alt,
            Height + TitleHeight,
            (graphics, bounds) =>
            {
                BarChart.DrawTitle(graphics, bounds, title, family);
                Draw(graphics, new XRect(bounds.X, bounds.Y + TitleHeight, bounds.Width, Height), columns, family);
            },
            fingerprint);
    }

    private static void Draw(XGraphics graphics, XRect bounds, IReadOnlyList<(string Label, int Value)> columns, string family)
    {
        var font = new XFont(family, 8, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var ink = new XSolidBrush(Axis);
        var fill = new XSolidBrush(Fill);
        var left = bounds.X + 4;
        var width = bounds.Width - 8;
        var baseline = bounds.Y + Height - LabelBand;
        var valueBand = 12.0;
        var plotHeight = Height - LabelBand - valueBand - 4;
        graphics.DrawLine(new XPen(Axis, 0.6), left, baseline, left + width, baseline);
        if (columns.Count == 0)
        {
            return;
        }

        var max = Math.Max(1, columns.Max(c => c.Value));
        var slot = width / columns.Count;
        var barWidth = Math.Min(28, slot * 0.7);
        var labelEvery = Math.Max(1, (int)Math.Ceiling(48 / slot));
        for (var i = 0; i < columns.Count; i++)
        {
            var (label, value) = columns[i];
            var x = left + i * slot + (slot - barWidth) / 2;
            var height = plotHeight * value / max;
            if (height > 0)
            {
                graphics.DrawRectangle(fill, new XRect(x, baseline - height, barWidth, height));
            }

            if (slot >= 14 || i % labelEvery == 0)
            {
                graphics.DrawString(value.ToString("#,##0", German), font, ink, new XRect(left + i * slot, baseline - height - valueBand, slot, valueBand), XStringFormats.BottomCenter);
            }

            if (i % labelEvery == 0)
            {
                graphics.DrawString(label, font, ink, new XRect(left + i * slot - slot * (labelEvery - 1) / 2, baseline + 2, slot * labelEvery, LabelBand - 2), XStringFormats.TopCenter);
            }
        }
    }
}
