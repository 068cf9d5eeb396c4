using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Stakeholders.ManageContactPersons;
using LaborPlattform.Stakeholders.ManageNetworks;
using LaborPlattform.Stakeholders.ReadOrganisations;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Pages;

public sealed partial class StakeholderPagesTests(StakeholdersPlatform platform)
{
    private static Dictionary<string, string> OrganisationForm(string name, string ags = "04011000", int version = 0) => new()
    {
        ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Name"] = name,
        ["Input.Sector"] = "CivilSociety",
        ["Input.Kind"] = "CommunityCentre",
        ["Input.Street"] = "Findorffstraße 108",
        ["Input.PostalCode"] = "28215",
        ["Input.City"] = "Bremen",
        ["Input.MunicipalityKey"] = ags,
        ["Input.HasPublicPremises"] = "true",
        ["Input.StepFreeAccess"] = "true",
        ["Input.Involvements[0].Role"] = "ConsortiumPartner",
        ["Input.Involvements[1].Role"] = "NetworkPartner",
        ["Input.Involvements[1].Selected"] = "true",
        ["Input.Involvements[1].Since"] = "2025-03-01",
        ["Input.Involvements[2].Role"] = "Multiplier",
        ["Input.Involvements[3].Role"] = "Venue",
    };

    [Fact]
    public async Task A_coordinator_records_an_organisation_through_the_form()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var name = Stakeholders.UniqueName("Begegnungsstätte");

        var response = await coordinator.PostFormAsync($"/intern/labore/{labId}/organisationen/bearbeiten", OrganisationForm(name));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var organisation = (await coordinator.GetFromJsonAsync<List<OrganisationDto>>($"/api/labs/{labId}/organisations"))!.Single();
        organisation.Name.ShouldBe(name);
        organisation.Involvements.Single().Role.ShouldBe("NetworkPartner");
        var details = await coordinator.GetStringAsync(response.Headers.Location!.ToString());
        details.ShouldContain("Die Organisation wurde erfasst.");
        details.ShouldContain(name);
    }

    [Fact]
    public async Task A_refused_organisation_form_shows_the_errors_next_to_the_fields_and_saves_nothing()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var form = OrganisationForm(Stakeholders.UniqueName("Verein"), ags: "4011000");
        form["Input.Involvements[3].Selected"] = "true";
        form["Input.Involvements[3].Since"] = "2025-05-01";
        form["Input.Involvements[3].Until"] = "2025-01-01";

        var response = await coordinator.PostFormAsync($"/intern/labore/{labId}/organisationen/bearbeiten", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"fehlerzusammenfassung\"");
        html.ShouldContain("id=\"Input_MunicipalityKey-error\"");
        html.ShouldContain("href=\"#Input_MunicipalityKey\"");
        // The venue role is the fourth row of the form but the second role sent: its error lands in its own row.
        html.ShouldContain("id=\"Input_Involvements_3__Until-error\"");
        (await coordinator.GetFromJsonAsync<List<OrganisationDto>>($"/api/labs/{labId}/organisations"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_stale_organisation_form_is_refused_with_a_clear_message()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var name = Stakeholders.UniqueName("Bibliothek");
        var id = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(name));
        (await coordinator.PostFormAsync($"/intern/labore/{labId}/organisationen/bearbeiten/{id}", OrganisationForm(name + " zuerst", version: 1))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stale = await coordinator.PostFormAsync($"/intern/labore/{labId}/organisationen/bearbeiten/{id}", OrganisationForm(name + " danach", version: 1));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("inzwischen von jemand anderem geändert");
        (await coordinator.GetFromJsonAsync<OrganisationDto>($"/api/labs/{labId}/organisations/{id}"))!.Name.ShouldBe(name + " zuerst");
    }

    [Fact]
    public async Task Reviewers_see_organisations_but_never_contact_persons()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var person = await coordinator.CreateContactAsync(labId, organisation, Stakeholders.ContactBody("Gudrun Geheimhaltung", "gudrun.geheim@example.org"));
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        var page = await reviewer.GetStringAsync($"/intern/labore/{labId}/organisationen/{organisation}");

        page.ShouldNotContain("Gudrun");
        page.ShouldNotContain("gudrun.geheim");
        page.ShouldNotContain("Ansprechpersonen");
        var list = await reviewer.GetStringAsync($"/intern/labore/{labId}/organisationen");
        list.ShouldContain("Zivilgesellschaft: 1");
        list.ShouldNotContain("Organisation erfassen");
        (await coordinator.GetStringAsync($"/intern/labore/{labId}/organisationen/{organisation}")).ShouldContain("Gudrun Geheimhaltung");
        (await reviewer.GetAsync($"/intern/labore/{labId}/organisationen/{organisation}/ansprechpersonen/{person}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.GetAsync($"/intern/labore/{labId}/ansprechpersonen/{person}/loeschen")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.GetAsync($"/intern/labore/{labId}/organisationen/bearbeiten")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.GetAsync($"/intern/labore/{labId}/organisationen/import")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.GetAsync($"/intern/labore/{labId}/angebote/bearbeiten")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.GetAsync($"/intern/labore/{labId}/netzwerke/bearbeiten")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_labs_coordinator_and_anonymous_visitors_are_refused_every_internal_page()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var other = await platform.CreateLabAsync();
        using var otherCoordinator = await platform.ClientAsAsync(Roles.LabCoordinator, other.Id);
        using var anonymous = platform.CreateBrowserlikeClient();
        string[] urls =
        [
            $"/intern/labore/{labId}/organisationen",
            $"/intern/labore/{labId}/organisationen/{organisation}",
            $"/intern/labore/{labId}/organisationen/bearbeiten",
            $"/intern/labore/{labId}/organisationen/import",
            $"/intern/labore/{labId}/organisationen/{organisation}/ansprechpersonen",
            $"/intern/labore/{labId}/netzwerke",
            $"/intern/labore/{labId}/netzwerke/bearbeiten",
            $"/intern/labore/{labId}/angebote",
            $"/intern/labore/{labId}/angebote/bearbeiten",
        ];

        foreach (var url in urls)
        {
            (await otherCoordinator.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
            var refused = await anonymous.GetAsync(url);
            refused.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            refused.Headers.Location!.ToString().ShouldContain("/anmelden");
        }

        (await anonymous.GetAsync("/intern/akteure")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await otherCoordinator.GetStringAsync("/intern/akteure")).ShouldNotContain(labId.ToString());
    }

    [Fact]
    public async Task A_contact_person_without_legal_basis_is_refused_next_to_the_field()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var form = new Dictionary<string, string>
        {
            ["Input.Version"] = "0",
            ["Input.Name"] = "Erika Beispiel",
            ["Input.Email"] = "erika@beispiel",
            ["Input.PreferredChannel"] = "Email",
            ["Input.Purpose"] = "Kurse absprechen",
        };

        var response = await coordinator.PostFormAsync($"/intern/labore/{labId}/organisationen/{organisation}/ansprechpersonen", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"Input_LegalBasis-error\"");
        html.ShouldContain("id=\"Input_BasisDate-error\"");
        html.ShouldContain("id=\"Input_Email-error\"");

        form["Input.Email"] = "erika@beispiel.de";
        form["Input.LegalBasis"] = "Consent";
        form["Input.BasisDate"] = "2025-03-01";
        (await coordinator.PostFormAsync($"/intern/labore/{labId}/organisationen/{organisation}/ansprechpersonen", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await coordinator.GetFromJsonAsync<List<ContactPersonDto>>($"/api/labs/{labId}/organisations/{organisation}/contact-persons"))!.Single().Email.ShouldBe("erika@beispiel.de");
    }

    [Fact]
    public async Task Staff_erase_a_contact_person_after_confirming()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, lab.Id);
        var organisation = await coordinator.CreateOrganisationAsync(lab.Id);
        var person = await coordinator.CreateContactAsync(lab.Id, organisation, Stakeholders.ContactBody("Erika Beispiel"));

        var confirm = await staff.GetStringAsync($"/intern/labore/{lab.Id}/ansprechpersonen/{person}/loeschen");
        confirm.ShouldContain("endgültig löschen");
        var response = await staff.PostFormAsync($"/intern/labore/{lab.Id}/ansprechpersonen/{person}/loeschen", []);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await staff.GetAsync($"/api/labs/{lab.Id}/contact-persons/{person}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetStringAsync(response.Headers.Location!.ToString())).ShouldContain("Die Ansprechperson wurde gelöscht.");
    }

    [Fact]
    public async Task The_import_page_previews_the_file_and_imports_it_after_confirmation()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var name = Stakeholders.UniqueName("Seniorentreff");
        var csv = "Name;Sektor;Art;Straße;PLZ;Ort;AGS;Rollen;Beteiligt seit\r\n" + $"{name};Zivilgesellschaft;Begegnungsstätte;Hafenstraße 126;27576;Bremerhaven;04012000;Netzwerkpartner;01.04.2025\r\n";

        var preview = await UploadAsync(coordinator, $"/intern/labore/{labId}/organisationen/import", Encoding.UTF8.GetBytes(csv));

        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await preview.Content.ReadAsStringAsync();
        html.ShouldContain("Vorschau: 1 Organisationen, keine Fehler");
        html.ShouldContain(name);
        (await coordinator.GetFromJsonAsync<List<OrganisationDto>>($"/api/labs/{labId}/organisations"))!.ShouldBeEmpty();

        var content = System.Net.WebUtility.HtmlDecode(ContentPattern().Match(html).Groups[1].Value);
        var confirmed = await coordinator.PostFormAsync($"/intern/labore/{labId}/organisationen/import", new Dictionary<string, string> { ["Content"] = content }, handler: "Import");

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await coordinator.GetFromJsonAsync<List<OrganisationDto>>($"/api/labs/{labId}/organisations"))!.Single().Name.ShouldBe(name);
    }

    [Fact]
    public async Task The_import_page_reports_a_wrongly_encoded_file_and_imports_nothing()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var csv = "Name;Sektor;Art;Straße;PLZ;Ort;AGS;Rollen;Beteiligt seit\r\nBegegnungsstätte Größe;Zivilgesellschaft;Begegnungsstätte;Hafenstraße 126;27576;Bremerhaven;04012000;Netzwerkpartner;01.04.2025\r\n";

        var response = await UploadAsync(coordinator, $"/intern/labore/{labId}/organisationen/import", Encoding.Latin1.GetBytes(csv));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"File-error\"");
        html.ShouldContain("nicht in UTF-8");
        (await coordinator.GetFromJsonAsync<List<OrganisationDto>>($"/api/labs/{labId}/organisations"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_membership_leaving_before_it_joined_is_refused_on_the_network_page()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var created = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks", new { name = "Digitalambulanzen" });
        var networkId = (await created.Content.ReadFromJsonAsync<Stakeholders.IdBody>())!.Id;

        var response = await coordinator.PostFormAsync($"/intern/labore/{labId}/netzwerke/{networkId}", new Dictionary<string, string>
        {
            ["version"] = "1",
            ["Join.OrganisationId"] = organisation.ToString(),
            ["Join.JoinedOn"] = "2025-05-01",
            ["Join.LeftOn"] = "2025-04-01",
        }, handler: "Join");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("id=\"Join_LeftOn-error\"");
        (await coordinator.GetFromJsonAsync<NetworkDto>($"/api/labs/{labId}/networks/{networkId}"))!.Memberships.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reviewer_cannot_add_a_member_from_the_network_page()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var created = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks", new { name = "Netz" });
        var networkId = (await created.Content.ReadFromJsonAsync<Stakeholders.IdBody>())!.Id;
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        var response = await reviewer.PostFormAsync($"/intern/labore/{labId}/netzwerke/{networkId}", new Dictionary<string, string>
        {
            ["version"] = "1",
            ["Join.OrganisationId"] = Guid.NewGuid().ToString(),
            ["Join.JoinedOn"] = "2025-05-01",
        }, handler: "Join");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_public_directory_shows_published_offers_filtered_by_place_and_no_contact_persons()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(municipalityKey: "04012000"));
        await coordinator.CreateContactAsync(labId, organisation, Stakeholders.ContactBody("Paula Privat", "paula.privat@example.org"));
        var title = Stakeholders.UniqueName("Tablet-Treff");
        var draftTitle = Stakeholders.UniqueName("Entwurf");
        var offer = await coordinator.CreateOfferAsync(labId, Stakeholders.OfferBody(organisation, organisation, title: title));
        var draft = await coordinator.CreateOfferAsync(labId, Stakeholders.OfferBody(organisation, organisation, published: false, title: draftTitle));
        using var anonymous = platform.CreateBrowserlikeClient();

        var all = await anonymous.GetStringAsync("/angebote");
        all.ShouldContain(title);
        all.ShouldNotContain(draftTitle);
        (await anonymous.GetStringAsync("/angebote?Ort=04012000&Art=Course")).ShouldContain(title);
        (await anonymous.GetStringAsync("/angebote?Ort=04011000")).ShouldNotContain(title);
        (await anonymous.GetStringAsync("/angebote?Ort=04012000&Art=HelpLine")).ShouldNotContain(title);
        var details = await anonymous.GetStringAsync($"/angebote/{offer}");
        details.ShouldContain("Zugang ohne Stufen");
        details.ShouldNotContain("Paula");
        (await anonymous.GetAsync($"/angebote/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_coordinator_finds_an_organisation_of_another_lab_and_involves_it_instead_of_recording_it_twice()
    {
        var (labA, coordinatorA) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinatorA;
        var (labB, coordinatorB) = await platform.LabWithCoordinatorAsync();
        using var __ = coordinatorB;
        var name = Stakeholders.UniqueName("Stadtbibliothek");
        var id = await coordinatorA.CreateOrganisationAsync(labA, Stakeholders.OrganisationBody(name, sector: "Administration", kind: "Library"));

        var search = await coordinatorB.GetStringAsync($"/intern/labore/{labB}/organisationen/einbinden?Name={Uri.EscapeDataString(name[..12].ToLowerInvariant())}");
        search.ShouldContain(name);
        var response = await coordinatorB.PostFormAsync($"/intern/labore/{labB}/organisationen/einbinden", new Dictionary<string, string>
        {
            ["organisationId"] = id.ToString(),
            ["role"] = "Venue",
            ["since"] = "2026-01-01",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var involved = await coordinatorB.GetFromJsonAsync<OrganisationDto>($"/api/labs/{labB}/organisations/{id}");
        involved!.Involvements.Single().Role.ShouldBe("Venue");
        (await coordinatorB.GetStringAsync($"/intern/labore/{labB}/organisationen/einbinden?Name={Uri.EscapeDataString(name)}")).ShouldNotContain("Einbinden<span");
        (await coordinatorA.GetFromJsonAsync<OrganisationDto>($"/api/labs/{labA}/organisations/{id}"))!.Involvements.Single().Role.ShouldBe("NetworkPartner");
    }

    [Fact]
    public async Task Involving_needs_the_right_to_contribute_to_the_lab()
    {
        var (labA, coordinatorA) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinatorA;
        var id = await coordinatorA.CreateOrganisationAsync(labA);
        var labB = await platform.CreateLabAsync();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        (await reviewer.GetAsync($"/intern/labore/{labB.Id}/organisationen/einbinden")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.GetAsync($"/api/labs/{labB.Id}/organisations-to-involve?name=Begegnung")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.PostAsJsonAsync($"/api/labs/{labB.Id}/organisations/{id}/involvements", new { version = 1, involvements = new[] { new { role = "Venue", since = "2026-01-01" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinatorA.GetFromJsonAsync<OrganisationDto>($"/api/labs/{labA}/organisations/{id}"))!.Version.ShouldBe(1);
    }

    [Fact]
    public async Task An_offer_is_recorded_through_the_form_with_a_german_price_and_a_wrong_price_is_named()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var title = Stakeholders.UniqueName("Tablet-Kurs");
        var form = new Dictionary<string, string>
        {
            ["Input.Version"] = "0",
            ["Input.OrganisationId"] = organisation.ToString(),
            ["Input.Title"] = title,
            ["Input.Description"] = "Wir üben zusammen.",
            ["Input.Kind"] = "Course",
            ["Input.Audience"] = "Einsteigerinnen und Einsteiger",
            ["Input.Location"] = "Venue",
            ["Input.VenueId"] = organisation.ToString(),
            ["Input.Schedule"] = "mittwochs 10 Uhr",
            ["Input.IsFree"] = "false",
            ["Input.Fee"] = "zwölf",
            ["Input.ContactChannel"] = "Telefon 0471 0000-202",
            ["Input.Published"] = "true",
        };

        var refused = await coordinator.PostFormAsync($"/intern/labore/{labId}/angebote/bearbeiten", form);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("id=\"Input_Fee-error\"");

        form["Input.Fee"] = "12,50";
        (await coordinator.PostFormAsync($"/intern/labore/{labId}/angebote/bearbeiten", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var offer = (await coordinator.GetFromJsonAsync<List<LaborPlattform.Stakeholders.ManageSupportOffers.SupportOfferDto>>($"/api/labs/{labId}/offers"))!.Single();
        offer.Title.ShouldBe(title);
        offer.Fee.ShouldBe(12.50m);
        (await platform.CreateBrowserlikeClient().GetStringAsync($"/angebote/{offer.Id}")).ShouldContain("12,50 Euro");
    }

    [Fact]
    public async Task A_leave_date_is_recorded_on_the_membership_page_and_a_stale_form_is_refused()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var created = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks", new { name = "Digitalambulanzen" });
        var networkId = (await created.Content.ReadFromJsonAsync<Stakeholders.IdBody>())!.Id;
        var joined = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/networks/{networkId}/memberships", new { version = 1, organisationId = organisation, joinedOn = "2025-01-01" });
        var membershipId = (await joined.Content.ReadFromJsonAsync<Stakeholders.IdBody>())!.Id;
        var url = $"/intern/labore/{labId}/netzwerke/{networkId}/mitglieder/{membershipId}";

        (await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Input.Version"] = "2", ["Input.JoinedOn"] = "2025-01-01", ["Input.LeftOn"] = "2025-09-30" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Input.Version"] = "2", ["Input.JoinedOn"] = "2025-01-01", ["Input.LeftOn"] = "" });

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("inzwischen von jemand anderem geändert");
        (await coordinator.GetFromJsonAsync<NetworkDto>($"/api/labs/{labId}/networks/{networkId}"))!.Memberships.Single().LeftOn.ShouldBe(new DateOnly(2025, 9, 30));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, byte[] file)
    {
        var page = await client.GetStringAsync(url);
        var token = System.Net.WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        form.Add(content, "File", "organisationen.csv");
        return await client.PostAsync(url + "?handler=Check", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Content\" value=\"([^\"]+)\"")]
    private static partial Regex ContentPattern();
}
