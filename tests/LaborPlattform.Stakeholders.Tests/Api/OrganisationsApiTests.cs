using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Stakeholders.ReadOrganisations;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Api;

public sealed class OrganisationsApiTests(StakeholdersPlatform platform)
{
    [Fact]
    public async Task A_coordinator_records_an_organisation_with_its_role_in_the_lab()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var name = Stakeholders.UniqueName("Begegnungsstätte");

        var id = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(name, involvements: [new { role = "Venue", since = "2025-02-01" }, new { role = "Netzwerkpartner", since = "2025-03-01" }]));

        var organisation = await coordinator.GetFromJsonAsync<OrganisationDto>($"/api/labs/{labId}/organisations/{id}");
        organisation!.Name.ShouldBe(name);
        organisation.SectorName.ShouldBe("Zivilgesellschaft");
        organisation.MunicipalityKey.ShouldBe("04011000");
        organisation.IsVenue.ShouldBeTrue();
        organisation.Involvements.Select(i => i.Role).ShouldBe(["NetworkPartner", "Venue"]);
        organisation.Version.ShouldBe(1);
        (await coordinator.GetFromJsonAsync<List<OrganisationDto>>($"/api/labs/{labId}/organisations"))!.ShouldContain(o => o.Id == id);
    }

    [Fact]
    public async Task Municipal_staff_of_the_lab_record_organisations_too()
    {
        var lab = await platform.CreateLabAsync();
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, lab.Id);

        await staff.CreateOrganisationAsync(lab.Id);
    }

    [Theory]
    [InlineData("0401100", "municipalityKey")]
    [InlineData("99011000", "municipalityKey")]
    [InlineData("", "municipalityKey")]
    public async Task An_invalid_municipality_key_is_rejected_and_nothing_is_saved(string key, string field)
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var name = Stakeholders.UniqueName("Verein");

        var response = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/organisations", Stakeholders.OrganisationBody(name, municipalityKey: key));

        (await Stakeholders.ErrorsOf(response)).ShouldContainKey(field);
        (await coordinator.GetFromJsonAsync<List<OrganisationDto>>($"/api/labs/{labId}/organisations"))!.ShouldNotContain(o => o.Name == name);
    }

    [Fact]
    public async Task Every_wrong_field_is_named()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;

        var response = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/organisations", new
        {
            name = " ",
            sector = "Kirche",
            kind = "Stammtisch",
            street = "",
            postalCode = "2819",
            city = "",
            municipalityKey = "04011000",
            website = "www.ohne-schema",
            involvements = new[] { new { role = "Sponsor", since = (string?)null } },
        });

        var errors = await Stakeholders.ErrorsOf(response);
        errors.Keys.ShouldBe(["name", "sector", "kind", "street", "postalCode", "city", "website", "involvements[0].role", "involvements[0].since"], ignoreOrder: true);
    }

    [Fact]
    public async Task An_involvement_that_ends_before_it_starts_is_rejected()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;

        var response = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/organisations",
            Stakeholders.OrganisationBody(involvements: [new { role = "Multiplier", since = "2025-05-01", until = "2025-04-30" }]));

        (await Stakeholders.ErrorsOf(response)).ShouldContainKey("involvements[0].until");
    }

    [Fact]
    public async Task An_organisation_without_a_role_in_the_lab_is_rejected()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;

        var response = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/organisations", Stakeholders.OrganisationBody(involvements: []));

        (await Stakeholders.ErrorsOf(response)).ShouldContainKey("involvements");
    }

    [Fact]
    public async Task A_second_organisation_with_the_same_name_in_other_letter_case_is_rejected()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var name = Stakeholders.UniqueName("Seniorentreff");
        await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(name));

        var response = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/organisations", Stakeholders.OrganisationBody(" " + name.ToUpperInvariant()));

        (await Stakeholders.ErrorsOf(response))["name"].Single().ShouldContain("bereits");
    }

    [Fact]
    public async Task A_stale_edit_gets_409_and_overwrites_nothing()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var name = Stakeholders.UniqueName("Bibliothek");
        var id = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(name));
        (await coordinator.PutAsJsonAsync($"/api/labs/{labId}/organisations/{id}", Stakeholders.OrganisationBody(name + " A", version: 1))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var stale = await coordinator.PutAsJsonAsync($"/api/labs/{labId}/organisations/{id}", Stakeholders.OrganisationBody(name + " B", version: 1));

        (await Stakeholders.ConflictCodeOf(stale)).ShouldBe("stale");
        var organisation = await coordinator.GetFromJsonAsync<OrganisationDto>($"/api/labs/{labId}/organisations/{id}");
        organisation!.Name.ShouldBe(name + " A");
        organisation.Version.ShouldBe(2);
    }

    [Fact]
    public async Task An_organisation_of_another_lab_is_involved_here_too_and_editing_roles_here_keeps_its_roles_there()
    {
        var (labA, coordinatorA) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinatorA;
        var (labB, coordinatorB) = await platform.LabWithCoordinatorAsync();
        using var __ = coordinatorB;
        var name = Stakeholders.UniqueName("Hochschule");
        var id = await coordinatorA.CreateOrganisationAsync(labA, Stakeholders.OrganisationBody(name));
        (await coordinatorB.PutAsJsonAsync($"/api/labs/{labB}/organisations/{id}", Stakeholders.OrganisationBody(name, version: 1))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await coordinatorB.PostAsJsonAsync($"/api/labs/{labB}/organisations/{id}/involvements", new { version = 1, involvements = new[] { new { role = "Multiplier", since = "2026-01-01" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var edit = await coordinatorB.PutAsJsonAsync($"/api/labs/{labB}/organisations/{id}",
            Stakeholders.OrganisationBody(name, version: 2, involvements: [new { role = "ConsortiumPartner", since = "2026-02-01" }]));

        edit.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await coordinatorB.GetFromJsonAsync<OrganisationDto>($"/api/labs/{labB}/organisations/{id}"))!.Involvements.Single().Role.ShouldBe("ConsortiumPartner");
        (await coordinatorA.GetFromJsonAsync<OrganisationDto>($"/api/labs/{labA}/organisations/{id}"))!.Involvements.Single().Role.ShouldBe("NetworkPartner");
        var again = await coordinatorB.PostAsJsonAsync($"/api/labs/{labB}/organisations/{id}/involvements", new { version = 3, involvements = new[] { new { role = "Venue", since = "2026-01-01" } } });
        (await Stakeholders.ErrorsOf(again)).ShouldContainKey("organisationId");
    }

    [Fact]
    public async Task Another_labs_coordinator_is_refused_and_does_not_see_the_organisation()
    {
        var (labA, coordinatorA) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinatorA;
        var (labB, coordinatorB) = await platform.LabWithCoordinatorAsync();
        using var __ = coordinatorB;
        var id = await coordinatorA.CreateOrganisationAsync(labA);

        (await coordinatorB.GetAsync($"/api/labs/{labA}/organisations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinatorB.GetAsync($"/api/labs/{labA}/organisations/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinatorB.PostAsJsonAsync($"/api/labs/{labA}/organisations", Stakeholders.OrganisationBody())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinatorB.PutAsJsonAsync($"/api/labs/{labA}/organisations/{id}", Stakeholders.OrganisationBody(version: 1))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinatorB.GetAsync($"/api/labs/{labA}/organisations.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Through its own lab's routes, lab B cannot reach lab A's organisation either.
        (await coordinatorB.GetAsync($"/api/labs/{labB}/organisations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinatorB.PutAsJsonAsync($"/api/labs/{labB}/organisations/{id}", Stakeholders.OrganisationBody(version: 1))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_reviewer_reads_organisations_and_counts_but_changes_nothing()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var id = await coordinator.CreateOrganisationAsync(labId);
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        (await reviewer.GetAsync($"/api/labs/{labId}/organisations/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reviewer.GetAsync($"/api/labs/{labId}/organisation-counts?from=2025-01-01&to=2025-12-31")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reviewer.GetAsync($"/api/labs/{labId}/organisations.csv")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reviewer.PostAsJsonAsync($"/api/labs/{labId}/organisations", Stakeholders.OrganisationBody())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.PutAsJsonAsync($"/api/labs/{labId}/organisations/{id}", Stakeholders.OrganisationBody(version: 1))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var id = await coordinator.CreateOrganisationAsync(labId);
        using var anonymous = platform.CreateBrowserlikeClient();

        (await anonymous.GetAsync($"/api/labs/{labId}/organisations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/labs/{labId}/organisations/{id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync($"/api/labs/{labId}/organisations", Stakeholders.OrganisationBody())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/labs/{labId}/organisations.csv")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_archived_labs_organisations_are_read_only()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var name = Stakeholders.UniqueName("Verein");
        var id = await coordinator.CreateOrganisationAsync(lab.Id, Stakeholders.OrganisationBody(name));
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        (await admin.PostAsJsonAsync($"/api/labs/{lab.Id}/archive", new { version = lab.Version })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await Stakeholders.ConflictCodeOf(await coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/organisations/{id}", Stakeholders.OrganisationBody(name + " neu", version: 1)))).ShouldBe("read-only");
        (await Stakeholders.ConflictCodeOf(await coordinator.PostAsJsonAsync($"/api/labs/{lab.Id}/organisations", Stakeholders.OrganisationBody()))).ShouldBe("read-only");
        (await Stakeholders.ConflictCodeOf(await coordinator.PostAsJsonAsync($"/api/labs/{lab.Id}/networks", new { name = "Netz" }))).ShouldBe("read-only");
        (await coordinator.GetFromJsonAsync<OrganisationDto>($"/api/labs/{lab.Id}/organisations/{id}"))!.Name.ShouldBe(name);
    }

    [Fact]
    public async Task Organisations_are_filtered_by_sector_and_kind()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var library = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(sector: "Administration", kind: "Library"));
        var association = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(sector: "CivilSociety", kind: "Association"));

        var administration = await coordinator.GetFromJsonAsync<List<OrganisationDto>>($"/api/labs/{labId}/organisations?sector=Administration");
        administration!.Select(o => o.Id).ShouldBe([library]);
        var associations = await coordinator.GetFromJsonAsync<List<OrganisationDto>>($"/api/labs/{labId}/organisations?kind=Verein");
        associations!.Select(o => o.Id).ShouldBe([association]);
    }
}
