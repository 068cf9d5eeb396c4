using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Stakeholders.ManageSupportOffers;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Api;

public sealed class SupportOffersApiTests(StakeholdersPlatform platform)
{
    [Fact]
    public async Task Published_offers_appear_in_the_public_directory_and_drafts_do_not()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var centre = await coordinator.CreateOrganisationAsync(labId);
        var published = await coordinator.CreateOfferAsync(labId, Stakeholders.OfferBody(centre, centre));
        var draft = await coordinator.CreateOfferAsync(labId, Stakeholders.OfferBody(centre, centre, published: false));
        using var anonymous = platform.CreateBrowserlikeClient();

        var directory = (await anonymous.GetFromJsonAsync<List<PublishedSupportOffer>>("/api/public/offers"))!;

        directory.ShouldContain(o => o.Id == published);
        directory.ShouldNotContain(o => o.Id == draft);
        var offer = directory.Single(o => o.Id == published);
        offer.Venue!.StepFreeAccess.ShouldBeTrue();
        offer.MunicipalityKey.ShouldBe("04011000");
        (await anonymous.GetAsync($"/api/public/offers/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/public/offers/{published}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await coordinator.GetFromJsonAsync<List<SupportOfferDto>>($"/api/labs/{labId}/offers"))!.Select(o => o.Id).ShouldBe([published, draft], ignoreOrder: true);
    }

    [Fact]
    public async Task The_directory_is_filtered_by_municipality_and_kind()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var bremerhaven = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(municipalityKey: "04012000"));
        var bremen = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(municipalityKey: "04011000"));
        var course = await coordinator.CreateOfferAsync(labId, Stakeholders.OfferBody(bremerhaven, bremerhaven, kind: "Course"));
        var lending = await coordinator.CreateOfferAsync(labId, Stakeholders.OfferBody(bremerhaven, bremerhaven, kind: "DeviceLending"));
        var elsewhere = await coordinator.CreateOfferAsync(labId, Stakeholders.OfferBody(bremen, bremen, kind: "Course"));
        using var anonymous = platform.CreateBrowserlikeClient();

        var inBremerhaven = (await anonymous.GetFromJsonAsync<List<PublishedSupportOffer>>("/api/public/offers?municipality=04012000"))!;
        inBremerhaven.Select(o => o.Id).ShouldContain(course);
        inBremerhaven.Select(o => o.Id).ShouldContain(lending);
        inBremerhaven.Select(o => o.Id).ShouldNotContain(elsewhere);
        inBremerhaven.ShouldAllBe(o => o.MunicipalityKey == "04012000");

        var courses = (await anonymous.GetFromJsonAsync<List<PublishedSupportOffer>>("/api/public/offers?municipality=04012000&kind=Course"))!;
        courses.Select(o => o.Id).ShouldContain(course);
        courses.Select(o => o.Id).ShouldNotContain(lending);
    }

    [Fact]
    public async Task An_offer_at_a_venue_needs_a_venue_of_the_lab()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var noPremises = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(premises: false));
        var body = Stakeholders.OfferBody(noPremises, noPremises);

        (await Stakeholders.ErrorsOf(await coordinator.PostAsJsonAsync($"/api/labs/{labId}/offers", body))).ShouldContainKey("venueId");
        var withoutVenue = new { organisationId = noPremises, title = "Kurs", description = "x", kind = "Course", audience = "alle", location = "Venue", schedule = "montags", isFree = true, contactChannel = "Telefon", published = true };
        (await Stakeholders.ErrorsOf(await coordinator.PostAsJsonAsync($"/api/labs/{labId}/offers", withoutVenue))).ShouldContainKey("venueId");
    }

    [Fact]
    public async Task Every_wrong_field_of_an_offer_is_named()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;

        var response = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/offers", new
        {
            organisationId = Guid.Empty,
            title = "",
            description = " ",
            kind = "Party",
            audience = "",
            location = "Mond",
            schedule = "",
            recurrence = "daily",
            isFree = false,
            fee = -3m,
            contactChannel = "",
            published = true,
        });

        (await Stakeholders.ErrorsOf(response)).Keys.ShouldBe(
            ["organisationId", "title", "description", "kind", "audience", "location", "schedule", "recurrence", "fee", "contactChannel"], ignoreOrder: true);
    }

    [Fact]
    public async Task An_offer_that_is_not_free_needs_a_price()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var body = new { organisationId = organisation, title = "Kurs", description = "x", kind = "Course", audience = "alle", location = "Online", schedule = "montags", isFree = false, contactChannel = "Telefon", published = true };

        (await Stakeholders.ErrorsOf(await coordinator.PostAsJsonAsync($"/api/labs/{labId}/offers", body))).ShouldContainKey("fee");
        var priced = await coordinator.CreateOfferAsync(labId, new { organisationId = organisation, title = "Kurs", description = "x", kind = "Course", audience = "alle", location = "Online", schedule = "montags", isFree = false, fee = 12.5m, contactChannel = "Telefon", published = true });
        (await coordinator.GetFromJsonAsync<SupportOfferDto>($"/api/labs/{labId}/offers/{priced}"))!.Fee.ShouldBe(12.5m);
    }

    [Fact]
    public async Task Unpublishing_an_offer_removes_it_from_the_directory_and_a_stale_edit_gets_409()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var id = await coordinator.CreateOfferAsync(labId, Stakeholders.OfferBody(organisation, organisation, title: "Sprechstunde"));

        (await coordinator.PutAsJsonAsync($"/api/labs/{labId}/offers/{id}", Stakeholders.OfferBody(organisation, organisation, published: false, title: "Sprechstunde", version: 1))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var stale = await coordinator.PutAsJsonAsync($"/api/labs/{labId}/offers/{id}", Stakeholders.OfferBody(organisation, organisation, published: true, title: "Sprechstunde", version: 1));

        (await Stakeholders.ConflictCodeOf(stale)).ShouldBe("stale");
        using var anonymous = platform.CreateBrowserlikeClient();
        (await anonymous.GetAsync($"/api/public/offers/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Offers_are_managed_only_by_the_labs_staff()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var id = await coordinator.CreateOfferAsync(labId, Stakeholders.OfferBody(organisation));
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var other = await platform.CreateLabAsync();
        using var otherStaff = await platform.ClientAsAsync(Roles.MunicipalStaff, other.Id);
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, labId);
        using var anonymous = platform.CreateBrowserlikeClient();

        (await reviewer.GetAsync($"/api/labs/{labId}/offers/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reviewer.PostAsJsonAsync($"/api/labs/{labId}/offers", Stakeholders.OfferBody(organisation))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherStaff.PutAsJsonAsync($"/api/labs/{labId}/offers/{id}", Stakeholders.OfferBody(organisation, version: 1))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync($"/api/labs/{labId}/offers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync($"/api/labs/{labId}/offers", Stakeholders.OfferBody(organisation))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await staff.PutAsJsonAsync($"/api/labs/{labId}/offers/{id}", Stakeholders.OfferBody(organisation, title: "Geändert", version: 1))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Venues_are_public_with_their_accessibility()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var venue = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(premises: true));
        var office = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(premises: false, sector: "Administration", kind: "MunicipalAdministration"));
        using var anonymous = platform.CreateBrowserlikeClient();

        var venues = (await anonymous.GetFromJsonAsync<List<VenueDto>>($"/api/venues?labId={labId}"))!;

        venues.Select(v => v.Id).ShouldBe([venue]);
        venues[0].StepFreeAccess.ShouldBeTrue();
        venues.ShouldNotContain(v => v.Id == office);
    }
}
