using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Documents;

/// <summary>
/// A platform of its own whose clock the test moves through 2041: outcomes can only be logged once a date has begun, and
/// the programme report counts every lab of the programme funded in the period, so no other test may add labs funded then.
/// </summary>
public sealed class WorkshopsReportPlatform : ReportingPlatform;

/// <summary>
/// The workshop figures and the annex of workshops, checked against events planned, cancelled and logged through the
/// Workshops API: the lab progress report and the programme report for the second quarter of 2041, and a lab without events.
/// </summary>
public sealed class WorkshopsReportTests(WorkshopsReportPlatform platform) : IClassFixture<WorkshopsReportPlatform>
{
    private static readonly Guid DigitalParticipation = new("0199a1f0-0000-7000-8000-000000000102");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    internal sealed record IdBody(Guid Id);

    internal static async Task<LabDto> RegisterAsync(HttpClient admin, string name, string state, string fundingStart, string fundingEnd, object municipality)
    {
        var response = await admin.PostAsJsonAsync("/api/labs", new
        {
            name,
            shortDescription = $"Beschreibung von {name}.",
            federalStateCode = state,
            programmeId = TestLabs.RegionalLabsProgramme,
            fundingStart,
            fundingEnd,
            themeIds = new[] { DigitalParticipation },
            municipalities = new[] { municipality },
            universities = Array.Empty<string>(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await admin.GetFromJsonAsync<LabDto>($"/api/labs/{(await response.Content.ReadFromJsonAsync<IdBody>())!.Id}"))!;
    }

    private void ClockAt(string instant) => platform.Time.SetUtcNow(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture));

    private static string Month(int month) => new DateOnly(2041, month, 1).ToString("MMM yyyy", German);

    private static readonly object[] NoFollowUps = [];

    [Fact]
    public async Task The_reports_show_the_events_participants_and_the_list_of_events_as_entered()
    {
        // 1 March 2041: two labs, organisations, a sub-project and the events of the spring.
        ClockAt("2041-03-01T08:00:00Z");
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var weser = await RegisterAsync(admin, "Labor Weser", "HB", "2040-01-01", "2042-12-31",
            new { municipalityKey = "04012000", name = "Stadt Bremerhaven", kind = "City", role = "Lead" });
        var havel = await RegisterAsync(admin, "Labor Havel", "BB", "2040-01-01", "2042-12-31",
            new { municipalityKey = "12054000", name = "Stadt Potsdam", kind = "City", role = "Lead" });
        using var weserClient = await platform.ClientAsAsync(Roles.LabCoordinator, weser.Id);
        using var havelClient = await platform.ClientAsAsync(Roles.LabCoordinator, havel.Id);
        var weserProjects = new ModuleData(weserClient, weser.Id);
        var seniors = await weserProjects.OrganisationAsync("Seniorenbüro Bremerhaven", "CivilSociety", "Association", "NetworkPartner", "2040-01-01");
        var office = await weserProjects.OrganisationAsync("Bürgeramt Bremerhaven", "Administration", "MunicipalAdministration", "ConsortiumPartner", "2040-01-01");
        var chamber = await new ModuleData(havelClient, havel.Id).OrganisationAsync("Handwerkskammer Potsdam", "Business", "Company", "Multiplier", "2040-01-01");
        var subProject = await weserProjects.SubProjectAsync("Digitale Sprechstunden", "2041-01-01", "2041-12-31", [DigitalParticipation], ["04012000"]);

        var weserEvents = new WorkshopData(weserClient, weser.Id);
        var hall = WorkshopData.Address("Gemeindehaus St. Petri", "Bremerhaven", "04012000");
        // A weekly course on Mondays: 25 March lies before the quarter, 1, 8 and 15 April in it.
        var course = await weserEvents.PlanAsync("Smartphone-Kurs", "Course", "2041-03-25T10:00", "2041-03-25T12:00", hall, subProjectId: subProject, rule: "FREQ=WEEKLY;BYDAY=MO;UNTIL=20410415");
        course.Select(d => d.OccursOn.ToString("dd.MM.", German)).ShouldBe(["25.03.", "01.04.", "08.04.", "15.04."]);
        var dialogue = (await weserEvents.PlanAsync("Bürgerdialog Lehe", "CitizenDialogue", "2041-05-20T18:00", "2041-05-20T20:00", hall))[0];
        var talk = (await weserEvents.PlanAsync("Vortrag Datenschutz", "Talk", "2041-06-03T17:00", "2041-06-03T18:30", hall))[0];
        await weserEvents.PlanAsync("Online-Sprechstunde", "ConsultationHour", "2041-06-10T09:00", "2041-06-10T10:00", WorkshopData.Online(), isPublic: false);
        var summer = (await weserEvents.PlanAsync("Sommerkurs", "Course", "2041-07-08T10:00", "2041-07-08T12:00", hall))[0];
        var havelEvents = new WorkshopData(havelClient, havel.Id);
        var meeting = (await havelEvents.PlanAsync("Netzwerktreffen Havel", "NetworkMeeting", "2041-04-22T14:00", "2041-04-22T16:00", WorkshopData.Address("Rathaus", "Potsdam", "12054000")))[0];
        await weserEvents.CancelAsync(talk, "Referentin erkrankt.");

        // 10 July 2041 (after the quarter): the outcomes are logged; the consultation hour of 10 June still waits for its own.
        ClockAt("2041-07-10T08:00:00Z");
        using var weserLater = await platform.ClientAsAsync(Roles.LabCoordinator, weser.Id);
        using var havelLater = await platform.ClientAsAsync(Roles.LabCoordinator, havel.Id);
        weserEvents = new WorkshopData(weserLater, weser.Id);
        havelEvents = new WorkshopData(havelLater, havel.Id);
        var citizens = (int n, int notStated) => new { administration = 0, civilSociety = 0, politics = 0, academia = 0, business = 0, citizens = n - notStated };
        await weserEvents.OutcomeAsync(course[0], 20, [1, 2, 3, 14], citizens(20, 0), firstTimeDigitalUsers: 9, organisations: [seniors]);
        await weserEvents.OutcomeAsync(course[1], 12, [0, 2, 4, 6], citizens(12, 0), firstTimeDigitalUsers: 5, organisations: [seniors], ideas: 2);
        await weserEvents.OutcomeAsync(course[2], 10, [0, 0, 3, 7], citizens(10, 1), firstTimeDigitalUsers: 3, organisations: [seniors]);
        await weserEvents.OutcomeAsync(course[3], 8);
        await weserEvents.OutcomeAsync(
            dialogue, 25, [5, 10, 6, 4], new { administration = 3, civilSociety = 7, politics = 2, academia = 0, business = 0, citizens = 13 },
            organisations: [seniors, office], ideas: 14, decisions: ["Sprechstunde im Stadtteil einrichten"],
            followUps: [new { task = "Raum suchen", ownerOrganisationId = office, dueDate = "2041-09-30" }]);
        await weserEvents.OutcomeAsync(summer, 30, [0, 0, 10, 20]);
        await havelEvents.OutcomeAsync(meeting, 10, sectors: new { administration = 6, civilSociety = 0, politics = 0, academia = 0, business = 4, citizens = 0 }, organisations: [chamber]);

        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var quarter = new { type = ReportTypes.LabProgress, labId = weser.Id, periodKind = ReportPeriodKinds.Quarter, year = 2041, quarter = 2, audience = ReportAudiences.Ministry };
        var (labStatus, labPdf) = await reviewer.RequestAndDownloadAsync(quarter);
        using (var lab = new PdfInspection(labPdf))
        {
            lab.PageCount.ShouldBe(labStatus.PageCount!.Value);
            var text = lab.AllText;
            // 1, 8, 15 April, 20 May and 10 June; 3 June was cancelled, 25 March and 8 July lie outside the quarter.
            text.ShouldContain("Das Labor hatte im Berichtszeitraum 2. Quartal 2041 5 Veranstaltungstermine; ein weiterer Termin wurde abgesagt. Für 4 Termine (80,0 %) ist das Ergebnis erfasst; an ihnen nahmen 55 Menschen teil.");
            text.ShouldContain(
                "Veranstaltungstermine 5 davon öffentlich 4 davon Termine von Veranstaltungsreihen 3 Veranstaltungsreihen 1 Abgesagte Termine 1 Termine mit erfasstem Ergebnis 4 "
                + "Anteil der Termine mit erfasstem Ergebnis 80,0 % Teilnehmende 55 davon erstmals ein digitales Angebot genutzt 8 Teilnehmende Organisationen 2 "
                + "Gesammelte Ideen 16 Entscheidungen 1 Vereinbarte nächste Schritte 1");
            text.ShouldContain($"Monat Termine Teilnehmende {Month(4)} 3 30 {Month(5)} 1 25 {Month(6)} 1 0");
            text.ShouldContain("Format Termine Teilnehmende Kurs 3 30 Bürgerdialog 1 25 Sprechstunde 1 0");
            text.ShouldContain("Altersgruppe Teilnehmende unter 30 5 30 bis 49 12 50 bis 69 13 70 und älter 17 ohne Angabe 8");
            text.ShouldContain("Sektor Teilnehmende Verwaltung 3 Zivilgesellschaft 7 Politik 2 Wissenschaft 0 Wirtschaft 0 Bürgerinnen und Bürger 34 ohne Angabe 9");
            lab.HexTextStrings.ShouldContain($"Säulendiagramm „Veranstaltungstermine je Monat“: {Month(4)}: 3 Termine; {Month(5)}: 1 Termine; {Month(6)}: 1 Termine.");
            lab.HexTextStrings.ShouldContain($"Säulendiagramm „Teilnehmende je Monat“: {Month(4)}: 30 Teilnehmende; {Month(5)}: 25 Teilnehmende; {Month(6)}: 0 Teilnehmende.");
            lab.HexTextStrings.ShouldContain("Balkendiagramm „Teilnehmende nach Altersgruppe“: unter 30: 5 Teilnehmende; 30 bis 49: 12 Teilnehmende; 50 bis 69: 13 Teilnehmende; 70 und älter: 17 Teilnehmende; ohne Angabe: 8 Teilnehmende.");
            // In the table of contents right after the key figures; the annex at the end.
            var events = lab.PageOf("Veranstaltungen Das Labor hatte im Berichtszeitraum");
            var annex = lab.PageOf("Anhang: Veranstaltungen Alle");
            annex.ShouldBe(lab.PageCount);
            lab.Pages[1].ShouldContain($"Veranstaltungen {events} Termine und Teilnehmende nach Monat");
            lab.Pages[1].ShouldContain("Teilprojekte nach Status und Ampel");
            lab.Pages[1].IndexOf("Teilnehmende nach Sektor", StringComparison.Ordinal).ShouldBeLessThan(lab.Pages[1].IndexOf("Das Labor", StringComparison.Ordinal));
            lab.Pages[1].ShouldContain($"Anhang: Veranstaltungen {annex}");

            // The annex: every date of the quarter, the cancelled one and the one without outcome included (cells wrap:
            // the words of a row's second lines follow its first lines).
            var list = lab.Pages[annex - 1];
            list.ShouldContain("Alle 6 Termine der Veranstaltungen des Labors im Berichtszeitraum 2. Quartal 2041, nach Beginn geordnet; 1 davon abgesagt.");
            list.ShouldContain(
                "Datum, Zeit Veranstaltung, Format Ort Teilnehmende Teilprojekt "
                + "01.04.2041 Smartphone-Kurs Gemeindehaus St. 12 Digitale Sprechstunden 10:00–12:00 Kurs Petri, Bremerhaven "
                + "08.04.2041 Smartphone-Kurs Gemeindehaus St. 10 Digitale Sprechstunden 10:00–12:00 Kurs Petri, Bremerhaven "
                + "15.04.2041 Smartphone-Kurs Gemeindehaus St. 8 Digitale Sprechstunden 10:00–12:00 Kurs Petri, Bremerhaven "
                + "20.05.2041 Bürgerdialog Lehe Gemeindehaus St. 25 – 18:00–20:00 Bürgerdialog Petri, Bremerhaven "
                + "03.06.2041 Vortrag Datenschutz Gemeindehaus St. abgesagt – 17:00–18:30 Vortrag Petri, Bremerhaven "
                + "10.06.2041 Online-Sprechstunde Online Ergebnis fehlt – 09:00–10:00 Sprechstunde LaborPlattform");
            list.ShouldNotContain("25.03.2041");
            list.ShouldNotContain("Sommerkurs");
            lab.AllText.ShouldNotContain("Netzwerktreffen Havel");
        }

        // Same data and the same as-of instant: the same bytes.
        var (again, againPdf) = await reviewer.RequestAndDownloadAsync(quarter);
        again.Sha256.ShouldBe(labStatus.Sha256);
        againPdf.ShouldBe(labPdf);

        // The programme report: both labs added up, compared, and on their pages.
        var (programmeStatus, programmePdf) = await reviewer.RequestAndDownloadAsync(new { type = ReportTypes.Programme, programmeId = TestLabs.RegionalLabsProgramme, periodKind = ReportPeriodKinds.Quarter, year = 2041, quarter = 2, audience = ReportAudiences.Ministry });
        using (var programme = new PdfInspection(programmePdf))
        {
            programme.PageCount.ShouldBe(programmeStatus.PageCount!.Value);
            var text = programme.AllText;
            text.ShouldContain("Die Labore hatten im Berichtszeitraum 2. Quartal 2041 6 Veranstaltungstermine; ein weiterer Termin wurde abgesagt. Für 5 Termine (83,3 %) ist das Ergebnis erfasst; an ihnen nahmen 65 Menschen teil.");
            // (The table may continue on the next page.)
            text.ShouldContain("Veranstaltungstermine 6 davon öffentlich 5 davon Termine von Veranstaltungsreihen 3 Veranstaltungsreihen 1 Abgesagte Termine 1 Termine mit erfasstem Ergebnis 5 Anteil der Termine mit erfasstem Ergebnis 83,3 % Teilnehmende 65");
            text.ShouldContain("davon erstmals ein digitales Angebot genutzt 8 Teilnehmende Organisationen 3 Gesammelte Ideen 16 Entscheidungen 1 Vereinbarte nächste Schritte 1");
            text.ShouldContain($"Monat Termine Teilnehmende {Month(4)} 4 40 {Month(5)} 1 25 {Month(6)} 1 0");
            text.ShouldContain("Format Termine Teilnehmende Kurs 3 30 Bürgerdialog 1 25 Netzwerktreffen 1 10 Sprechstunde 1 0");
            programme.HexTextStrings.ShouldContain("Balkendiagramm „Teilnehmende nach Altersgruppe“: unter 30: 5 Teilnehmende; 30 bis 49: 12 Teilnehmende; 50 bis 69: 13 Teilnehmende; 70 und älter: 17 Teilnehmende; ohne Angabe: 18 Teilnehmende.");
            programme.HexTextStrings.ShouldContain("Balkendiagramm „Teilnehmende nach Sektor“: Verwaltung: 9 Teilnehmende; Zivilgesellschaft: 7 Teilnehmende; Politik: 2 Teilnehmende; Wissenschaft: 0 Teilnehmende; Wirtschaft: 4 Teilnehmende; Bürgerinnen und Bürger: 34 Teilnehmende; ohne Angabe: 9 Teilnehmende.");
            programme.HexTextStrings.ShouldContain("Balkendiagramm „Veranstaltungstermine nach Format“: Kurs: 3 Termine; Bürgerdialog: 1 Termine; Netzwerktreffen: 1 Termine; Sprechstunde: 1 Termine.");
            text.ShouldContain("Labor Termine mit Ergebnis Teilnehmende Labor Havel 1 1 10 Labor Weser 5 4 55");
            // Each lab's part ends with its events (the small table may continue on the next page, after its footer and header).
            var havelPart = text.IndexOf("Beschreibung von Labor Havel.", StringComparison.Ordinal);
            var weserPart = text.IndexOf("Beschreibung von Labor Weser.", StringComparison.Ordinal);
            havelPart.ShouldBeGreaterThan(text.IndexOf("Die Labore im Einzelnen", StringComparison.Ordinal));
            weserPart.ShouldBeGreaterThan(havelPart);
            text[havelPart..weserPart].ShouldMatch("Veranstaltungen Kennzahl Wert Veranstaltungstermine 1 (.* Kennzahl Wert )?davon mit erfasstem Ergebnis 1 (.* Kennzahl Wert )?Teilnehmende 10");
            text[weserPart..].ShouldMatch("Veranstaltungen Kennzahl Wert Veranstaltungstermine 5 (.* Kennzahl Wert )?davon mit erfasstem Ergebnis 4 (.* Kennzahl Wert )?Teilnehmende 55");
        }
    }
}

/// <summary>A platform of its own for the zero state: its clock is moved to 2041 independently of the test above.</summary>
public sealed class WorkshopsZeroStateReportPlatform : ReportingPlatform;

/// <summary>A lab without events in the period: one sentence, no empty tables.</summary>
public sealed class WorkshopsZeroStateReportTests(WorkshopsZeroStateReportPlatform platform) : IClassFixture<WorkshopsZeroStateReportPlatform>
{
    private void ClockAt(string instant) => platform.Time.SetUtcNow(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_lab_without_events_gets_a_sentence_instead_of_empty_tables()
    {
        ClockAt("2041-07-10T08:00:00Z");
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        // Funded from 2043 on: the programme report of 2041 does not count it.
        var quiet = await WorkshopsReportTests.RegisterAsync(admin, "Labor Stille", "SN", "2043-01-01", "2044-12-31",
            new { municipalityKey = "14612000", name = "Stadt Dresden", kind = "City", role = "Lead" });
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        var (status, pdf) = await reviewer.RequestAndDownloadAsync(new { type = ReportTypes.LabProgress, labId = quiet.Id, periodKind = ReportPeriodKinds.Quarter, year = 2041, quarter = 2, audience = ReportAudiences.Ministry });

        using var report = new PdfInspection(pdf);
        report.PageCount.ShouldBe(status.PageCount!.Value);
        report.AllText.ShouldContain("Das Labor hatte im Berichtszeitraum 2. Quartal 2041 keine Veranstaltungstermine.");
        report.AllText.ShouldContain("Anhang: Veranstaltungen Das Labor hatte im Berichtszeitraum 2. Quartal 2041 keine Veranstaltungstermine.");
        report.AllText.ShouldNotContain("Termine und Teilnehmende nach Monat");
        report.AllText.ShouldNotContain("Altersgruppe Teilnehmende");
    }
}
