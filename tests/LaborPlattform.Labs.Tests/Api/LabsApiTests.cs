using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Labs.Tests.Api;

public sealed class LabsApiTests(PlatformFactory platform)
{
    private static object NewLabBody(string name, params object[] municipalities) => new
    {
        name,
        shortDescription = "Beschreibung",
        federalStateCode = "HB",
        programmeId = TestLabs.RegionalLabsProgramme,
        fundingStart = "2025-01-01",
        fundingEnd = "2027-12-31",
        municipalities,
    };

    private static object EditBody(LabDto lab, string? name = null, int? version = null, object? extraProgramme = null) => new
    {
        version = version ?? lab.Version,
        name = name ?? lab.Name,
        shortDescription = lab.ShortDescription,
        federalStateCode = lab.FederalStateCode,
        fundingStart = lab.FundingStart,
        fundingEnd = lab.FundingEnd,
        themeIds = lab.Themes.Select(t => t.Id),
        status = lab.Status,
        programmeId = extraProgramme,
    };

    private static async Task<Dictionary<string, string[]>> ErrorsOf(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    [Fact]
    public async Task An_administrator_registers_a_lab_with_its_municipalities()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var name = $"Labor {Guid.NewGuid():N}";

        var response = await admin.PostAsJsonAsync("/api/labs", NewLabBody(name,
            new { municipalityKey = "04011000", name = "Stadtgemeinde Bremen", kind = "CityState", role = "Lead" },
            new { municipalityKey = "03356000", name = "Landkreis Osterholz", kind = "County", role = "Partner" }));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var lab = await admin.GetFromJsonAsync<LabDto>(response.Headers.Location!.ToString());
        lab!.Name.ShouldBe(name);
        lab.ProgrammeName.ShouldBe("Regionale Open Government Labore");
        lab.Municipalities.Select(m => m.MunicipalityKey).ShouldBe(["04011000", "03356000"]);
        lab.Municipalities[0].Role.ShouldBe(ConsortiumRoles.Lead);
        lab.Version.ShouldBe(1);
    }

    [Fact]
    public async Task Registering_a_lab_with_an_invalid_municipality_key_is_rejected_and_nothing_is_saved()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var name = $"Labor {Guid.NewGuid():N}";

        var response = await admin.PostAsJsonAsync("/api/labs", NewLabBody(name,
            new { municipalityKey = "0401100X", name = "Bremen", kind = "CityState", role = "Lead" }));

        (await ErrorsOf(response)).ShouldContainKey("municipalities[0].municipalityKey");
        (await admin.GetFromJsonAsync<List<LabDto>>("/api/labs"))!.ShouldNotContain(l => l.Name == name);
    }

    [Fact]
    public async Task Registering_a_lab_with_the_same_municipality_twice_names_the_second_and_saves_nothing()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var name = $"Labor {Guid.NewGuid():N}";

        var response = await admin.PostAsJsonAsync("/api/labs", NewLabBody(name,
            new { municipalityKey = "04011000", name = "Bremen", kind = "CityState", role = "Lead" },
            new { municipalityKey = "04011000", name = "Bremen nochmal", kind = "City", role = "Partner" }));

        (await ErrorsOf(response)).ShouldContainKey("municipalities[1].municipalityKey");
        (await admin.GetFromJsonAsync<List<LabDto>>("/api/labs"))!.ShouldNotContain(l => l.Name == name);
    }

    [Fact]
    public async Task Adding_a_municipality_that_is_already_a_member_is_rejected()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        var response = await coordinator.PostAsJsonAsync($"/api/labs/{lab.Id}/municipalities",
            new { version = lab.Version, municipalityKey = "04012000", name = "Bremerhaven", kind = "City", role = "Partner" });

        (await ErrorsOf(response)).ShouldContainKey("municipalityKey");
    }

    [Fact]
    public async Task A_funding_period_that_ends_before_it_starts_is_rejected()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var response = await admin.PostAsJsonAsync("/api/labs", new
        {
            name = $"Labor {Guid.NewGuid():N}",
            shortDescription = "x",
            federalStateCode = "HB",
            programmeId = TestLabs.RegionalLabsProgramme,
            fundingStart = "2026-01-01",
            fundingEnd = "2025-12-31",
        });

        (await ErrorsOf(response)).ShouldContainKey("fundingEnd");
    }

    [Fact]
    public async Task An_unknown_lab_is_not_found()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var unknown = Guid.CreateVersion7();

        (await admin.GetAsync($"/api/labs/{unknown}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var edit = await admin.PutAsJsonAsync($"/api/labs/{unknown}", new { version = 1, name = "x", shortDescription = "x", federalStateCode = "HB", fundingStart = "2025-01-01", fundingEnd = "2025-12-31", status = "Active" });
        edit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        edit.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_coordinator_edits_their_lab_and_the_version_goes_up()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        var response = await coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}", EditBody(lab, name: lab.Name + " (neu)"));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var edited = await coordinator.GetFromJsonAsync<LabDto>($"/api/labs/{lab.Id}");
        edited!.Name.ShouldBe(lab.Name + " (neu)");
        edited.Version.ShouldBe(lab.Version + 1);
    }

    [Fact]
    public async Task A_coordinator_of_lab_A_gets_403_on_anything_of_lab_B()
    {
        var labA = await platform.CreateLabAsync();
        var labB = await platform.CreateLabAsync();
        using var coordinatorA = await platform.ClientAsAsync(Roles.LabCoordinator, labA.Id);

        (await coordinatorA.GetAsync($"/api/labs/{labB.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinatorA.PutAsJsonAsync($"/api/labs/{labB.Id}", EditBody(labB, name: "Übernommen"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinatorA.PostAsJsonAsync($"/api/labs/{labB.Id}/municipalities", new { version = labB.Version, municipalityKey = "03356005", name = "Lilienthal", kind = "Municipality", role = "Partner" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinatorA.DeleteAsync($"/api/labs/{labB.Id}/municipalities/04012000?version={labB.Version}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var labs = await coordinatorA.GetFromJsonAsync<List<LabDto>>("/api/labs");
        labs!.Select(l => l.Id).ShouldBe([labA.Id]);

        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        (await admin.GetFromJsonAsync<LabDto>($"/api/labs/{labB.Id}"))!.Version.ShouldBe(labB.Version);
    }

    [Fact]
    public async Task A_reviewer_reads_every_lab_and_changes_nothing()
    {
        var lab = await platform.CreateLabAsync();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        (await reviewer.GetAsync($"/api/labs/{lab.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reviewer.GetFromJsonAsync<List<LabDto>>("/api/labs"))!.ShouldContain(l => l.Id == lab.Id);
        (await reviewer.PutAsJsonAsync($"/api/labs/{lab.Id}", EditBody(lab, name: "Geändert"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.PostAsJsonAsync("/api/labs", NewLabBody($"Labor {Guid.NewGuid():N}"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.PostAsJsonAsync($"/api/labs/{lab.Id}/archive", new { version = lab.Version })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.PostAsJsonAsync("/api/programmes", new { name = "Neu", description = "", startYear = 2026 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Municipal_staff_read_their_lab_but_do_not_edit_it()
    {
        var lab = await platform.CreateLabAsync();
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, lab.Id);

        (await staff.GetAsync($"/api/labs/{lab.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.PutAsJsonAsync($"/api/labs/{lab.Id}", EditBody(lab, name: "Geändert"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_from_the_api()
    {
        var lab = await platform.CreateLabAsync();
        using var anonymous = platform.CreateBrowserlikeClient();

        (await anonymous.GetAsync("/api/labs")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/labs/{lab.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PutAsJsonAsync($"/api/labs/{lab.Id}", EditBody(lab))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_stale_edit_gets_409_and_overwrites_nothing()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        (await coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}", EditBody(lab, name: lab.Name + " A"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var stale = await coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}", EditBody(lab, name: lab.Name + " B"));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("stale");
        (await coordinator.GetFromJsonAsync<LabDto>($"/api/labs/{lab.Id}"))!.Name.ShouldBe(lab.Name + " A");
    }

    [Fact]
    public async Task A_programme_posted_with_an_edit_is_ignored()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var otherProgramme = new Guid("0199a1f0-0000-7000-8000-000000000002");

        (await coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}", EditBody(lab, extraProgramme: otherProgramme))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await coordinator.GetFromJsonAsync<LabDto>($"/api/labs/{lab.Id}"))!.ProgrammeId.ShouldBe(TestLabs.RegionalLabsProgramme);
    }

    [Fact]
    public async Task An_archived_lab_is_read_only()
    {
        var lab = await platform.CreateLabAsync();
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        (await coordinator.PostAsJsonAsync($"/api/labs/{lab.Id}/archive", new { version = lab.Version })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await admin.PostAsJsonAsync($"/api/labs/{lab.Id}/archive", new { version = lab.Version })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var archived = await admin.GetFromJsonAsync<LabDto>($"/api/labs/{lab.Id}");
        archived!.Status.ShouldBe(LabStatuses.Archived);
        var edit = await coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}", EditBody(archived with { Status = LabStatuses.Active }, name: "Nach dem Archivieren"));
        edit.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("read-only");
        (await admin.GetFromJsonAsync<List<LabDto>>("/api/labs"))!.ShouldNotContain(l => l.Id == lab.Id);
        (await admin.GetFromJsonAsync<List<LabDto>>("/api/labs?includeArchived=true"))!.ShouldContain(l => l.Id == lab.Id);
    }

    [Fact]
    public async Task Labs_are_filtered_by_programme_state_and_theme()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var themes = await admin.GetFromJsonAsync<List<ThemeDto>>("/api/themes");
        var energy = themes!.Single(t => t.Key == "energy-transition");
        var name = $"Energielabor {Guid.NewGuid():N}";
        var created = await admin.PostAsJsonAsync("/api/labs", new
        {
            name,
            shortDescription = "Bürgerenergie",
            federalStateCode = "SN",
            programmeId = TestLabs.RegionalLabsProgramme,
            fundingStart = "2025-01-01",
            fundingEnd = "2026-12-31",
            themeIds = new[] { energy.Id },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        (await admin.GetFromJsonAsync<List<LabDto>>($"/api/labs?federalState=SN&themeId={energy.Id}&programmeId={TestLabs.RegionalLabsProgramme}"))!.ShouldContain(l => l.Name == name);
        (await admin.GetFromJsonAsync<List<LabDto>>("/api/labs?federalState=HB"))!.ShouldNotContain(l => l.Name == name);
        (await admin.GetFromJsonAsync<List<LabDto>>("/api/labs?programmeId=0199a1f0-0000-7000-8000-000000000002"))!.ShouldNotContain(l => l.Name == name);
    }

    [Fact]
    public async Task A_teaching_link_needs_a_proper_term()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var university = await coordinator.PostAsJsonAsync($"/api/labs/{lab.Id}/universities", new { version = lab.Version, name = "Hochschule Bremen" });
        university.StatusCode.ShouldBe(HttpStatusCode.Created);
        var universityId = (await university.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var wrong = await coordinator.PostAsJsonAsync($"/api/labs/{lab.Id}/universities/{universityId}/teaching-links", new { version = lab.Version + 1, course = "Seminar", term = "Winter 25" });
        (await ErrorsOf(wrong)).ShouldContainKey("term");

        var right = await coordinator.PostAsJsonAsync($"/api/labs/{lab.Id}/universities/{universityId}/teaching-links", new { version = lab.Version + 1, course = "Seminar Open Government", term = "WiSe 2025/26" });
        right.StatusCode.ShouldBe(HttpStatusCode.Created);
        var saved = await coordinator.GetFromJsonAsync<LabDto>($"/api/labs/{lab.Id}");
        saved!.Universities.Single().TeachingLinks.Single().Term.ShouldBe("WiSe 2025/26");
    }

    [Fact]
    public async Task Removing_a_municipality_without_a_version_is_a_clear_error()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        (await ErrorsOf(await coordinator.DeleteAsync($"/api/labs/{lab.Id}/municipalities/04012000"))).ShouldContainKey("version");

        (await coordinator.DeleteAsync($"/api/labs/{lab.Id}/municipalities/04012000?version={lab.Version}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await coordinator.GetFromJsonAsync<LabDto>($"/api/labs/{lab.Id}"))!.Municipalities.ShouldNotContain(m => m.MunicipalityKey == "04012000");
    }

    [Fact]
    public async Task A_malformed_body_is_a_problem_not_a_crash()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var response = await admin.PostAsync("/api/labs", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
