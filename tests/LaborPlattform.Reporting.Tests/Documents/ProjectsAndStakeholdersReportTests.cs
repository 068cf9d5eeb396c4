using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Documents;

/// <summary>
/// A platform of its own whose clock the test sets to 2040: status changes are dated by the clock, and the programme
/// reports count every lab of the programme funded in the period, so no other test may add labs funded then.
/// </summary>
public sealed class ProjectsReportPlatform : ReportingPlatform;

/// <summary>
/// The figures and sections that come from the Projects and Stakeholders modules, each checked against the data the
/// test entered through those modules' APIs: the lab progress report, the programme report and the report for the
/// municipal umbrella associations for the second quarter of 2040, and a report for a period that is still running.
/// </summary>
public sealed class ProjectsAndStakeholdersReportTests(ProjectsReportPlatform platform) : IClassFixture<ProjectsReportPlatform>
{
    private static readonly Guid DigitalParticipation = new("0199a1f0-0000-7000-8000-000000000102");
    private static readonly Guid Democracy = new("0199a1f0-0000-7000-8000-000000000103");
    private static readonly Guid EnergyTransition = new("0199a1f0-0000-7000-8000-000000000101");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private sealed record IdBody(Guid Id);

    private static async Task<LabDto> RegisterAsync(HttpClient admin, string name, string state, Guid theme, object[] municipalities)
    {
        var response = await admin.PostAsJsonAsync("/api/labs", new
        {
            name,
            shortDescription = $"Beschreibung von {name}.",
            federalStateCode = state,
            programmeId = TestLabs.RegionalLabsProgramme,
            fundingStart = "2039-01-01",
            fundingEnd = "2041-12-31",
            themeIds = new[] { theme },
            municipalities,
            universities = Array.Empty<string>(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await admin.GetFromJsonAsync<LabDto>($"/api/labs/{(await response.Content.ReadFromJsonAsync<IdBody>())!.Id}"))!;
    }

    private void ClockAt(string instant) => platform.Time.SetUtcNow(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture));

    private static string Month(int month) => new DateOnly(2040, month, 1).ToString("MMM yyyy", German);

    [Fact]
    public async Task The_reports_show_sub_projects_milestones_organisations_networks_and_transfers_as_entered()
    {
        // 10 March 2040 (first quarter): the labs, three organisations, sub-project A, which starts running.
        ClockAt("2040-03-10T08:00:00Z");
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var nordsee = await RegisterAsync(admin, "Labor Nordsee", "NI", DigitalParticipation,
        [
            new { municipalityKey = "03402000", name = "Stadt Emden", kind = "City", role = "Lead" },
            new { municipalityKey = "03452000", name = "Landkreis Aurich", kind = "County", role = "Partner" },
            new { municipalityKey = "03452013", name = "Gemeinde Krummhörn", kind = "Municipality", role = "Partner" },
        ]);
        var spree = await RegisterAsync(admin, "Labor Spree", "BB", EnergyTransition,
            [new { municipalityKey = "12071000", name = "Landkreis Spree-Neiße", kind = "County", role = "Lead" }]);
        // Coordinators sign in anew after each move of the clock (their sign-in would have expired in between).
        var clients = new List<HttpClient>();
        async Task<(ModuleData North, ModuleData East)> SignInAsync()
        {
            var northClient = await platform.ClientAsAsync(Roles.LabCoordinator, nordsee.Id);
            var eastClient = await platform.ClientAsAsync(Roles.LabCoordinator, spree.Id);
            clients.AddRange([northClient, eastClient]);
            return (new ModuleData(northClient, nordsee.Id), new ModuleData(eastClient, spree.Id));
        }

        var (north, east) = await SignInAsync();

        var centre = await north.OrganisationAsync("Begegnungsstätte Emden-Borssum", "CivilSociety", "CommunityCentre", "NetworkPartner", "2040-02-01");
        var university = await north.OrganisationAsync("Hochschule Emden/Leer", "Academia", "University", "ConsortiumPartner", "2039-06-01");
        await north.OrganisationAsync("Seniorenbeirat Emden", "CivilSociety", "Association", "Multiplier", "2039-01-01", until: "2040-03-31");
        await east.OrganisationAsync("Solarverein Cottbus", "CivilSociety", "Association", "NetworkPartner", "2040-01-01");
        var a = await north.SubProjectAsync("Digitale Sprechstunden", "2040-01-01", "2041-06-30", [DigitalParticipation], ["03402000", "03452013"], [centre, university]);
        await north.StatusAsync(a, "Running", "Die Kurse beginnen.");

        // 10 April 2040 (second quarter): B, C and D are entered and start running.
        ClockAt("2040-04-10T08:00:00Z");
        (north, east) = await SignInAsync();
        var b = await north.SubProjectAsync("Offene Ratsinformation", "2040-04-01", "2040-12-31", [Democracy], ["03402000", "03452000"]);
        await north.StatusAsync(b, "Running", "Auftakt im Rat.");
        var c = await north.SubProjectAsync("Energie-Bürgerrat", "2040-01-01", "2040-05-31", [], []);
        await north.StatusAsync(c, "Running", "Der Bürgerrat tagt.");
        var d = await east.SubProjectAsync("Solarkataster", "2040-01-01", "2041-12-31", [EnergyTransition], ["12071000"]);
        await east.StatusAsync(d, "Running", "Daten liegen vor.");

        ClockAt("2040-05-20T08:00:00Z");
        (north, east) = await SignInAsync();
        await north.StatusAsync(b, "Paused", "Personalwechsel in der Verwaltung.");
        ClockAt("2040-06-02T08:00:00Z");
        (north, east) = await SignInAsync();
        await north.StatusAsync(c, "Completed", "Der Bürgerrat hat seine Empfehlungen übergeben.");

        // 2 July 2040 (after the quarter): A pauses, and everything dated by its business day is entered.
        ClockAt("2040-07-02T08:00:00Z");
        (north, east) = await SignInAsync();
        await north.StatusAsync(a, "Paused", "Sommerpause.");
        var utilities = await north.OrganisationAsync("Stadtwerke Emden", "Business", "Company", "Multiplier", "2040-05-01");
        var network = await north.NetworkAsync("Digitalambulanzen Nordsee");
        await north.MemberAsync(network, centre, "2040-02-01");
        await north.MemberAsync(network, utilities, "2040-05-01");
        await north.MemberAsync(network, university, "2039-06-01", leftOn: "2040-06-10");

        await north.ProgressAsync(a, "2040-03-20", 30, "OnTrack", "Erste Kurse geplant.");
        await north.ProgressAsync(a, "2040-05-10", 50, "AtRisk", "Vier Kurse liefen.", "Kursleitung fehlt.");
        await north.ProgressAsync(a, "2040-06-25", 60, "OnTrack", "Neue Kursleitung gefunden.");
        await north.MilestoneAsync(a, "Auftakt", "2040-02-01", completedOn: "2040-02-01");
        await north.MilestoneAsync(a, "Kursplan steht", "2040-04-15", completedOn: "2040-04-10");
        await north.MilestoneAsync(a, "Zehn Kurse", "2040-05-31", completedOn: "2040-06-05");
        await north.MilestoneAsync(a, "Homepage online", "2040-06-20");
        await north.MilestoneAsync(a, "Sommerfest", "2040-08-15");
        await north.IndicatorAsync(a, "Kursteilnahmen 70+", "Teilnahmen", "Cumulative", 0, 300, ("2040-03-15", 40), ("2040-05-12", 80), ("2040-06-10", 30));
        await north.IndicatorAsync(a, "Partnerorganisationen", "Organisationen", "Snapshot", 10, 40, ("2040-04-20", 28));
        await north.LessonAsync(a, "2040-06-01", "Kleine Gruppen.", "Abendtermine.", "Früh mit den Begegnungsstätten planen.");
        await north.TransferAsync(a, "03452010", "Gemeinde Hinte", "2040-05-05", "Kurskonzept übernommen.");
        await north.TransferAsync(a, "12071000", "Landkreis Spree-Neiße", "2040-05-06", "Materialien übernommen.");
        await north.TransferAsync(a, "03452024", "Gemeinde Südbrookmerland", "2040-07-01", "Nach dem Quartal.");
        await north.ProgressAsync(b, "2040-05-19", 20, "Critical", "Stelle unbesetzt.", "Niemand betreut das Projekt.");
        await north.MilestoneAsync(b, "Ratsinformationssystem ausgewählt", "2040-05-15");
        await east.ProgressAsync(d, "2040-06-01", 40, "AtRisk", "Kataster in Arbeit.", "Lieferverzug.");
        await east.MilestoneAsync(d, "Solarkataster online", "2040-06-15", completedOn: "2040-06-15");

        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var quarter = new { type = ReportTypes.LabProgress, labId = nordsee.Id, periodKind = ReportPeriodKinds.Quarter, year = 2040, quarter = 2, audience = ReportAudiences.Ministry };

        // The lab progress report
        var (labStatus, labPdf) = await reviewer.RequestAndDownloadAsync(quarter);
        using (var lab = new PdfInspection(labPdf))
        {
            lab.PageCount.ShouldBe(labStatus.PageCount!.Value);
            var text = lab.AllText;
            // Key figures: A, B and C are in the quarter (C ended in May); D belongs to the other lab.
            text.ShouldContain("Teilprojekte im Berichtszeitraum 3 davon laufend am Ende des Berichtszeitraums 1 Fortschrittsmeldungen im Berichtszeitraum 3");
            text.ShouldContain("Meilensteine im Berichtszeitraum fällig 4 Meilensteine im Berichtszeitraum erledigt 2 davon nach ihrem Fälligkeitstag 1 Meilensteine überfällig am Ende des Berichtszeitraums 2");
            text.ShouldContain("Übernahmen durch andere Kommunen (Transfer) 2 Erfahrungen und Erkenntnisse 1 Beteiligte Organisationen 3 davon neu im Berichtszeitraum 1 Netzwerke 1 Netzwerkmitglieder am Ende des Berichtszeitraums 2");
            text.ShouldContain("Status am Ende des Berichtszeitraums Teilprojekte geplant 0 laufend 1 pausiert 1 abgeschlossen 1 abgebrochen 0");
            text.ShouldContain("Ampel Teilprojekte im Plan 1 gefährdet 0 kritisch 1 ohne Fortschrittsmeldung 1");
            text.ShouldContain("Sektor Organisationen Politik 0 Verwaltung 0 Zivilgesellschaft 1 Wissenschaft 1");
            text.ShouldContain("Wirtschaft 1 Medien 0 Rolle im Labor Organisationen Konsortialpartner 1 Netzwerkpartner 1 Multiplikator 1");
            text.ShouldContain("Digitalambulanzen Nordsee 2 1 1 2");
            lab.HexTextStrings.ShouldContain($"Säulendiagramm „Digitalambulanzen Nordsee: Mitglieder am Monatsende“: {Month(4)}: 2 Mitglieder; {Month(5)}: 3 Mitglieder; {Month(6)}: 2 Mitglieder.");
            lab.HexTextStrings.ShouldContain("Balkendiagramm „Teilprojekte nach Ampel der letzten Fortschrittsmeldung“: im Plan: 1 Teilprojekte; gefährdet: 0 Teilprojekte; kritisch: 1 Teilprojekte; ohne Fortschrittsmeldung: 1 Teilprojekte.");

            // Overview and one part per sub-project, in the table of contents.
            text.ShouldContain("Digitale Sprechstunden laufend im Plan 60 % 2 / 3 Energie-Bürgerrat abgeschlossen ohne – 0 / 0 Fortschrittsmeldung Offene Ratsinformation pausiert kritisch 20 % 0 / 1");
            lab.Pages[1].ShouldContain("Teilprojekte 6 Digitale Sprechstunden 6 Energie-Bürgerrat 7 Offene Ratsinformation 8");
            text.ShouldContain("Ziel Ziel von Digitale Sprechstunden.");
            text.ShouldContain("Laufzeit 01.01.2040 – 30.06.2041 (geplant) Status zu Beginn laufend Status am Ende laufend Themen Digitale Teilhabe");
            text.ShouldContain("Beteiligte Kommunen Gemeinde Krummhörn (03452013), Stadt Emden (03402000)");
            text.ShouldContain("Verantwortliche Begegnungsstätte Emden-Borssum, Hochschule Emden/Leer Organisationen");
            text.ShouldContain("Keine Statusänderung im Berichtszeitraum; Status: laufend.");
            text.ShouldContain("10.05.2040 50 % gefährdet Vier Kurse liefen. Begründung der Ampel: Kursleitung fehlt. 25.06.2040 60 % im Plan Neue Kursleitung gefunden.");
            text.ShouldNotContain("Erste Kurse geplant.", customMessage: "the progress update of 20 March lies before the quarter");
            text.ShouldContain("Auftakt 01.02.2040 01.02.2040 erledigt Kursplan steht 15.04.2040 10.04.2040 erledigt Zehn Kurse 31.05.2040 05.06.2040 erledigt, verspätet Homepage online 20.06.2040 – überfällig Sommerfest 15.08.2040 – offen");
            text.ShouldContain("Kursteilnahmen 70+ 0 300 40 150 50,0 % (Teilnahmen, Summe) Partnerorganisationen 10 40 – 28 60,0 % (Organisationen, Stand)");
            text.ShouldContain("Im Berichtszeitraum wurden 3 Werte erfasst.");
            text.ShouldContain("01.06.2040 Kleine Gruppen. Abendtermine. Früh mit den Begegnungsstätten planen.");
            text.ShouldContain("Gemeinde Hinte 03452010 05.05.2040 Kurskonzept übernommen. Landkreis Spree-Neiße 12071000 06.05.2040 Materialien übernommen.");
            text.ShouldNotContain("Südbrookmerland", customMessage: "adopted after the quarter");
            // B: entered, started and paused in the quarter; the names of those who changed it are not printed.
            text.ShouldContain("Status zu Beginn noch nicht erfasst Status am Ende pausiert Themen Demokratieentwicklung");
            text.ShouldContain("10.04.2040 neu erfasst geplant Teilprojekt angelegt 10.04.2040 geplant laufend Auftakt im Rat. 20.05.2040 laufend pausiert Personalwechsel in der Verwaltung.");
            text.ShouldContain("19.05.2040 20 % kritisch Stelle unbesetzt. Begründung der Ampel: Niemand betreut das Projekt.");
            text.ShouldContain("Ratsinformationssystem ausgewählt 15.05.2040 – überfällig");
            text.ShouldNotContain("Test Koordination");
            text.ShouldNotContain("Solarkataster");
        }

        // Same data and the same as-of instant: the same bytes.
        var (again, againPdf) = await reviewer.RequestAndDownloadAsync(quarter);
        again.Id.ShouldNotBe(labStatus.Id);
        again.Sha256.ShouldBe(labStatus.Sha256);
        againPdf.ShouldBe(labPdf);
        Convert.ToHexStringLower(SHA256.HashData(labPdf)).ShouldBe(labStatus.Sha256);

        // The programme report: the same figures added up over both labs, the labs compared, themes, a page per lab.
        var (programmeStatus, programmePdf) = await reviewer.RequestAndDownloadAsync(new { type = ReportTypes.Programme, programmeId = TestLabs.RegionalLabsProgramme, periodKind = ReportPeriodKinds.Quarter, year = 2040, quarter = 2, audience = ReportAudiences.Ministry });
        using (var programme = new PdfInspection(programmePdf))
        {
            programme.PageCount.ShouldBe(programmeStatus.PageCount!.Value);
            var text = programme.AllText;
            text.ShouldContain("Erfasste Teilprojekte bis zum Ende des Berichtszeitraums 4 Teilprojekte im Berichtszeitraum 4 davon laufend am Ende des Berichtszeitraums 2 Fortschrittsmeldungen im Berichtszeitraum 4");
            text.ShouldContain("Meilensteine im Berichtszeitraum fällig 5 Meilensteine im Berichtszeitraum erledigt 3 davon nach ihrem Fälligkeitstag 1 Meilensteine überfällig am Ende des Berichtszeitraums 2");
            text.ShouldContain("Übernahmen durch andere Kommunen (Transfer) 2 davon Übernahmen durch Kommunen außerhalb der Labore 1 Erfahrungen und Erkenntnisse 1 Beteiligte Organisationen (Summe der Labore) 4 davon neu im Berichtszeitraum 1 Netzwerke 1 Netzwerkmitglieder am Ende des Berichtszeitraums 2");
            text.ShouldContain("Status am Ende des Berichtszeitraums Teilprojekte geplant 0 laufend 2 pausiert 1 abgeschlossen 1 abgebrochen 0");
            text.ShouldContain("Ampel Teilprojekte im Plan 1 gefährdet 1 kritisch 1 ohne Fortschrittsmeldung 1");
            text.ShouldContain("Sektor Organisationen Politik 0 Verwaltung 0 Zivilgesellschaft 2 Wissenschaft 1 Wirtschaft 1 Medien 0");
            // Comparison: sub-projects, running, completed, on track, at risk, critical, without update; then milestones and involvement.
            text.ShouldContain("Labor Nordsee 3 1 1 1 0 1 1 Labor Spree 1 1 0 0 1 0 0");
            text.ShouldContain("Labor Nordsee 4 2 2 2 3 2 Labor Spree 1 1 0 0 1 0");
            // Themes: labs and sub-projects per theme (GetSubProjectCounts: one sub-project without a theme).
            text.ShouldContain("Thema Labore Welche Labore Teilprojekte Digitale Teilhabe 1 Labor Nordsee 1 Energiewende 1 Labor Spree 1 Demokratieentwicklung 0 – 1 Bürokratieabbau 0 – 0");
            text.ShouldContain("ein Teilprojekt mit zwei Themen zählt bei beiden, 1 hat kein Thema.");
            // A page per lab with its own figures and sub-projects.
            var spreePage = programme.PageOf("Beschreibung von Labor Spree.");
            spreePage.ShouldBeGreaterThan(programme.PageOf("Beschreibung von Labor Nordsee."));
            programme.Pages[spreePage - 1].ShouldContain("Teilprojekte im Berichtszeitraum 1 davon laufend am Ende des Berichtszeitraums 1");
            programme.Pages[spreePage - 1].ShouldContain("Solarkataster laufend gefährdet 40 % 1 / 1");
        }

        // The report for the municipal umbrella associations: sub-projects per municipality, transfers outside the labs.
        var (associationsStatus, associationsPdf) = await reviewer.RequestAndDownloadAsync(new { type = ReportTypes.MunicipalAssociations, programmeId = TestLabs.RegionalLabsProgramme, periodKind = ReportPeriodKinds.Quarter, year = 2040, quarter = 2, audience = ReportAudiences.MunicipalAssociations });
        using (var associations = new PdfInspection(associationsPdf))
        {
            associations.PageCount.ShouldBe(associationsStatus.PageCount!.Value);
            var text = associations.AllText;
            text.ShouldContain("4 von 4 Kommunen wirkten im Berichtszeitraum an mindestens einem Teilprojekt mit.");
            text.ShouldContain("Stadt Emden 03402000 Niedersachsen Labor Nordsee Labor Nordsee: Digitale (Federführung) Sprechstunden; Offene Ratsinformation");
            text.ShouldContain("Landkreis Aurich 03452000 Niedersachsen Labor Nordsee (Partner) Labor Nordsee: Offene Ratsinformation");
            text.ShouldContain("Landkreis 12071000 Brandenburg Labor Spree Labor Spree: Solarkataster Spree-Neiße (Federführung)");
            text.ShouldContain("Gemeinde 03452013 Niedersachsen Labor Nordsee (Partner) Labor Nordsee: Digitale Krummhörn Sprechstunden");
            text.ShouldContain("wurden Ansätze aus den Teilprojekten 2-mal übernommen, davon 1-mal von einer Kommune außerhalb der Labore.");
            text.ShouldContain("Gemeinde Hinte 03452010 Niedersachsen 05.05.2040 Digitale Sprechstunden Kurskonzept (Labor Nordsee) übernommen.");
            text.ShouldContain("Mitglied in am Landkreis 12071000 Brandenburg 06.05.2040 Digitale Sprechstunden Labor Spree Spree-Neiße (Labor Nordsee)");
            text.IndexOf("Gemeinde Hinte", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("Mitglied in", StringComparison.Ordinal), "Hinte belongs to no lab: it is in the first table");
        }

        // A period that is still running on the as-of day (2 July): levels and overdue milestones as of that day.
        var (runningStatus, runningPdf) = await reviewer.RequestAndDownloadAsync(new { type = ReportTypes.LabProgress, labId = nordsee.Id, periodKind = ReportPeriodKinds.Custom, from = "2040-04-01", to = "2040-12-31", audience = ReportAudiences.Ministry });
        using (var running = new PdfInspection(runningPdf))
        {
            running.PageCount.ShouldBe(runningStatus.PageCount!.Value);
            var text = running.AllText;
            text.ShouldContain("Der Berichtszeitraum ist zum Datenstand noch nicht abgeschlossen.");
            // A paused on 2 July; the summer party (due 15 August) is due in the period but not overdue yet.
            text.ShouldContain("Teilprojekte im Berichtszeitraum 3 davon laufend am 02.07.2040 (Datenstand) 0");
            text.ShouldContain("Meilensteine im Berichtszeitraum fällig 5 Meilensteine im Berichtszeitraum erledigt 2 davon nach ihrem Fälligkeitstag 1 Meilensteine überfällig am 02.07.2040 (Datenstand) 2");
            text.ShouldContain("Sommerfest 15.08.2040 – offen");
            text.ShouldContain("Übernahmen durch andere Kommunen (Transfer) 3");
            text.ShouldContain("Netzwerkmitglieder am 02.07.2040 (Datenstand) 2");
        }

        _ = Month(4);
        clients.ForEach(client => client.Dispose());
    }
}
