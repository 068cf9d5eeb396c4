using System.Net;
using System.Net.Http.Json;
using System.Text;
using LaborPlattform.Projects.ReadSubProjects;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;
using static LaborPlattform.Projects.Tests.SubProjectsApi;

namespace LaborPlattform.Projects.Tests.Api;

public sealed class ExportAndPublicApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_csv_export_is_UTF8_with_BOM_semicolon_separated_with_German_dates_and_words()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync(b => b["title"] = "Vorträge; Online-Banking \"sicher\"");
        using var _c = coordinator;
        await coordinator.ChangeStatusAsync(s, "Running");
        await coordinator.PostProgressAsync(s, 40, "AtRisk", "Raum fehlt", reportedOn: "2025-10-01");
        await coordinator.AddIndicatorAsync(s with { Version = s.Version + 1 }, "Kursteilnahmen 70+", "Cumulative", 0, 300);

        var response = await coordinator.GetAsync($"/api/labs/{lab.Id}/subprojects/export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldStartWith("teilprojekte-");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[0].ShouldStartWith("Titel;Status;Ampel;Fertigstellungsgrad (%);Letzte Fortschrittsmeldung;Beginn;Geplantes Ende;");
        lines[1].ShouldStartWith("\"Vorträge; Online-Banking \"\"sicher\"\"\";laufend;gefährdet;40;01.10.2025;01.01.2025;31.12.2027;");
        lines[1].ShouldContain("Kursteilnahmen 70+: – / 300 Teilnahmen");
        lines[1].ShouldNotContain("Nur für das Labor");
    }

    [Fact]
    public async Task The_csv_export_bytes_are_pinned_for_quotes_semicolons_line_breaks_formulas_and_umlauts()
    {
        var (lab, coordinator, _) = await platform.LabWithSubProjectAsync(b =>
        {
            b["title"] = "=HYPERLINK(\"x\") Übung; Tür";
            b["goal"] = "Zeile 1\r\nZeile \"2\"";
            b["targetGroups"] = new List<string> { "-Senior:innen", "@Größe" };
        });
        using var _c = coordinator;

        var bytes = await coordinator.GetByteArrayAsync($"/api/labs/{lab.Id}/subprojects/export");

        var expected = "\uFEFFTitel;Status;Ampel;Fertigstellungsgrad (%);Letzte Fortschrittsmeldung;Beginn;Geplantes Ende;Themen;Zielgruppen;"
            + "Beteiligte Kommunen (AGS);Open-Government-Prinzipien;Meilensteine;Davon erledigt;Davon überfällig;Nächster Meilenstein;Fällig am;"
            + "Kennzahlen (aktuell / Ziel);Übernommen von (AGS);Veröffentlicht;Ziel\r\n"
            + "\"'=HYPERLINK(\"\"x\"\") Übung; Tür\";geplant;;;;01.01.2025;31.12.2027;;'-Senior:innen, @Größe;04011000;Beteiligung, Zusammenarbeit und Co-Creation;0;0;0;;;;;nein;"
            + "\"Zeile 1\r\nZeile \"\"2\"\"\"\r\n";
        Encoding.UTF8.GetString(bytes).ShouldBe(expected);
        bytes.ShouldBe(Encoding.UTF8.GetBytes(expected));
    }

    [Fact]
    public async Task The_public_api_shows_only_published_sub_projects_and_nothing_internal()
    {
        var (lab, coordinator, published) = await platform.LabWithSubProjectAsync(b =>
        {
            b["title"] = "Öffentlich";
            b["isPublished"] = true;
            b["publicSummary"] = "Ältere Menschen lernen das Smartphone kennen.";
        });
        using var _c = coordinator;
        var hidden = await coordinator.CreateSubProjectAsync(lab.Id, b => b["title"] = "Intern");
        await coordinator.PostProgressAsync(published, 50, "Critical", "Streit im Team", text: "Vertraulicher Fortschrittstext");
        using var anonymous = platform.CreateBrowserlikeClient();

        var list = await anonymous.GetFromJsonAsync<PublicLabSubProjects>($"/api/public/labs/{lab.Slug}/subprojects", Json);
        list!.SubProjects.Select(x => x.Title).ShouldBe(["Öffentlich"]);
        var json = await anonymous.GetStringAsync($"/api/public/labs/{lab.Slug}/subprojects/{published.Id}");
        json.ShouldContain("Ältere Menschen lernen das Smartphone kennen.");
        json.ShouldNotContain("Nur für das Labor");
        json.ShouldNotContain("Interne Beschreibung");
        json.ShouldNotContain("Vertraulicher Fortschrittstext");
        json.ShouldNotContain("Streit im Team");
        json.ShouldNotContain("Test Laborkoordination");
        (await anonymous.GetAsync($"/api/public/labs/{lab.Slug}/subprojects/{hidden.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/api/public/labs/gibt-es-nicht/subprojects")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_archived_labs_sub_projects_leave_the_public_api()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync(b => { b["isPublished"] = true; b["publicSummary"] = "Kurz."; });
        coordinator.Dispose();
        using var anonymous = platform.CreateBrowserlikeClient();
        (await anonymous.GetAsync($"/api/public/labs/{lab.Slug}/subprojects/{s.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var admin = await platform.ClientAsAsync(Roles.Administrator);

        (await admin.PostAsJsonAsync($"/api/labs/{lab.Id}/archive", new { version = lab.Version })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await anonymous.GetAsync($"/api/public/labs/{lab.Slug}/subprojects/{s.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/public/labs/{lab.Slug}/subprojects")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
