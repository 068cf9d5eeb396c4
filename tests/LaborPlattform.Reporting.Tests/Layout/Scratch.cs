using LaborPlattform.Reporting.Layout;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Layout;

public sealed class Scratch
{
    [Fact]
    public void Write_sample()
    {
        var blocks = new List<Block>
        {
            new ParagraphBlock("Fortschrittsbericht", ParagraphKind.Title),
            new ParagraphBlock("Labor Bremen/Bremerhaven – 3. Quartal 2026", ParagraphKind.Subtitle),
            new TableBlock([new TableColumn("Angabe", 1), new TableColumn("Wert", 2)], [["Programm", "Regionale Open Government Labore"], ["Datenstand", "01.10.2026, 06:00 Uhr"]], FirstColumnIsRowHeader: true),
            new PageBreakBlock(),
            new TableOfContentsBlock(),
            new PageBreakBlock(),
        };
        for (var s = 1; s <= 6; s++)
        {
            blocks.Add(new HeadingBlock(1, $"Kapitel {s}: Größere Überschrift mit Umlauten"));
            blocks.Add(new ParagraphBlock(string.Join(" ", Enumerable.Repeat("Die Seniorinnen und Senioren integrieren ihr neu gewonnenes Wissen in den Alltag; Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen 1.234,56 €.", 8))));
            blocks.Add(new HeadingBlock(2, $"Abschnitt {s}.1"));
            blocks.Add(new TableBlock([new TableColumn("Kommune", 3), new TableColumn("Art", 2), new TableColumn("Anzahl", 1, CellAlignment.Right)],
                Enumerable.Range(1, 40).Select(i => (IReadOnlyList<string>)[$"Gemeinde {i} mit einem etwas längeren Namen", "Gemeinde", i.ToString("#,##0", System.Globalization.CultureInfo.GetCultureInfo("de-DE"))]).ToList(), true));
            blocks.Add(BarChart.Create("Labore je Thema", [("Digitale Teilhabe", 3), ("Energiewende", 5), ("Bürokratieabbau", 1)], "Labore"));
        }

        var doc = new ReportDocument("Fortschrittsbericht Bremen/Bremerhaven 2026-Q3 & mehr", "Fortschrittsbericht", new DateTimeOffset(2026, 10, 1, 4, 0, 0, TimeSpan.Zero), "Fortschrittsbericht · Bremen/Bremerhaven · 3. Quartal 2026", "LaborPlattform · Regionale Open Government Labore", blocks);
        var a = PdfReportRenderer.Render(doc);
        var b = PdfReportRenderer.Render(doc);
        File.WriteAllBytes("/tmp/rep-sample.pdf", a.Pdf);
        Assert.Equal(a.Pdf, b.Pdf);
    }
}
