using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Labs.Tests.Pages;

/// <summary>The pages of the use-case folders, posted through the real platform as a browser would.</summary>
public sealed class UseCasePagesTests(PlatformFactory platform)
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task<LabDto> Reload(HttpClient client, LabDto lab) => (await client.GetFromJsonAsync<LabDto>($"/api/labs/{lab.Id}"))!;

    [Fact]
    public async Task A_municipality_without_a_name_and_with_a_short_key_is_refused_in_German_and_nothing_is_added()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        var response = await coordinator.PostFormAsync($"/intern/labore/{lab.Id}/kommunen/neu", new Dictionary<string, string>
        {
            ["Input.Version"] = Text(lab.Version),
            ["Input.MunicipalityKey"] = "1234",
            ["Input.Name"] = string.Empty,
            ["Input.Kind"] = "Municipality",
            ["Input.Role"] = "Partner",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"Input_Name-error\"");
        html.ShouldContain("Bitte geben Sie den Namen der Kommune an.");
        html.ShouldContain("id=\"Input_MunicipalityKey-error\"");
        var after = await Reload(coordinator, lab);
        after.Municipalities.Count.ShouldBe(2);
        after.Version.ShouldBe(lab.Version);
    }

    [Fact]
    public async Task A_coordinator_changes_a_member_municipality_through_the_form_and_its_key_stays()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        var response = await coordinator.PostFormAsync($"/intern/labore/{lab.Id}/kommunen/04012000", new Dictionary<string, string>
        {
            ["Input.Version"] = Text(lab.Version),
            ["Input.MunicipalityKey"] = "99999999",
            ["Input.Name"] = "Seestadt Bremerhaven",
            ["Input.Kind"] = "City",
            ["Input.Role"] = "Partner",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var members = (await Reload(coordinator, lab)).Municipalities;
        members.Count.ShouldBe(2);
        members.ShouldContain(m => m.MunicipalityKey == "04012000" && m.Name == "Seestadt Bremerhaven");
    }

    [Fact]
    public async Task A_coordinator_adds_a_university_and_a_course_through_the_forms_and_a_bad_term_is_refused()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        (await coordinator.PostFormAsync($"/intern/labore/{lab.Id}", new Dictionary<string, string>
        {
            ["version"] = Text(lab.Version),
            ["University.Name"] = "Hochschule Bremen",
        }, handler: "AddUniversity")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var withUniversity = await Reload(coordinator, lab);
        var university = withUniversity.Universities.ShouldHaveSingleItem();
        var page = $"/intern/labore/{lab.Id}/hochschulen/{university.Id}/lehre";
        var form = new Dictionary<string, string>
        {
            ["Input.Version"] = Text(withUniversity.Version),
            ["Input.Course"] = "Projektseminar Digitale Teilhabe",
            ["Input.Term"] = "WiSe 2025/27",
        };

        var refused = await coordinator.PostFormAsync(page, form);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Bitte geben Sie das Semester als „WiSe 2025/26“ oder „SoSe 2026“ an.");
        (await Reload(coordinator, lab)).Universities.Single().TeachingLinks.ShouldBeEmpty();

        form["Input.Term"] = "WiSe 2025/26";
        (await coordinator.PostFormAsync(page, form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Reload(coordinator, lab)).Universities.Single().TeachingLinks.ShouldContain(t => t.Course == "Projektseminar Digitale Teilhabe" && t.Term == "WiSe 2025/26");
    }

    [Fact]
    public async Task An_administrator_creates_and_edits_a_programme_through_the_forms_and_an_empty_start_year_is_refused()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var fresh = await admin.GetStringAsync("/admin/programme");
        fresh.ShouldNotContain("value=\"0\"");
        var name = $"Formularprogramm {Guid.NewGuid():N}"[..30];
        var create = new Dictionary<string, string>
        {
            ["Programme.Name"] = name,
            ["Programme.Description"] = string.Empty,
            ["Programme.StartYear"] = string.Empty,
            ["Programme.EndYear"] = string.Empty,
        };

        var refused = await admin.PostFormAsync("/admin/programme", create, handler: "CreateProgramme");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"Programme_StartYear-error\"");
        html.ShouldContain("Bitte geben Sie das Startjahr vierstellig an (2000 bis 2100).");
        (await admin.GetFromJsonAsync<List<ProgrammeDto>>("/api/programmes"))!.ShouldNotContain(p => p.Name == name);

        create["Programme.StartYear"] = "2026";
        (await admin.PostFormAsync("/admin/programme", create, handler: "CreateProgramme")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var programme = (await admin.GetFromJsonAsync<List<ProgrammeDto>>("/api/programmes"))!.Single(p => p.Name == name);

        var edited = await admin.PostFormAsync($"/admin/programme/{programme.Id}", new Dictionary<string, string>
        {
            ["Input.Version"] = Text(programme.Version),
            ["Input.Name"] = name + " neu",
            ["Input.Description"] = "Geändert im Formular.",
            ["Input.StartYear"] = "2026",
            ["Input.EndYear"] = "2028",
        });

        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = (await admin.GetFromJsonAsync<List<ProgrammeDto>>("/api/programmes"))!.Single(p => p.Id == programme.Id);
        after.Name.ShouldBe(name + " neu");
        after.Description.ShouldBe("Geändert im Formular.");
        after.EndYear.ShouldBe(2028);
    }

    [Fact]
    public async Task An_administrator_archives_a_lab_through_the_form_and_a_stale_version_archives_nothing()
    {
        var lab = await platform.CreateLabAsync();
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        (await admin.PutAsJsonAsync($"/api/labs/{lab.Id}", new
        {
            version = lab.Version,
            name = lab.Name,
            shortDescription = lab.ShortDescription + " Ergänzt.",
            federalStateCode = lab.FederalStateCode,
            fundingStart = lab.FundingStart,
            fundingEnd = lab.FundingEnd,
            status = lab.Status,
        })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var page = $"/intern/labore/{lab.Id}/archivieren";

        var stale = await admin.PostFormAsync(page, [new("version", Text(lab.Version))]);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("inzwischen von jemand anderem geändert");
        (await Reload(admin, lab)).IsArchived.ShouldBeFalse();

        (await admin.PostFormAsync(page, [new("version", Text(lab.Version + 1))])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Reload(admin, lab)).IsArchived.ShouldBeTrue();
    }
}
