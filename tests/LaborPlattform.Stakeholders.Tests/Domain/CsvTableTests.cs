using System.Text;
using LaborPlattform.Stakeholders.ImportOrganisations;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Domain;

public sealed class CsvTableTests
{
    [Fact]
    public void Quoted_cells_keep_separators_quotes_and_line_breaks_and_records_know_their_line()
    {
        var records = CsvTable.Parse("Name;Straße\r\n\"Treff \"\"Am Deich\"\"\";\"Am Deich 1;\nHinterhaus\"\r\nVerein;Weg 2\r\n");

        records.Count.ShouldBe(3);
        records[1].Cells.ShouldBe(["Treff \"Am Deich\"", "Am Deich 1;\nHinterhaus"]);
        records[2].Line.ShouldBe(4);
        records[2].Cells.ShouldBe(["Verein", "Weg 2"]);
    }

    [Fact]
    public void The_comma_is_the_separator_when_the_header_has_no_semicolon()
    {
        var records = CsvTable.Parse("Name,Ort\nVerein A,Bremen");

        records[1].Cells.ShouldBe(["Verein A", "Bremen"]);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted()
    {
        var records = CsvTable.Parse("Name;Ort\r\n\r\n;\r\nVerein;Bremen");

        records.Count.ShouldBe(2);
        records[1].Line.ShouldBe(4);
    }

    [Fact]
    public void Only_UTF8_text_is_accepted()
    {
        CsvTable.DecodeUtf8([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Größe")]).ShouldBe("Größe");
        CsvTable.DecodeUtf8(Encoding.UTF8.GetBytes("Größe")).ShouldBe("Größe");
        CsvTable.DecodeUtf8(Encoding.Latin1.GetBytes("Größe")).ShouldBeNull();
        CsvTable.DecodeUtf8(Encoding.Unicode.GetBytes("Name;Ort")).ShouldBeNull();
        CsvTable.DecodeUtf8([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Name;Ort")]).ShouldBeNull();
    }
}
