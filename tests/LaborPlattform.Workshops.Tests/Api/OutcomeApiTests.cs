using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;
using static LaborPlattform.Workshops.Tests.WorkshopsApi;

namespace LaborPlattform.Workshops.Tests.Api;

/// <summary>Logging what happened at a date: counts only, breakdowns within the total, never names.</summary>
public sealed class OutcomeApiTests(PlatformFactory platform)
{
    private async Task<(Lab Lab, ReadWorkshops.WorkshopView Workshop, ReadWorkshops.OccurrenceView Date)> PastCourseAsync(Action<Dictionary<string, object?>>? change = null)
    {
        var lab = await platform.LabWithVenueAsync();
        var body = Body(platform.LocalAt(-2, 10), platform.LocalAt(-2, 12), AtVenue(lab.VenueId));
        change?.Invoke(body);
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, body);
        return (lab, workshop, workshop.Occurrences[0]);
    }

    [Fact]
    public async Task Municipal_staff_log_the_outcome_of_a_course_that_took_place()
    {
        var (lab, workshop, date) = await PastCourseAsync();
        using var _ = lab.Coordinator;
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, lab.Id);

        var response = await staff.PutJsonAsync(workshop.OutcomeUrl(date), $$"""
            {
              "version": {{date.Version}},
              "participants": 14,
              "ageBands": { "under30": 0, "from30To49": 1, "from50To69": 4, "age70AndOver": 8 },
              "sectors": { "citizens": 12, "civilSociety": 2 },
              "firstTimeDigitalUsers": 5,
              "organisationIds": [ "{{lab.OrganisationId}}" ],
              "ideasCollected": 3,
              "decisions": [ "Aufbaukurs im nächsten Monat anbieten" ],
              "followUps": [ { "task": "Termine für den Aufbaukurs abstimmen", "ownerOrganisationId": "{{lab.VenueId}}", "dueDate": "{{platform.Day(14)}}" } ],
              "minutes": "Viele Fragen zu WhatsApp und Fotos."
            }
            """);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        var logged = (await staff.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single();
        logged.Outcome!.Participants.ShouldBe(14);
        logged.Outcome.AgeBands!.Age70AndOver.ShouldBe(8);
        logged.Outcome.Sectors!.Citizens.ShouldBe(12);
        logged.Outcome.FirstTimeDigitalUsers.ShouldBe(5);
        logged.Outcome.Organisations.Single().Id.ShouldBe(lab.OrganisationId);
        logged.Outcome.Decisions.ShouldBe(["Aufbaukurs im nächsten Monat anbieten"]);
        logged.Outcome.FollowUps.Single().Owner.Id.ShouldBe(lab.VenueId);
        logged.Outcome.Minutes.ShouldBe("Viele Fragen zu WhatsApp und Fotos.");
        logged.OutcomeLoggedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_corrected_outcome_replaces_the_earlier_one()
    {
        var (lab, workshop, date) = await PastCourseAsync();
        using var _ = lab.Coordinator;
        (await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), $$"""{ "version": {{date.Version}}, "participants": 12, "decisions": ["A"] }""")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), $$"""{ "version": {{date.Version + 1}}, "participants": 13 }""")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var outcome = (await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single().Outcome!;
        outcome.Participants.ShouldBe(13);
        outcome.Decisions.ShouldBeEmpty();
    }

    public static TheoryData<string, string> BadOutcomes => new()
    {
        { """{ "version": 1 }""", "participants" },
        { """{ "version": 1, "participants": -1 }""", "participants" },
        { """{ "version": 1, "participants": 10, "ageBands": { "under30": -2 } }""", "ageBands.under30" },
        { """{ "version": 1, "participants": 10, "ageBands": { "from50To69": 6, "age70AndOver": 5 } }""", "ageBands" },
        { """{ "version": 1, "participants": 10, "sectors": { "citizens": 8, "administration": 3 } }""", "sectors" },
        { """{ "version": 1, "participants": 10, "sectors": { "business": -1 } }""", "sectors.business" },
        { """{ "version": 1, "participants": 10, "firstTimeDigitalUsers": 11 }""", "firstTimeDigitalUsers" },
        { """{ "version": 1, "participants": 10, "ideasCollected": -4 }""", "ideasCollected" },
        { """{ "version": 1, "participants": 10, "followUps": [ { "task": "Nachfassen" } ] }""", "followUps[0].ownerOrganisationId" },
        { """{ "version": 1, "participants": 10, "decisions": [ " " ] }""", "decisions[0]" },
        { """{ "version": 1, "participants": 10, "organisationIds": [ "0199a1f0-0000-7000-8000-00000000dead" ] }""", "organisationIds[0]" },
        { """{ "version": 1, "participants": "zwölf" }""", "participants" },
    };

    [Theory]
    [MemberData(nameof(BadOutcomes))]
    public async Task A_bad_outcome_is_refused_with_the_field_named_and_nothing_is_saved(string json, string field)
    {
        var (lab, workshop, date) = await PastCourseAsync();
        using var _ = lab.Coordinator;

        (await ErrorsOf(await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), json))).ShouldContainKey(field);

        (await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single().Outcome.ShouldBeNull();
    }

    public static TheoryData<string, string> NamesSent => new()
    {
        { """{ "version": 1, "participants": 2, "participantNames": [ "Erika Mustermann", "Max Mustermann" ] }""", "participantNames" },
        { """{ "version": 1, "participants": [ { "name": "Erika Mustermann" }, { "name": "Max Mustermann" } ] }""", "participants[0].name" },
        { """{ "version": 1, "participants": 2, "followUps": [ { "task": "Anrufen", "ownerName": "Erika Mustermann", "dueDate": "2030-01-01" } ] }""", "followUps[0].ownerName" },
        { """{ "version": 1, "participants": 2, "attendees": [ "Erika Mustermann" ] }""", "attendees" },
        { """{ "version": 1, "participants": 2, "ageBands": { "age70AndOver": 2, "names": [ "Erika" ] } }""", "ageBands.names" },
    };

    [Theory]
    [MemberData(nameof(NamesSent))]
    public async Task The_API_refuses_participant_names_in_any_field_and_saves_nothing(string json, string field)
    {
        var (lab, workshop, date) = await PastCourseAsync();
        using var _ = lab.Coordinator;

        var errors = await ErrorsOf(await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), json));

        errors.ShouldContainKey(field);
        errors[field][0].ShouldContain("nie mit Namen");
        (await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single().Outcome.ShouldBeNull();
    }

    [Fact]
    public async Task Any_other_field_the_outcome_does_not_have_is_refused_too()
    {
        var (lab, workshop, date) = await PastCourseAsync();
        using var _ = lab.Coordinator;

        var errors = await ErrorsOf(await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), """{ "version": 1, "participants": 2, "mood": "gut" }"""));

        errors.Keys.ShouldBe(["mood"]);
    }

    public static TheoryData<string, string, string> MalformedBodies => new()
    {
        { """{ "version": 1, "participants": 2, "participants": 3 }""", "participants", "mehrfach" },
        { """{ "version": 1, "participants": 2, "Participants": 3 }""", "Participants", "mehrfach" },
        { """{ "version": 1, "participants": 2, "followUps": [ { "dueDate": "2030-01-01" } ] }""", "followUps[0].task", "Bitte geben Sie dieses Feld an" },
        { """{ "version": 1, "participants": 2, "followUps": [ { "task": null } ] }""", "followUps[0].task", "nicht die erwartete Form" },
        { """{ "version": 1, "participants": "zwölf" }""", "participants", "nicht die erwartete Form" },
        { """{ "version": 1, "participants": 2, "mood": "gut" }""", "mood", "gibt es nicht" },
        { """[ 1, 2 ]""", "", "JSON-Objekt" },
        { """{ "version": 1, """, "", "kein gültiges JSON" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task A_body_the_serializer_refuses_is_refused_with_the_field_named_and_a_German_reason(string json, string field, string reason)
    {
        var (lab, workshop, date) = await PastCourseAsync();
        using var _ = lab.Coordinator;

        var errors = await ErrorsOf(await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), json));

        errors.Keys.ShouldBe([field]);
        errors[field][0].ShouldContain(reason);
        (await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single().Outcome.ShouldBeNull();
    }

    [Fact]
    public async Task An_outcome_for_a_date_that_has_not_happened_yet_is_refused()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(3, 10), platform.LocalAt(3, 12), AtVenue(lab.VenueId)));
        var date = workshop.Occurrences.Single();

        var errors = await ErrorsOf(await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), """{ "version": 1, "participants": 5 }"""));

        errors["occurrenceId"][0].ShouldContain("noch nicht stattgefunden");
    }

    [Fact]
    public async Task A_cancelled_date_gets_no_outcome_and_a_date_with_an_outcome_cannot_be_cancelled()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, SeriesOf(Body(platform.LocalAt(-9, 10), platform.LocalAt(-9, 12), AtVenue(lab.VenueId)), "FREQ=WEEKLY;COUNT=2"));
        var (first, second) = (workshop.Occurrences[0], workshop.Occurrences[1]);
        (await lab.Coordinator.PostAsJsonAsync(workshop.OccurrenceUrl(first, "cancel"), new { version = 1, reason = "Krankheit" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ConflictCodeOf(await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(first), """{ "version": 2, "participants": 5 }"""))).ShouldBe("cancelled");

        (await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(second), """{ "version": 1, "participants": 5 }""")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ConflictCodeOf(await lab.Coordinator.PostAsJsonAsync(workshop.OccurrenceUrl(second, "cancel"), new { version = 2, reason = "Doch nicht" }))).ShouldBe("has-outcome");
    }

    [Fact]
    public async Task A_stale_outcome_is_refused_with_409()
    {
        var (lab, workshop, date) = await PastCourseAsync();
        using var _ = lab.Coordinator;
        (await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), """{ "version": 1, "participants": 5 }""")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await ConflictCodeOf(await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), """{ "version": 1, "participants": 50 }"""))).ShouldBe("stale");

        (await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single().Outcome!.Participants.ShouldBe(5);
    }

    [Fact]
    public async Task Reviewers_staff_of_other_labs_and_anonymous_visitors_cannot_log_outcomes()
    {
        var (lab, workshop, date) = await PastCourseAsync();
        using var _ = lab.Coordinator;
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        using var otherStaff = await platform.ClientAsAsync(Roles.MunicipalStaff, (await platform.CreateLabAsync()).Id);
        using var anonymous = platform.CreateBrowserlikeClient();
        const string Json = """{ "version": 1, "participants": 5 }""";

        (await reviewer.PutJsonAsync(workshop.OutcomeUrl(date), Json)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherStaff.PutJsonAsync(workshop.OutcomeUrl(date), Json)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.PutJsonAsync(workshop.OutcomeUrl(date), Json)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single().Outcome.ShouldBeNull();
    }

    [Fact]
    public async Task The_participants_aged_70_and_over_count_towards_the_sub_projects_indicator_once_per_date()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var subProject = await lab.Coordinator.CreateSubProjectAsync(lab.Id);
        var indicator = await lab.Coordinator.AddIndicatorAsync(lab.Id, subProject, "Kursteilnahmen 70+", "Cumulative");
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, With(
            Body(platform.LocalAt(-3, 10), platform.LocalAt(-3, 12), AtVenue(lab.VenueId)),
            ("subProjectId", subProject),
            ("indicator", new { indicatorId = indicator, figure = "Participants70Plus" })));
        var date = workshop.Occurrences.Single();

        (await ErrorsOf(await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), """{ "version": 1, "participants": 12 }"""))).ShouldContainKey("ageBands");
        (await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), """{ "version": 1, "participants": 12, "ageBands": { "age70AndOver": 9 } }""")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), """{ "version": 2, "participants": 12, "ageBands": { "age70AndOver": 10 } }""")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var values = await lab.Coordinator.IndicatorValuesAsync(lab.Id, subProject, indicator);
        values.Single().Value.ShouldBe(10m);
        values.Single().MeasuredOn.ShouldBe(platform.Day(-3));
        values.Single().Source.ShouldBe($"workshop-occurrence:{date.Id}");
        var contribution = (await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single().Contribution!;
        contribution.Value.ShouldBe(10);
        contribution.Problem.ShouldBeNull();
    }

    [Fact]
    public async Task Moving_an_event_to_another_indicator_moves_its_logged_participants_with_it()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var subProject = await lab.Coordinator.CreateSubProjectAsync(lab.Id);
        var first = await lab.Coordinator.AddIndicatorAsync(lab.Id, subProject, "Teilnahmen", "Cumulative");
        var second = await lab.Coordinator.AddIndicatorAsync(lab.Id, subProject, "Erreichte Personen", "Cumulative");
        var body = With(Body(platform.LocalAt(-3, 10), platform.LocalAt(-3, 12), AtVenue(lab.VenueId)), ("subProjectId", subProject), ("indicator", new { indicatorId = first, figure = "Participants" }));
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, body);
        (await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(workshop.Occurrences[0]), """{ "version": 1, "participants": 7 }""")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        body["indicator"] = new { indicatorId = second, figure = "Participants" };
        body["version"] = workshop.Version;
        (await lab.Coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/workshops/{workshop.Id}", body)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await lab.Coordinator.IndicatorValuesAsync(lab.Id, subProject, first)).Sum(v => v.Value).ShouldBe(0m);
        (await lab.Coordinator.IndicatorValuesAsync(lab.Id, subProject, second)).Single().Value.ShouldBe(7m);
    }

    private static Dictionary<string, object?> SeriesOf(Dictionary<string, object?> body, string rule)
    {
        body["recurrence"] = new { rule };
        return body;
    }

    private static Dictionary<string, object?> With(Dictionary<string, object?> body, params (string Key, object? Value)[] fields)
    {
        foreach (var (key, value) in fields)
        {
            body[key] = value;
        }

        return body;
    }
}
