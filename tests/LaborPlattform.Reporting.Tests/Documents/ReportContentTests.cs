using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using UglyToad.PdfPig.Outline;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Documents;

/// <summary>A platform of its own: the programme-wide reports count every lab, so no other test may add labs here.</summary>
public sealed class ContentPlatform : ReportingPlatform;

/// <summary>Every figure in the reports is checked against the data the test created.</summary>
public sealed class ReportContentTests(ContentPlatform platform) : IClassFixture<ContentPlatform>
{
    private static readonly Guid DigitalParticipation = new("0199a1f0-0000-7000-8000-000000000102");
    private static readonly Guid Democracy = new("0199a1f0-0000-7000-8000-000000000103");
    private static readonly Guid EnergyTransition = new("0199a1f0-0000-7000-8000-000000000101");

    private sealed record Municipality(string MunicipalityKey, string Name, string Kind, string Role);

    private static async Task<LabDto> RegisterAsync(HttpClient admin, string name, string state, Guid[] themes, Municipality[] municipalities, string[] universities, string start = "2025-01-01", string end = "2027-12-31")
    {
        var response = await admin.PostAsJsonAsync("/api/labs", new
        {
            name,
            shortDescription = $"Beschreibung von {name}.",
            federalStateCode = state,
            programmeId = TestLabs.RegionalLabsProgramme,
            fundingStart = start,
            fundingEnd = end,
            themeIds = themes,
            municipalities = municipalities.Select(m => new { municipalityKey = m.MunicipalityKey, name = m.Name, kind = m.Kind, role = m.Role }),
            universities,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<IdBody>())!.Id;
        return (await admin.GetFromJsonAsync<LabDto>($"/api/labs/{id}"))!;
    }

    private sealed record IdBody(Guid Id);

    private static async Task<LabDto> AddTeachingLinkAsync(HttpClient admin, LabDto lab, string course, string term)
    {
        var response = await admin.PostAsJsonAsync($"/api/labs/{lab.Id}/universities/{lab.Universities[0].Id}/teaching-links", new { version = lab.Version, course, term });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await admin.GetFromJsonAsync<LabDto>($"/api/labs/{lab.Id}"))!;
    }

    [Fact]
    public async Task The_three_reports_show_the_figures_of_the_labs_data()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var küste = await RegisterAsync(admin, "Labor Küste", "HB", [DigitalParticipation, Democracy],
            [
                new("04011000", "Stadtgemeinde Bremen", "CityState", "Lead"),
                new("04012000", "Stadt Bremerhaven", "City", "Partner"),
                new("03356000", "Landkreis Osterholz", "County", "Partner"),
                new("03356005", "Gemeinde Lilienthal", "Municipality", "Partner"),
            ],
            ["Hochschule Bremen", "Universität Bremen"]);
        küste = await AddTeachingLinkAsync(admin, küste, "Projektseminar Digitale Teilhabe", "WiSe 2025/26");
        var heide = await RegisterAsync(admin, "Labor Heide", "NI", [DigitalParticipation],
            [
                new("03356000", "Landkreis Osterholz", "County", "Lead"),
                new("03361001", "Gemeinde Achim", "Municipality", "Partner"),
            ],
            []);
        var lausitz = await RegisterAsync(admin, "Labor Lausitz", "SN", [EnergyTransition],
            [new("14626000", "Landkreis Görlitz", "County", "Lead")],
            ["Hochschule Zittau/Görlitz"]);
        // Funded only from 2028 on: not part of reports for 2026.
        await RegisterAsync(admin, "Labor Zukunft", "BY", [Democracy], [new("09162000", "Landeshauptstadt München", "City", "Lead")], [], "2028-01-01", "2029-12-31");
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        // Lab progress report
        var (labReport, labPdf) = await reviewer.RequestAndDownloadAsync(Reports.LabReport(küste.Id, 2026, 1));
        using (var lab = new PdfInspection(labPdf))
        {
            lab.PageCount.ShouldBe(labReport.PageCount!.Value);
            lab.AllText.ShouldContain("Am Labor sind 4 Kommunen beteiligt: 1 Stadtstaat, 1 Stadt, 1 Landkreis und 1 Gemeinde. Federführung: Stadtgemeinde Bremen.");
            lab.AllText.ShouldContain("2 Hochschulen sind beteiligt; die Laborarbeit ist in 1 Lehrveranstaltung eingebunden.");
            lab.AllText.ShouldContain("Hochschule Bremen Projektseminar Digitale Teilhabe WiSe 2025/26");
            lab.AllText.ShouldContain("Landkreis Osterholz 03356000 Landkreis Partner");
            lab.AllText.ShouldContain("Themen Demokratieentwicklung, Digitale Teilhabe");
            lab.AllText.ShouldContain("Förderzeitraum 01.01.2025 – 31.12.2027");
            lab.AllText.ShouldNotContain("Labor Heide");
        }

        // Programme report
        var (programmeReport, programmePdf) = await reviewer.RequestAndDownloadAsync(Reports.ProgrammeReport(ReportTypes.Programme, 2026, 1));
        using (var programme = new PdfInspection(programmePdf))
        {
            programme.PageCount.ShouldBe(programmeReport.PageCount!.Value);
            programme.AllText.ShouldContain("wurden 3 Labore im Programm „Regionale Open Government Labore“ gefördert. Beteiligt waren 6 Kommunen: 1 Stadtstaat, 1 Stadt, 2 Landkreise und 2 Gemeinden.");
            foreach (var row in new[]
            {
                "Geförderte Labore 3", "Bundesländer 3", "Beteiligte Kommunen 6", "davon Städte und Stadtstaaten 2", "davon Landkreise 2",
                "davon Gemeinden 2", "Partnerhochschulen 3", "Lehrveranstaltungen 1",
            })
            {
                programme.AllText.ShouldContain(row);
            }

            // Comparison table: the first line of each row (state, funding start, municipalities, universities, teaching links).
            programme.AllText.ShouldContain("Bremen 01.01.2025 – 4 2 1 Demokratieentwicklung,");
            programme.AllText.ShouldContain("Niedersachsen 01.01.2025 – 2 0 0 Digitale Teilhabe");
            programme.AllText.ShouldContain("Sachsen 01.01.2025 – 1 1 0 Energiewende");
            programme.AllText.ShouldContain("Digitale Teilhabe 2 Labor Heide, Labor Küste");
            programme.AllText.ShouldContain("Energiewende 1 Labor Lausitz");
            programme.AllText.ShouldContain("Bürokratieabbau 0 –");
            programme.AllText.ShouldNotContain("Labor Zukunft");

            // One page per lab, each reachable from the bookmarks and the table of contents.
            programme.Document.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
            var labPages = bookmarks.GetNodes().OfType<DocumentBookmarkNode>()
                .Where(n => n.Title is "Labor Heide" or "Labor Küste" or "Labor Lausitz")
                .Select(n => n.PageNumber)
                .ToList();
            labPages.Count.ShouldBe(3);
            labPages.Distinct().Count().ShouldBe(3);
            foreach (var page in labPages)
            {
                programme.Pages[1].ShouldContain($" {page}");
            }
        }

        // Report for the municipal umbrella associations
        var (associationsReport, associationsPdf) = await reviewer.RequestAndDownloadAsync(Reports.ProgrammeReport(ReportTypes.MunicipalAssociations, 2026, 1));
        using (var associations = new PdfInspection(associationsPdf))
        {
            associations.PageCount.ShouldBe(associationsReport.PageCount!.Value);
            associations.AllText.ShouldContain("nahmen 6 Kommunen an 3 Laboren des Programms „Regionale Open Government Labore“ teil: 1 Stadtstaat, 1 Stadt, 2 Landkreise und 2 Gemeinden.");
            associations.AllText.ShouldContain("Städte und Stadtstaaten – Deutscher Städtetag 2 Kommunen.");
            associations.AllText.ShouldContain("Landkreise – Deutscher Landkreistag 2 Kommunen.");
            associations.AllText.ShouldContain("Gemeinden – Deutscher Städte- und Gemeindebund 2 Kommunen.");
            // Name, AGS, state, labs with role, sub-projects (none yet): cells that wrap continue on the next line.
            associations.AllText.ShouldContain("Landkreis 03356000 Niedersachsen Labor Heide – Osterholz (Federführung); Labor Küste (Partner)");
            associations.AllText.ShouldContain("Landkreis Görlitz 14626000 Sachsen Labor Lausitz – (Federführung)");
            associations.AllText.ShouldContain("0 von 6 Kommunen wirkten im Berichtszeitraum an mindestens einem Teilprojekt mit.");
            associations.AllText.ShouldContain("Im Berichtszeitraum 1. Quartal 2026 hat keine Kommune einen Ansatz aus den Teilprojekten der Labore übernommen.");
            associations.HexTextStrings.ShouldContain(s => s.Contains("Städte und Stadtstaaten: 2 Kommunen; Landkreise: 2 Kommunen; Gemeinden: 2 Kommunen.", StringComparison.Ordinal));
            associations.AllText.ShouldNotContain("München");
        }

        _ = heide;
        _ = lausitz;
    }
}
