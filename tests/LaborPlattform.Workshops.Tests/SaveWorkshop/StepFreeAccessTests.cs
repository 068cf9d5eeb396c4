using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Shared.Time;
using LaborPlattform.Shared.Web;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;
using static LaborPlattform.Workshops.Tests.WorkshopsApi;
using IcalCalendar = Ical.Net.Calendar;

namespace LaborPlattform.Workshops.Tests.SaveWorkshop;

/// <summary>
/// Whether an event at another address can be reached without steps ("barrierefrei zugänglich"): yes, no or not known,
/// entered with the address (a venue of the lab says it itself), shown internally, publicly and in the feed.
/// </summary>
public sealed class StepFreeAccessTests(PlatformFactory platform)
{
    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static object AtAddress(bool? stepFree) => new
    {
        kind = "Address",
        name = "Gemeindehaus St. Petri",
        street = "Kirchstraße 3",
        postalCode = "27568",
        city = "Bremerhaven",
        municipalityKey = "04012000",
        stepFreeAccess = stepFree,
    };

    [Fact]
    public async Task The_API_creates_edits_and_reads_the_step_free_access_of_an_address()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var body = Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), AtAddress(true));

        var created = await lab.Coordinator.CreateWorkshopAsync(lab.Id, body);

        created.Venue.StepFreeAccess.ShouldBe(true);
        body["venue"] = AtAddress(false);
        body["version"] = created.Version;
        (await lab.Coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/workshops/{created.Id}", body)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var edited = await lab.Coordinator.GetWorkshopAsync(lab.Id, created.Id);
        edited.Venue.StepFreeAccess.ShouldBe(false);
        body["venue"] = AtAddress(null);
        body["version"] = edited.Version;
        (await lab.Coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/workshops/{created.Id}", body)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await lab.Coordinator.GetWorkshopAsync(lab.Id, created.Id)).Venue.StepFreeAccess.ShouldBeNull();
    }

    [Fact]
    public async Task A_venue_of_the_lab_and_an_online_event_refuse_the_field_with_a_reason_and_nothing_is_saved()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;

        var atVenue = await ErrorsOf(await lab.Coordinator.PostWorkshopAsync(lab.Id,
            Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), new { kind = "Organisation", organisationId = lab.VenueId, stepFreeAccess = true })));
        var online = await ErrorsOf(await lab.Coordinator.PostWorkshopAsync(lab.Id,
            Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), new { kind = "Online", onlineUrl = "https://konferenz.example.org/raum-42", stepFreeAccess = false })));

        atVenue["venue.stepFreeAccess"][0].ShouldContain("steht beim Veranstaltungsort selbst");
        online["venue.stepFreeAccess"][0].ShouldContain("Online-Veranstaltung");
        (await lab.Coordinator.GetStringAsync($"/api/labs/{lab.Id}/workshops")).ShouldBe("[]");
    }

    [Fact]
    public async Task A_value_that_is_not_yes_no_or_null_is_refused_by_the_API()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var body = Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), new
        {
            kind = "Address", street = "Kirchstraße 3", postalCode = "27568", city = "Bremerhaven", municipalityKey = "04012000", stepFreeAccess = "vielleicht",
        });

        (await lab.Coordinator.PostWorkshopAsync(lab.Id, body)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await lab.Coordinator.GetStringAsync($"/api/labs/{lab.Id}/workshops")).ShouldBe("[]");
    }

    private static Dictionary<string, string> AddressForm(DateOnly day, string stepFree) => new()
    {
        ["Input.Version"] = "0",
        ["Input.Title"] = "Sprechstunde im Gemeindehaus",
        ["Input.Format"] = "Course",
        ["Input.Date"] = Iso(day),
        ["Input.StartTime"] = "10:00",
        ["Input.EndTime"] = "12:00",
        ["Input.Repeat"] = "None",
        ["Input.VenueKind"] = "Address",
        ["Input.AddressName"] = "Gemeindehaus St. Petri",
        ["Input.Street"] = "Kirchstraße 3",
        ["Input.PostalCode"] = "27568",
        ["Input.City"] = "Bremerhaven",
        ["Input.MunicipalityKey"] = "04012000",
        ["Input.StepFreeAccess"] = stepFree,
        ["Input.IsPublic"] = "true",
        ["Input.Description"] = "Wir beantworten Ihre Fragen zum Smartphone.",
    };

    [Fact]
    public async Task The_form_saves_it_the_edit_form_shows_it_and_the_public_page_and_the_feed_tell_citizens()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        using var anonymous = platform.CreateBrowserlikeClient();

        var response = await lab.Coordinator.PostFormAsync($"/intern/labore/{lab.Id}/veranstaltungen/neu", AddressForm(Berlin.Today(platform.Time).AddDays(6), "true"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var id = Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
        var saved = await lab.Coordinator.GetWorkshopAsync(lab.Id, id);
        saved.Venue.StepFreeAccess.ShouldBe(true);
        (await lab.Coordinator.GetStringAsync(response.Headers.Location.ToString())).ShouldContain("Zugang ohne Stufen (Rampe oder Aufzug)");
        var edit = await lab.Coordinator.GetStringAsync($"/intern/labore/{lab.Id}/veranstaltungen/{id}/bearbeiten");
        edit.ShouldMatch("""<input checked="checked"[^>]*name="Input.StepFreeAccess" type="radio" value="true" />""");

        var page = await anonymous.GetStringAsync($"/veranstaltungen/{saved.Occurrences[0].Id}");
        page.ShouldContain("Zugang ohne Stufen (Rampe oder Aufzug)");
        page.ShouldNotContain("Keine barrierefreie Toilette");
        var feed = IcalCalendar.Load(await anonymous.GetStringAsync($"/veranstaltungen/kalender/labor/{lab.Slug}.ics"))!;
        var description = feed.Events.Single(e => e.Summary == "Sprechstunde im Gemeindehaus").Description!;
        description.ShouldContain("Zugang ohne Stufen.");
        description.ShouldNotContain("Toilette");
    }

    [Fact]
    public async Task A_choice_the_form_does_not_offer_is_refused_in_German_and_nothing_is_saved()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;

        var response = await lab.Coordinator.PostFormAsync($"/intern/labore/{lab.Id}/veranstaltungen/neu", AddressForm(Berlin.Today(platform.Time).AddDays(6), "vielleicht"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"Input_StepFreeAccess-error\"");
        html.ShouldContain(System.Net.WebUtility.HtmlEncode(FormCommands.UnreadableMessage)[..20]);
        (await lab.Coordinator.GetStringAsync($"/api/labs/{lab.Id}/workshops")).ShouldBe("[]");
    }
}
