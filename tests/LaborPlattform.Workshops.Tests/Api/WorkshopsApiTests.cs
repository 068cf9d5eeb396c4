using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;
using static LaborPlattform.Workshops.Tests.WorkshopsApi;

namespace LaborPlattform.Workshops.Tests.Api;

/// <summary>Planning events and series through the API: stored right, refused with the field named, nothing half-saved.</summary>
public sealed class WorkshopsApiTests(PlatformFactory platform)
{
    private static Dictionary<string, object?> Series(Dictionary<string, object?> body, string rule, params object[] exceptions)
    {
        body["recurrence"] = new { rule, exceptions };
        return body;
    }

    [Fact]
    public async Task A_weekly_course_with_holidays_is_planned_date_by_date_with_the_exception_left_out()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var start = platform.Day(7);
        var body = Series(Body($"{start}T10:00", $"{start}T12:00", AtVenue(lab.VenueId)), $"FREQ=WEEKLY;COUNT=6", new { from = platform.Day(21), to = platform.Day(27), label = "Herbstferien" });

        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, body);

        workshop.Occurrences.Count.ShouldBe(5);
        workshop.Occurrences.Select(o => o.OccursOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe([platform.Day(7), platform.Day(14), platform.Day(28), platform.Day(35), platform.Day(42)]);
        workshop.Occurrences.ShouldAllBe(o => o.Start.EndsWith("T10:00") && o.End.EndsWith("T12:00"));
        workshop.Recurrence!.Rule.ShouldBe("FREQ=WEEKLY;COUNT=6");
        workshop.Recurrence.Exceptions.Single().Label.ShouldBe("Herbstferien");
        workshop.Venue.Kind.ShouldBe("Organisation");
        workshop.Venue.City.ShouldBe("Bremen");
        workshop.Venue.MunicipalityKey.ShouldBe("04011000");
        workshop.Venue.StepFreeAccess.ShouldBe(true);
        workshop.Version.ShouldBe(1);
    }

    [Fact]
    public async Task Municipal_staff_of_the_lab_plan_events_at_a_free_address_and_online()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, lab.Id);

        var address = await staff.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(3, 18), platform.LocalAt(3, 20), AtAddress()));
        var online = await staff.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(4, 16), platform.LocalAt(4, 17), Online()));

        address.Venue.Name.ShouldBe("Gemeindehaus St. Petri");
        address.Venue.MunicipalityKey.ShouldBe("04012000");
        address.Venue.StepFreeAccess.ShouldBeNull();
        online.Venue.Kind.ShouldBe("Online");
        online.Venue.OnlineUrl.ShouldBe("https://konferenz.example.org/raum-42");
    }

    public static TheoryData<string, string> BadInput => new()
    {
        { "end before start", "end" },
        { "unknown venue", "venue.organisationId" },
        { "address without municipality key", "venue.municipalityKey" },
        { "online without link", "venue.onlineUrl" },
        { "unknown format", "format" },
        { "unknown organiser", "organiserIds[0]" },
        { "unknown sub-project", "subProjectId" },
        { "rule without any date", "recurrence.rule" },
        { "rule with too many dates", "recurrence.rule" },
        { "rule without end", "recurrence.rule" },
        { "missing title", "title" },
        { "negative capacity", "capacity" },
        { "start without time", "start" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_with_the_field_named_and_nothing_is_saved(string problem, string field)
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var body = Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), AtVenue(lab.VenueId));
        switch (problem)
        {
            case "end before start": body["end"] = platform.LocalAt(5, 9); break;
            case "unknown venue": body["venue"] = AtVenue(Guid.NewGuid()); break;
            case "address without municipality key": body["venue"] = new { kind = "Address", street = "Kirchstraße 3", postalCode = "27568", city = "Bremerhaven" }; break;
            case "online without link": body["venue"] = new { kind = "Online" }; break;
            case "unknown format": body["format"] = "Flashmob"; break;
            case "unknown organiser": body["organiserIds"] = new[] { Guid.NewGuid() }; break;
            case "unknown sub-project": body["subProjectId"] = Guid.NewGuid(); break;
            case "rule without any date": body["recurrence"] = new { rule = $"FREQ=WEEKLY;UNTIL={platform.Day(-30).Replace("-", "")}" }; break;
            case "rule with too many dates": body["recurrence"] = new { rule = "FREQ=DAILY;COUNT=365" }; break;
            case "rule without end": body["recurrence"] = new { rule = "FREQ=WEEKLY" }; break;
            case "missing title": body["title"] = " "; break;
            case "negative capacity": body["capacity"] = -3; break;
            case "start without time": body["start"] = platform.Day(5); break;
        }

        var errors = await ErrorsOf(await lab.Coordinator.PostWorkshopAsync(lab.Id, body));

        errors.ShouldContainKey(field);
        (await lab.Coordinator.GetFromJsonAsync<JsonElement>($"/api/labs/{lab.Id}/workshops")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_sub_project_of_another_lab_is_refused_on_the_sub_project()
    {
        var lab = await platform.LabWithVenueAsync();
        var other = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        using var __ = other.Coordinator;
        var foreign = await other.Coordinator.CreateSubProjectAsync(other.Id);
        var body = Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), AtVenue(lab.VenueId));
        body["subProjectId"] = foreign;

        (await ErrorsOf(await lab.Coordinator.PostWorkshopAsync(lab.Id, body)))["subProjectId"][0].ShouldContain("anderen Labor");
    }

    [Fact]
    public async Task Only_a_cumulative_indicator_of_the_chosen_sub_project_can_be_counted_towards()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var subProject = await lab.Coordinator.CreateSubProjectAsync(lab.Id);
        var snapshot = await lab.Coordinator.AddIndicatorAsync(lab.Id, subProject, "Partnerorganisationen", "Snapshot");
        var body = Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), AtVenue(lab.VenueId));
        body["subProjectId"] = subProject;
        body["indicator"] = new { indicatorId = snapshot, figure = "Participants" };

        (await ErrorsOf(await lab.Coordinator.PostWorkshopAsync(lab.Id, body))).ShouldContainKey("indicator.indicatorId");

        body["subProjectId"] = null;
        (await ErrorsOf(await lab.Coordinator.PostWorkshopAsync(lab.Id, body))).ShouldContainKey("subProjectId");
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_409_and_overwrites_nothing()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var body = Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), AtVenue(lab.VenueId), title: "Vortrag Online-Banking");
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, body);
        body["version"] = workshop.Version;
        body["title"] = "Vortrag: Online-Banking ohne Angst";
        (await lab.Coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/workshops/{workshop.Id}", body)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        body["title"] = "Überschrieben?";
        (await ConflictCodeOf(await lab.Coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/workshops/{workshop.Id}", body))).ShouldBe("stale");

        var saved = await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id);
        saved.Title.ShouldBe("Vortrag: Online-Banking ohne Angst");
        saved.Version.ShouldBe(2);
    }

    [Fact]
    public async Task An_edit_without_version_is_refused_on_the_version()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var body = Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), AtVenue(lab.VenueId));
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, body);

        (await ErrorsOf(await lab.Coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/workshops/{workshop.Id}", body))).ShouldContainKey("version");
    }

    [Fact]
    public async Task Changing_the_time_of_a_series_keeps_each_date_its_move_cancellation_and_outcome()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var body = Series(Body($"{platform.Day(-14)}T10:00", $"{platform.Day(-14)}T12:00", AtVenue(lab.VenueId)), "FREQ=WEEKLY;COUNT=4");
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, body);
        var past = workshop.Occurrences[0];
        var future = workshop.Occurrences[3];
        (await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(past), $$"""{ "version": {{past.Version}}, "participants": 9 }""")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await lab.Coordinator.PostAsJsonAsync(workshop.OccurrenceUrl(future, "cancel"), new { version = future.Version, reason = "Die Kursleiterin ist krank." })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        body["version"] = workshop.Version;
        body["start"] = $"{platform.Day(-14)}T14:00";
        body["end"] = $"{platform.Day(-14)}T16:00";
        (await lab.Coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/workshops/{workshop.Id}", body)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var edited = await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id);
        edited.Occurrences.Select(o => o.Id).ShouldBe(workshop.Occurrences.Select(o => o.Id));
        edited.Occurrences.ShouldAllBe(o => o.Start.EndsWith("T14:00"));
        edited.Occurrences[0].Outcome!.Participants.ShouldBe(9);
        edited.Occurrences[3].Status.ShouldBe("Cancelled");
        edited.Occurrences[1].Version.ShouldBe(2, "a re-planned date is a new version of that date");
    }

    [Fact]
    public async Task A_plan_change_that_would_drop_a_date_with_an_outcome_is_refused_and_changes_nothing()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var body = Series(Body($"{platform.Day(-14)}T10:00", $"{platform.Day(-14)}T12:00", AtVenue(lab.VenueId)), "FREQ=WEEKLY;COUNT=4");
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, body);
        var first = workshop.Occurrences[0];
        (await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(first), $$"""{ "version": {{first.Version}}, "participants": 9 }""")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        body["version"] = workshop.Version;
        body["start"] = $"{platform.Day(-7)}T10:00";
        body["end"] = $"{platform.Day(-7)}T12:00";
        (await ErrorsOf(await lab.Coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/workshops/{workshop.Id}", body))).ShouldContainKey("recurrence.rule");

        var unchanged = await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id);
        unchanged.Occurrences.Select(o => o.Id).ShouldBe(workshop.Occurrences.Select(o => o.Id));
        unchanged.Version.ShouldBe(1);
    }

    [Fact]
    public async Task A_single_date_of_a_series_is_moved_and_the_others_stay()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Series(Body($"{platform.Day(7)}T10:00", $"{platform.Day(7)}T12:00", AtVenue(lab.VenueId)), "FREQ=WEEKLY;COUNT=3"));
        var second = workshop.Occurrences[1];

        (await lab.Coordinator.PostAsJsonAsync(workshop.OccurrenceUrl(second, "move"), new { version = second.Version, start = $"{platform.Day(15)}T14:00", end = $"{platform.Day(15)}T16:00" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var moved = await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id);
        moved.Occurrences[1].IsMoved.ShouldBeTrue();
        moved.Occurrences[1].Start.ShouldBe($"{platform.Day(15)}T14:00");
        moved.Occurrences[1].OccursOn.ShouldBe(second.OccursOn);
        moved.Occurrences[0].IsMoved.ShouldBeFalse();
        moved.Occurrences[2].Start.ShouldBe($"{platform.Day(21)}T10:00");

        var errors = await ErrorsOf(await lab.Coordinator.PostAsJsonAsync(workshop.OccurrenceUrl(second, "move"), new { version = moved.Occurrences[1].Version, start = $"{platform.Day(15)}T14:00", end = $"{platform.Day(15)}T13:00" }));
        errors.ShouldContainKey("end");
        (await ConflictCodeOf(await lab.Coordinator.PostAsJsonAsync(workshop.OccurrenceUrl(second, "move"), new { version = second.Version, start = $"{platform.Day(16)}T14:00", end = $"{platform.Day(16)}T16:00" }))).ShouldBe("stale");
    }

    [Fact]
    public async Task A_date_is_cancelled_with_a_reason_and_the_cancellation_can_be_taken_back()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(7, 10), platform.LocalAt(7, 12), AtVenue(lab.VenueId)));
        var date = workshop.Occurrences.Single();

        (await ErrorsOf(await lab.Coordinator.PostAsJsonAsync(workshop.OccurrenceUrl(date, "cancel"), new { version = date.Version, reason = "" }))).ShouldContainKey("reason");
        (await lab.Coordinator.PostAsJsonAsync(workshop.OccurrenceUrl(date, "cancel"), new { version = date.Version, reason = "Der Raum ist nicht verfügbar." })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var cancelled = (await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single();
        cancelled.Status.ShouldBe("Cancelled");
        cancelled.CancellationReason.ShouldBe("Der Raum ist nicht verfügbar.");

        (await lab.Coordinator.PostAsJsonAsync(workshop.OccurrenceUrl(date, "reinstate"), new { version = cancelled.Version })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single().Status.ShouldBe("Scheduled");
    }

    [Fact]
    public async Task Who_may_plan_and_read_events_is_decided_per_role_and_lab()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var other = await platform.CreateLabAsync();
        var body = Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), AtVenue(lab.VenueId));
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, body);
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        using var otherStaff = await platform.ClientAsAsync(Roles.MunicipalStaff, other.Id);
        using var anonymous = platform.CreateBrowserlikeClient();

        (await reviewer.PostWorkshopAsync(lab.Id, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.GetAsync($"/api/labs/{lab.Id}/workshops/{workshop.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherStaff.PostWorkshopAsync(lab.Id, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherStaff.GetAsync($"/api/labs/{lab.Id}/workshops/{workshop.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherStaff.GetAsync($"/api/labs/{lab.Id}/workshops")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.PostWorkshopAsync(lab.Id, body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/labs/{lab.Id}/workshops")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var date = workshop.Occurrences.Single();
        (await reviewer.PostAsJsonAsync(workshop.OccurrenceUrl(date, "cancel"), new { version = 1, reason = "Nein" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherStaff.PostAsJsonAsync(workshop.OccurrenceUrl(date, "move"), new { version = 1, start = platform.LocalAt(6, 10), end = platform.LocalAt(6, 11) })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_event_of_another_lab_is_not_found_under_this_lab()
    {
        var lab = await platform.LabWithVenueAsync();
        var other = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        using var __ = other.Coordinator;
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), AtVenue(lab.VenueId)));
        using var admin = await platform.ClientAsAsync(Roles.Administrator);

        (await admin.GetAsync($"/api/labs/{other.Id}/workshops/{workshop.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var body = Body(platform.LocalAt(5, 10), platform.LocalAt(5, 12), AtVenue(lab.VenueId));
        body["version"] = 1;
        (await admin.PutAsJsonAsync($"/api/labs/{other.Id}/workshops/{workshop.Id}", body)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_events_of_an_archived_lab_are_read_only()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var body = Body(platform.LocalAt(-5, 10), platform.LocalAt(-5, 12), AtVenue(lab.VenueId));
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, body);
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var labVersion = (await admin.GetFromJsonAsync<JsonElement>($"/api/labs/{lab.Id}")).GetProperty("version").GetInt32();
        (await admin.PostAsJsonAsync($"/api/labs/{lab.Id}/archive", new { version = labVersion })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await ConflictCodeOf(await lab.Coordinator.PostWorkshopAsync(lab.Id, body))).ShouldBe("read-only");
        body["version"] = workshop.Version;
        (await ConflictCodeOf(await lab.Coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/workshops/{workshop.Id}", body))).ShouldBe("read-only");
        var date = workshop.Occurrences.Single();
        (await ConflictCodeOf(await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), """{ "version": 1, "participants": 3 }"""))).ShouldBe("read-only");
        (await lab.Coordinator.GetAsync($"/api/labs/{lab.Id}/workshops/{workshop.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
