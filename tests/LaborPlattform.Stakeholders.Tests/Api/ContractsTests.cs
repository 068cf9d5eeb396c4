using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Stakeholders.Contracts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Api;

/// <summary>The queries other modules use, through the mediator as they would call them.</summary>
public sealed class ContractsTests(StakeholdersPlatform platform)
{
    private async Task<T> SendAsync<T>(IQuery<T> query)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    [Fact]
    public async Task Organisations_by_ids_leave_out_unknown_ids()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var name = Stakeholders.UniqueName("Bibliothek");
        var id = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(name, sector: "Administration", kind: "Library"));

        var found = await SendAsync(new GetOrganisationsByIds([id, Guid.NewGuid()]));

        found.ShouldBe([new OrganisationSummary(id, name, Sectors.Administration, OrganisationKinds.Library)]);
        (await SendAsync(new GetOrganisationsByIds([]))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Lab_organisations_are_those_currently_involved_ordered_by_name()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var zebra = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody("Zebra-Verein " + Guid.NewGuid().ToString("N")[..6]));
        var alpha = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody("Alpha-Verein " + Guid.NewGuid().ToString("N")[..6]));
        await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(involvements: [new { role = "Multiplier", since = "2020-01-01", until = "2020-12-31" }]));
        var (otherLab, otherCoordinator) = await platform.LabWithCoordinatorAsync();
        using var __ = otherCoordinator;
        await otherCoordinator.CreateOrganisationAsync(otherLab);

        var organisations = await SendAsync(new GetLabOrganisations(labId));

        organisations.Select(o => o.Id).ShouldBe([alpha, zebra]);
        (await SendAsync(new GetLabOrganisations(Guid.NewGuid()))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Venues_are_organisations_with_premises_or_the_venue_role()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var premises = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(premises: true));
        var role = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(premises: false, involvements: [new { role = "Venue", since = "2025-01-01" }]));
        var neither = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(premises: false));

        var venues = await SendAsync(new GetVenues(labId));

        venues.Select(v => v.Id).ShouldBe([premises, role], ignoreOrder: true);
        var venue = (await SendAsync(new GetVenue(premises)))!;
        venue.Street.ShouldBe("Findorffstraße 108");
        venue.PostalCode.ShouldBe("28215");
        venue.City.ShouldBe("Bremen");
        venue.MunicipalityKey.ShouldBe("04011000");
        (venue.StepFreeAccess, venue.AccessibleToilet, venue.HearingLoop).ShouldBe((true, true, false));
        (await SendAsync(new GetVenue(neither))).ShouldBeNull();
        (await SendAsync(new GetVenue(Guid.NewGuid()))).ShouldBeNull();
        (await SendAsync(new GetVenues(null))).Select(v => v.Id).ShouldContain(premises);
    }

    [Fact]
    public async Task Involved_organisations_are_counted_by_sector_and_role_for_a_period()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(sector: "CivilSociety", involvements: [new { role = "NetworkPartner", since = "2024-06-01" }]));
        await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(sector: "CivilSociety", involvements: [new { role = "NetworkPartner", since = "2025-03-01" }, new { role = "Venue", since = "2025-03-01" }]));
        await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(sector: "Academia", kind: "University", involvements: [new { role = "ConsortiumPartner", since = "2025-01-01" }]));
        await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(sector: "Media", kind: "Company", involvements: [new { role = "Multiplier", since = "2024-01-01", until = "2024-12-31" }]));
        await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(sector: "Business", kind: "Company", involvements: [new { role = "Multiplier", since = "2026-01-01" }]));

        var counts = await SendAsync(new GetInvolvedOrganisationCounts(labId, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));

        counts.Total.ShouldBe(3);
        counts.NewInPeriod.ShouldBe(2);
        counts.BySector.Select(s => s.Sector).ShouldBe(Sectors.All);
        counts.BySector.Single(s => s.Sector == Sectors.CivilSociety).ShouldBe(new SectorCount(Sectors.CivilSociety, "Zivilgesellschaft", 2));
        counts.BySector.Single(s => s.Sector == Sectors.Academia).Count.ShouldBe(1);
        counts.BySector.Sum(s => s.Count).ShouldBe(counts.Total);
        counts.ByRole.Select(r => (r.Role, r.Count)).ShouldBe([(InvolvementRoles.ConsortiumPartner, 1), (InvolvementRoles.NetworkPartner, 2), (InvolvementRoles.Venue, 1)]);
    }

    [Fact]
    public async Task Published_offers_for_a_report_leave_out_drafts_and_offers_published_after_the_as_of_time()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var published = await coordinator.CreateOfferAsync(labId, Stakeholders.OfferBody(organisation, organisation, kind: "ConsultationHour"));
        await coordinator.CreateOfferAsync(labId, Stakeholders.OfferBody(organisation, organisation, published: false));

        var offers = await SendAsync(new GetPublishedSupportOffers(labId));

        offers.Select(o => o.Id).ShouldBe([published]);
        offers[0].KindName.ShouldBe("Sprechstunde");
        offers[0].Recurrence.ShouldBe("Weekly");
        (await SendAsync(new GetPublishedSupportOffers(labId, PublishedOnOrBefore: offers[0].PublishedAt.AddSeconds(-1)))).ShouldBeEmpty();
        (await SendAsync(new GetPublishedSupportOffers(labId, Kind: SupportOfferKinds.Course))).ShouldBeEmpty();
        (await SendAsync(new GetPublishedSupportOffers(labId, MunicipalityKey: "04012000"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Network_sizes_for_a_report_come_per_month()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var created = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks", new { name = "Digitalambulanzen" });
        var networkId = (await created.Content.ReadFromJsonAsync<Stakeholders.IdBody>())!.Id;
        (await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks/{networkId}/memberships", new { version = 1, organisationId = organisation, joinedOn = "2025-02-15" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var sizes = await SendAsync(new GetNetworkSizes(labId, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));

        sizes.Single().Months.Count.ShouldBe(12);
        sizes.Single().Months.Select(m => m.Members).ShouldBe([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    }
}
