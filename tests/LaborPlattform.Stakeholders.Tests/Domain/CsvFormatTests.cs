using System.Text;
using LaborPlattform.Shared.Csv;
using LaborPlattform.Stakeholders.ImportOrganisations;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Domain;

/// <summary>Pins the CSV conventions byte for byte, so that the implementation behind them can change safely.</summary>
public sealed class CsvFormatTests
{
    [Fact]
    public void Written_bytes_are_UTF8_with_BOM_semicolons_CRLF_quoted_only_where_needed_and_formula_safe()
    {
        var bytes = new CsvWriter()
            .Row("Name", "Größe", "Anmerkung")
            .Row("Treff \"Süd\"", "a;b", "Zeile 1\r\nZeile 2")
            .Row("=SUMME(A1)", "+49 421 000", "-Bremen")
            .Row("@Ort", "\tTab", "\rWagenrücklauf")
            .Row("-5", "-1.234,5", "+3")
            .Row(null, "", " Leerzeichen ")
            .Row("Zeile\nUmbruch", "'Apostroph", "x\"")
            .ToBytes();

        var expected = "\uFEFFName;Größe;Anmerkung\r\n"
            + "\"Treff \"\"Süd\"\"\";\"a;b\";\"Zeile 1\r\nZeile 2\"\r\n"
            + "'=SUMME(A1);'+49 421 000;'-Bremen\r\n"
            + "'@Ort;'\tTab;\"'\rWagenrücklauf\"\r\n"
            + "-5;-1.234,5;+3\r\n"
            + ";; Leerzeichen \r\n"
            + "\"Zeile\nUmbruch\";'Apostroph;\"x\"\"\"\r\n";
        bytes.ShouldBe(Encoding.UTF8.GetBytes(expected));
    }

    [Fact]
    public void An_empty_writer_is_only_the_byte_order_mark()
    {
        new CsvWriter().ToBytes().ShouldBe(Encoding.UTF8.GetPreamble());
    }

    [Fact]
    public void Line_ends_may_be_CRLF_LF_or_CR_and_a_record_keeps_the_line_it_starts_on()
    {
        var records = CsvTable.Parse("Name;Ort\rA;\"Bre\r\nmen\"\nB;Köln\r\nC;Ulm");

        records.Select(r => r.Line).ShouldBe([1, 2, 4, 5]);
        records[1].Cells.ShouldBe(["A", "Bre\r\nmen"]);
        records[2].Cells.ShouldBe(["B", "Köln"]);
        records[3].Cells.ShouldBe(["C", "Ulm"]);
    }

    [Fact]
    public void Rows_keep_their_own_number_of_cells_and_whitespace_only_rows_are_skipped()
    {
        var records = CsvTable.Parse("Name;Ort;PLZ\r\nA;Bremen\r\n \t; \r\nB;Köln;50667;extra;\r\n");

        records.Count.ShouldBe(3);
        records[1].Cells.ShouldBe(["A", "Bremen"]);
        records[2].Line.ShouldBe(4);
        records[2].Cells.ShouldBe(["B", "Köln", "50667", "extra", ""]);
    }

    [Fact]
    public void Cells_are_not_trimmed_by_the_reader_and_a_quote_inside_an_unquoted_cell_is_kept()
    {
        var records = CsvTable.Parse("Name;Ort\r\n Treff \"Süd\" ;\" Bremen \"\r\n");

        records[1].Cells.ShouldBe([" Treff \"Süd\" ", " Bremen "]);
    }

    [Fact]
    public void A_comma_file_keeps_semicolons_in_cells_and_quoted_commas()
    {
        var records = CsvTable.Parse("Name,Ort\r\n\"Treff, Süd\",Bre;men\r\n");

        records[1].Cells.ShouldBe(["Treff, Süd", "Bre;men"]);
    }

    [Fact]
    public void A_file_that_the_own_export_wrote_reads_back_to_the_same_cells()
    {
        var bytes = new CsvWriter().Row("Name", "Straße").Row("Treff \"Süd\"; Ost", "Am Deich 1\r\nHinterhaus").ToBytes();

        var records = CsvTable.Parse(CsvTable.DecodeUtf8(bytes)!);

        records.Count.ShouldBe(2);
        records[1].Cells.ShouldBe(["Treff \"Süd\"; Ost", "Am Deich 1\r\nHinterhaus"]);
    }
}
