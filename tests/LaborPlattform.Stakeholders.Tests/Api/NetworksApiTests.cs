using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Stakeholders.ManageNetworks;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Api;

public sealed class NetworksApiTests(StakeholdersPlatform platform)
{
    private static async Task<Guid> CreateNetworkAsync(HttpClient client, Guid labId, string? name = null)
    {
        var response = await client.PostAsJsonAsync($"/api/labs/{labId}/networks", new { name = name ?? Stakeholders.UniqueName("Netzwerk"), description = "Partner für digitale Teilhabe" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Stakeholders.IdBody>())!.Id;
    }

    [Fact]
    public async Task Organisations_join_a_network_and_its_current_size_counts_them()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var first = await coordinator.CreateOrganisationAsync(labId);
        var second = await coordinator.CreateOrganisationAsync(labId);
        var networkId = await CreateNetworkAsync(coordinator, labId);

        (await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks/{networkId}/memberships", new { version = 1, organisationId = first, joinedOn = "2025-01-10" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks/{networkId}/memberships", new { version = 2, organisationId = second, joinedOn = "2025-02-01", leftOn = "2025-06-30" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var network = await coordinator.GetFromJsonAsync<NetworkDto>($"/api/labs/{labId}/networks/{networkId}");
        network!.Memberships.Count.ShouldBe(2);
        network.CurrentMembers.ShouldBe(1);
        network.Version.ShouldBe(3);
    }

    [Fact]
    public async Task A_membership_that_leaves_before_it_joined_is_rejected_and_nothing_is_saved()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var networkId = await CreateNetworkAsync(coordinator, labId);

        var response = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks/{networkId}/memberships",
            new { version = 1, organisationId = organisation, joinedOn = "2025-05-01", leftOn = "2025-04-30" });

        (await Stakeholders.ErrorsOf(response))["leftOn"].Single().ShouldBe("Der Austritt darf nicht vor dem Beitritt liegen.");
        (await coordinator.GetFromJsonAsync<NetworkDto>($"/api/labs/{labId}/networks/{networkId}"))!.Memberships.ShouldBeEmpty();
    }

    [Fact]
    public async Task Changing_a_membership_to_leave_before_it_joined_is_rejected()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var networkId = await CreateNetworkAsync(coordinator, labId);
        var created = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks/{networkId}/memberships", new { version = 1, organisationId = organisation, joinedOn = "2025-05-01" });
        var membershipId = (await created.Content.ReadFromJsonAsync<Stakeholders.IdBody>())!.Id;

        var response = await coordinator.PutAsJsonAsync($"/api/labs/{labId}/networks/{networkId}/memberships/{membershipId}", new { version = 2, joinedOn = "2025-05-01", leftOn = "2025-01-01" });

        (await Stakeholders.ErrorsOf(response)).ShouldContainKey("leftOn");
        (await coordinator.GetFromJsonAsync<NetworkDto>($"/api/labs/{labId}/networks/{networkId}"))!.Memberships.Single().LeftOn.ShouldBeNull();
    }

    [Fact]
    public async Task An_organisation_cannot_be_a_member_twice_at_the_same_time_but_may_rejoin_later()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var networkId = await CreateNetworkAsync(coordinator, labId);
        (await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks/{networkId}/memberships", new { version = 1, organisationId = organisation, joinedOn = "2025-01-01", leftOn = "2025-03-31" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var overlapping = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks/{networkId}/memberships", new { version = 2, organisationId = organisation, joinedOn = "2025-03-01" });
        (await Stakeholders.ErrorsOf(overlapping)).ShouldContainKey("joinedOn");

        (await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks/{networkId}/memberships", new { version = 2, organisationId = organisation, joinedOn = "2025-06-01" })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Only_organisations_of_the_lab_can_join_its_networks()
    {
        var (labA, coordinatorA) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinatorA;
        var (labB, coordinatorB) = await platform.LabWithCoordinatorAsync();
        using var __ = coordinatorB;
        var foreign = await coordinatorB.CreateOrganisationAsync(labB);
        var networkId = await CreateNetworkAsync(coordinatorA, labA);

        var response = await coordinatorA.PostAsJsonAsync($"/api/labs/{labA}/networks/{networkId}/memberships", new { version = 1, organisationId = foreign, joinedOn = "2025-01-01" });

        (await Stakeholders.ErrorsOf(response)).ShouldContainKey("organisationId");
    }

    [Fact]
    public async Task The_network_size_over_a_period_is_counted_per_month()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var a = await coordinator.CreateOrganisationAsync(labId);
        var b = await coordinator.CreateOrganisationAsync(labId);
        var c = await coordinator.CreateOrganisationAsync(labId);
        var networkId = await CreateNetworkAsync(coordinator, labId, "Digitalambulanzen");
        var version = 1;
        foreach (var (org, joined, left) in new[] { (a, "2025-01-15", (string?)null), (b, "2025-02-01", "2025-03-15"), (c, "2025-03-10", null) })
        {
            (await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks/{networkId}/memberships", new { version = version++, organisationId = org, joinedOn = joined, leftOn = left })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var sizes = await coordinator.GetFromJsonAsync<List<NetworkSize>>($"/api/labs/{labId}/network-sizes?from=2025-01-01&to=2025-04-30");

        var size = sizes!.Single();
        size.Name.ShouldBe("Digitalambulanzen");
        size.MembersAtStart.ShouldBe(0);
        size.MembersAtEnd.ShouldBe(2);
        size.Months.Select(m => (m.Month, m.Members, m.Joined, m.Left)).ShouldBe([(1, 1, 1, 0), (2, 2, 1, 0), (3, 2, 1, 1), (4, 2, 0, 0)]);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_rejected()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;

        (await Stakeholders.ErrorsOf(await coordinator.GetAsync($"/api/labs/{labId}/network-sizes?from=2025-05-01&to=2025-01-01"))).ShouldContainKey("to");
        (await Stakeholders.ErrorsOf(await coordinator.GetAsync($"/api/labs/{labId}/organisation-counts?from=2025-05-01&to=2025-01-01"))).ShouldContainKey("to");
    }

    [Fact]
    public async Task A_stale_network_edit_gets_409()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var networkId = await CreateNetworkAsync(coordinator, labId);
        (await coordinator.PutAsJsonAsync($"/api/labs/{labId}/networks/{networkId}", new { version = 1, name = "Neuer Name" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await Stakeholders.ConflictCodeOf(await coordinator.PutAsJsonAsync($"/api/labs/{labId}/networks/{networkId}", new { version = 1, name = "Alter Stand" }))).ShouldBe("stale");
        (await coordinator.GetFromJsonAsync<NetworkDto>($"/api/labs/{labId}/networks/{networkId}"))!.Name.ShouldBe("Neuer Name");
    }

    [Fact]
    public async Task Two_networks_of_a_lab_cannot_share_a_name()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        await CreateNetworkAsync(coordinator, labId, "Digitalambulanzen");

        (await Stakeholders.ErrorsOf(await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks", new { name = "Digitalambulanzen" }))).ShouldContainKey("name");
    }

    [Fact]
    public async Task Reviewers_read_networks_but_do_not_change_them_and_other_labs_are_refused()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var networkId = await CreateNetworkAsync(coordinator, labId);
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var other = await platform.CreateLabAsync();
        using var otherCoordinator = await platform.ClientAsAsync(Roles.LabCoordinator, other.Id);
        using var anonymous = platform.CreateBrowserlikeClient();

        (await reviewer.GetAsync($"/api/labs/{labId}/networks/{networkId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reviewer.PutAsJsonAsync($"/api/labs/{labId}/networks/{networkId}", new { version = 1, name = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.PostAsJsonAsync($"/api/labs/{labId}/networks", new { name = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherCoordinator.GetAsync($"/api/labs/{labId}/networks")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherCoordinator.PostAsJsonAsync($"/api/labs/{labId}/networks/{networkId}/memberships", new { version = 1, organisationId = Guid.NewGuid(), joinedOn = "2025-01-01" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherCoordinator.GetAsync($"/api/labs/{other.Id}/networks/{networkId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/labs/{labId}/networks")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
