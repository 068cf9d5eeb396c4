using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Labs.Tests.Pages;

public sealed class LabPagesTests(PlatformFactory platform)
{
    private static Dictionary<string, string> EditForm(LabDto lab, string name, int? version = null) => new()
    {
        ["Input.Version"] = (version ?? lab.Version).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Name"] = name,
        ["Input.ShortDescription"] = lab.ShortDescription,
        ["Input.FederalStateCode"] = lab.FederalStateCode,
        ["Input.FundingStart"] = lab.FundingStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Input.FundingEnd"] = lab.FundingEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Status"] = lab.Status,
    };

    private static async Task<LabDto> Reload(HttpClient client, LabDto lab) => (await client.GetFromJsonAsync<LabDto>($"/api/labs/{lab.Id}"))!;

    [Fact]
    public async Task A_coordinator_edits_the_lab_through_the_form()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        var response = await coordinator.PostFormAsync($"/intern/labore/{lab.Id}/bearbeiten", EditForm(lab, lab.Name + " bearbeitet"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Reload(coordinator, lab)).Name.ShouldBe(lab.Name + " bearbeitet");
        var details = await coordinator.GetStringAsync($"/intern/labore/{lab.Id}");
        details.ShouldContain("Die Stammdaten wurden gespeichert.");
    }

    [Fact]
    public async Task A_refused_form_shows_the_error_summary_and_the_message_next_to_the_field()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var form = EditForm(lab, string.Empty);
        form["Input.FundingEnd"] = "2020-01-01";

        var response = await coordinator.PostFormAsync($"/intern/labore/{lab.Id}/bearbeiten", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"fehlerzusammenfassung\"");
        html.ShouldContain("href=\"#Input_Name\"");
        html.ShouldContain("id=\"Input_Name-error\"");
        html.ShouldContain("id=\"Input_FundingEnd-error\"");
        html.ShouldContain("aria-invalid=\"true\"");
        (await Reload(coordinator, lab)).Name.ShouldBe(lab.Name);
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_a_clear_message_and_overwrites_nothing()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        (await coordinator.PostFormAsync($"/intern/labore/{lab.Id}/bearbeiten", EditForm(lab, lab.Name + " zuerst"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stale = await coordinator.PostFormAsync($"/intern/labore/{lab.Id}/bearbeiten", EditForm(lab, lab.Name + " danach", lab.Version));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("inzwischen von jemand anderem geändert");
        (await Reload(coordinator, lab)).Name.ShouldBe(lab.Name + " zuerst");
    }

    [Fact]
    public async Task A_programme_smuggled_into_the_edit_form_is_ignored()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var form = EditForm(lab, lab.Name);
        form["Input.ProgrammeId"] = "0199a1f0-0000-7000-8000-000000000002";

        (await coordinator.PostFormAsync($"/intern/labore/{lab.Id}/bearbeiten", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await Reload(coordinator, lab)).ProgrammeId.ShouldBe(TestLabs.RegionalLabsProgramme);
    }

    [Fact]
    public async Task The_edit_page_of_another_lab_is_refused_with_403()
    {
        var labA = await platform.CreateLabAsync();
        var labB = await platform.CreateLabAsync();
        using var coordinatorA = await platform.ClientAsAsync(Roles.LabCoordinator, labA.Id);

        (await coordinatorA.GetAsync($"/intern/labore/{labB.Id}/bearbeiten")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinatorA.GetAsync($"/intern/labore/{labB.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinatorA.GetAsync($"/intern/labore/{labB.Id}/kommunen/neu")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = await coordinatorA.GetAsync($"/intern/labore/{labA.Id}/bearbeiten");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Posting_a_change_from_the_details_page_needs_the_right_to_edit()
    {
        var lab = await platform.CreateLabAsync();
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, lab.Id);

        var response = await staff.PostFormAsync($"/intern/labore/{lab.Id}", new Dictionary<string, string>
        {
            ["key"] = "04012000",
            ["version"] = lab.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, handler: "RemoveMunicipality");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Reload(staff, lab)).Municipalities.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_reviewer_sees_the_lab_without_edit_buttons_and_is_refused_the_edit_page()
    {
        var lab = await platform.CreateLabAsync();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        var details = await reviewer.GetStringAsync($"/intern/labore/{lab.Id}");
        details.ShouldContain(lab.Name);
        details.ShouldNotContain("Stammdaten bearbeiten");
        (await reviewer.GetAsync($"/intern/labore/{lab.Id}/bearbeiten")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.GetAsync("/intern/labore/neu")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_coordinator_adds_a_municipality_and_an_invalid_key_is_shown_next_to_the_field()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var form = new Dictionary<string, string>
        {
            ["Input.Version"] = lab.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.MunicipalityKey"] = "1234",
            ["Input.Name"] = "Gemeinde Lilienthal",
            ["Input.Kind"] = "Municipality",
            ["Input.Role"] = "Partner",
        };

        var refused = await coordinator.PostFormAsync($"/intern/labore/{lab.Id}/kommunen/neu", form);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("id=\"Input_MunicipalityKey-error\"");

        form["Input.MunicipalityKey"] = "03356005";
        (await coordinator.PostFormAsync($"/intern/labore/{lab.Id}/kommunen/neu", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Reload(coordinator, lab)).Municipalities.ShouldContain(m => m.MunicipalityKey == "03356005" && m.Name == "Gemeinde Lilienthal");
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_internal_pages()
    {
        var lab = await platform.CreateLabAsync();
        using var anonymous = platform.CreateBrowserlikeClient();

        var response = await anonymous.GetAsync($"/intern/labore/{lab.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/anmelden");
        (await anonymous.GetAsync("/admin/programme")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_public_lab_pages_show_what_a_lab_does_and_nothing_internal()
    {
        var lab = await platform.CreateLabAsync();
        await platform.CreateAccountAsync(Roles.LabCoordinator, lab.Id);
        using var anonymous = platform.CreateBrowserlikeClient();

        (await anonymous.GetStringAsync("/labore")).ShouldContain(lab.Name);
        var profile = await anonymous.GetStringAsync($"/labore/{lab.Slug}");
        profile.ShouldContain("Stadtgemeinde Bremen");
        profile.ShouldNotContain("Laborkoordination");
        profile.ShouldContain($"href=\"/labore/{lab.Slug}/teilprojekte\"");
        profile.ShouldContain($"href=\"/veranstaltungen?labor={lab.Slug}\"");
        (await anonymous.GetAsync("/labore/gibt-es-nicht")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_administrator_registers_a_lab_through_the_form()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var name = $"Formularlabor {Guid.NewGuid():N}"[..30];

        var response = await admin.PostFormAsync("/intern/labore/neu", new Dictionary<string, string>
        {
            ["Input.ProgrammeId"] = TestLabs.RegionalLabsProgramme.ToString(),
            ["Input.Name"] = name,
            ["Input.ShortDescription"] = "Ein Labor aus dem Formular.",
            ["Input.FederalStateCode"] = "NI",
            ["Input.FundingStart"] = "2026-01-01",
            ["Input.FundingEnd"] = "2027-12-31",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var labs = await admin.GetFromJsonAsync<List<LabDto>>("/api/labs");
        labs!.Single(l => l.Name == name).FederalStateName.ShouldBe("Niedersachsen");
    }

    [Fact]
    public async Task The_lab_page_links_to_the_labs_areas_in_the_other_modules()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        var details = await coordinator.GetStringAsync($"/intern/labore/{lab.Id}");

        details.ShouldContain($"href=\"/intern/labore/{lab.Id}/teilprojekte\"");
        details.ShouldContain($"href=\"/intern/labore/{lab.Id}/organisationen\"");
        details.ShouldContain($"href=\"/intern/labore/{lab.Id}/angebote\"");
        details.ShouldContain($"href=\"/intern/labore/{lab.Id}/veranstaltungen\"");
    }
}
