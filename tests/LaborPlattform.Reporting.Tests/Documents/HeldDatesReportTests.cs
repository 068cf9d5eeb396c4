using System.Globalization;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Documents;

/// <summary>A platform of its own: its clock stands early on 10 September 2041 and the programme report counts its only lab.</summary>
public sealed class HeldDatesReportPlatform : ReportingPlatform;

/// <summary>
/// A date later on the as-of day has not been held yet: the key figures, the month and format tables, the annex and the
/// programme report's comparison and lab pages all count a date as held only once it began before the as-of instant.
/// </summary>
public sealed class HeldDatesReportTests(HeldDatesReportPlatform platform) : IClassFixture<HeldDatesReportPlatform>
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private void ClockAt(string instant) => platform.Time.SetUtcNow(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_date_later_on_the_as_of_day_is_planned_not_held_in_every_figure()
    {
        ClockAt("2041-09-01T08:00:00Z");
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var lab = await WorkshopsReportTests.RegisterAsync(admin, "Labor Elbe", "HH", "2040-01-01", "2042-12-31",
            new { municipalityKey = "02000000", name = "Freie und Hansestadt Hamburg", kind = "CityState", role = "Lead" });
        using (var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id))
        {
            // A weekly public course: Tuesday 3 September and Tuesday 10 September, 14:00 Berlin time.
            var course = await new WorkshopData(coordinator, lab.Id).PlanAsync(
                "Tablet-Kurs", "Course", "2041-09-03T14:00", "2041-09-03T16:00", WorkshopData.Address("Bücherhalle Altona", "Hamburg", "02000000"),
                rule: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20410910");
            course.Select(d => d.OccursOn.ToString("dd.MM.", German)).ShouldBe(["03.09.", "10.09."]);

            // 05:55 Berlin time on 10 September: the first date is over and logged, the second begins at 14:00 today.
            ClockAt("2041-09-10T03:55:00Z");
            using var later = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
            await new WorkshopData(later, lab.Id).OutcomeAsync(course[0], 12);
        }

        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var (status, pdf) = await reviewer.RequestAndDownloadAsync(new { type = ReportTypes.LabProgress, labId = lab.Id, periodKind = ReportPeriodKinds.Quarter, year = 2041, quarter = 3, audience = ReportAudiences.Ministry });
        status.DataAsOf.ShouldBe(DateTimeOffset.Parse("2041-09-10T03:55:00Z", CultureInfo.InvariantCulture));
        using (var report = new PdfInspection(pdf))
        {
            var text = report.AllText;
            text.ShouldContain("Das Labor hatte vom 01.07.2041 bis zum 10.09.2041 (Datenstand) einen Veranstaltungstermin; kein Termin wurde abgesagt. Für einen Termin (100,0 %) ist das Ergebnis erfasst; an ihm nahmen 12 Menschen teil.");
            text.ShouldContain(
                "Veranstaltungstermine 1 davon öffentlich 1 davon Termine von Veranstaltungsreihen 1 Veranstaltungsreihen 1 Abgesagte Termine 0 "
                + "Termine mit erfasstem Ergebnis 1 Anteil der Termine mit erfasstem Ergebnis 100,0 % Teilnehmende 12");
            text.ShouldContain($"Monat Termine Teilnehmende {Month(7)} 0 0 {Month(8)} 0 0 {Month(9)} 1 12");
            text.ShouldContain("Format Termine Teilnehmende Kurs 1 12");

            // The annex lists both dates; the one of this afternoon as planned.
            var annex = report.Pages[report.PageOf("Anhang: Veranstaltungen Alle") - 1];
            annex.ShouldContain("Alle 2 Termine der Veranstaltungen des Labors vom 01.07.2041 bis zum 10.09.2041 (Datenstand), nach Beginn geordnet; 0 davon abgesagt.");
            annex.ShouldContain("03.09.2041 Tablet-Kurs Bücherhalle Altona, 12 –");
            annex.ShouldContain("10.09.2041 Tablet-Kurs Bücherhalle Altona, geplant –");
        }

        var (_, programmePdf) = await reviewer.RequestAndDownloadAsync(new { type = ReportTypes.Programme, programmeId = TestLabs.RegionalLabsProgramme, periodKind = ReportPeriodKinds.Quarter, year = 2041, quarter = 3, audience = ReportAudiences.Ministry });
        using var programme = new PdfInspection(programmePdf);
        var all = programme.AllText;
        all.ShouldContain("Die Labore hatten vom 01.07.2041 bis zum 10.09.2041 (Datenstand) einen Veranstaltungstermin;");
        all.ShouldContain("Labor Termine mit Ergebnis Teilnehmende Labor Elbe 1 1 12");
        all[all.IndexOf("Beschreibung von Labor Elbe.", StringComparison.Ordinal)..]
            .ShouldMatch("Veranstaltungen Kennzahl Wert Veranstaltungstermine 1 (.* Kennzahl Wert )?davon mit erfasstem Ergebnis 1 (.* Kennzahl Wert )?Teilnehmende 12");
    }

    private static string Month(int month) => new DateOnly(2041, month, 1).ToString("MMM yyyy", German);
}
