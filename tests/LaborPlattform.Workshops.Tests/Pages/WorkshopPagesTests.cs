using System.Net;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Time;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;
using static LaborPlattform.Workshops.Tests.WorkshopsApi;

namespace LaborPlattform.Workshops.Tests.Pages;

/// <summary>The internal pages through their forms, as a browser posts them: saved right, refused next to the field, refused for the wrong people.</summary>
public sealed class WorkshopPagesTests(PlatformFactory platform)
{
    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Form(Lab lab, DateOnly day, string title = "Smartphone-Kurs im Stadtteil") => new()
    {
        ["Input.Version"] = "0",
        ["Input.Title"] = title,
        ["Input.Format"] = "Course",
        ["Input.Methods"] = "Üben am eigenen Gerät",
        ["Input.Date"] = Iso(day),
        ["Input.StartTime"] = "10:00",
        ["Input.EndTime"] = "12:00",
        ["Input.Repeat"] = "None",
        ["Input.VenueKind"] = "Organisation",
        ["Input.VenueOrganisationId"] = lab.VenueId.ToString(),
        ["Input.IsPublic"] = "true",
        ["Input.Description"] = "Wir erklären Ihnen Ihr Smartphone.",
        ["Input.Registration"] = "Ohne Anmeldung.",
    };

    [Fact]
    public async Task A_weekly_course_with_holidays_is_planned_through_the_form()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var first = Berlin.Today(platform.Time).AddDays(7);
        var form = Form(lab, first, "Kurs mit Ferien");
        form["Input.Repeat"] = "Weekly";
        form["Input.Until"] = Iso(first.AddDays(35));
        form["Input.Exceptions"] = $"{Berlin.FormatDate(first.AddDays(14))} – {Berlin.FormatDate(first.AddDays(20))} Herbstferien";

        var response = await lab.Coordinator.PostFormAsync($"/intern/labore/{lab.Id}/veranstaltungen/neu", form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var id = Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
        var saved = await lab.Coordinator.GetWorkshopAsync(lab.Id, id);
        saved.Occurrences.Count.ShouldBe(5);
        saved.Recurrence!.Exceptions.Single().Label.ShouldBe("Herbstferien");
        saved.Methods.ShouldBe(["Üben am eigenen Gerät"]);
        var page = await (await lab.Coordinator.GetAsync(response.Headers.Location.ToString())).Content.ReadAsStringAsync();
        page.ShouldContain("Kurs mit Ferien");
        page.ShouldContain("Herbstferien");
    }

    [Fact]
    public async Task Refused_input_is_shown_next_to_the_field_and_nothing_is_saved()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var form = Form(lab, Berlin.Today(platform.Time).AddDays(7), "Kurs mit Fehlern");
        form["Input.EndTime"] = "09:00";
        form["Input.VenueOrganisationId"] = Guid.NewGuid().ToString();
        form["Input.Exceptions"] = "Ostern irgendwann";
        form["Input.Repeat"] = "Weekly";

        var response = await lab.Coordinator.PostFormAsync($"/intern/labore/{lab.Id}/veranstaltungen/neu", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"fehlerzusammenfassung\"");
        html.ShouldContain("id=\"Input_Exceptions-error\"");
        html.ShouldContain("id=\"Input_Until-error\"");
        (await lab.Coordinator.GetStringAsync($"/api/labs/{lab.Id}/workshops")).ShouldBe("[]");

        form["Input.Exceptions"] = string.Empty;
        form["Input.Until"] = Iso(Berlin.Today(platform.Time).AddDays(30));
        html = await (await lab.Coordinator.PostFormAsync($"/intern/labore/{lab.Id}/veranstaltungen/neu", form)).Content.ReadAsStringAsync();
        html.ShouldContain("id=\"Input_EndTime-error\"");
        html.ShouldContain("Das Ende muss nach dem Beginn liegen.");
        html.ShouldContain("id=\"Input_VenueOrganisationId-error\"");
        (await lab.Coordinator.GetStringAsync($"/api/labs/{lab.Id}/workshops")).ShouldBe("[]");
    }

    [Fact]
    public async Task An_outcome_is_logged_through_the_form_by_municipal_staff()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(-1, 10), platform.LocalAt(-1, 12), AtVenue(lab.VenueId)));
        var date = workshop.Occurrences.Single();
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, lab.Id);
        var url = $"/intern/labore/{lab.Id}/veranstaltungen/{workshop.Id}/termine/{date.Id}/ergebnis";

        var response = await staff.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Version"] = "1",
            ["Input.Participants"] = "9",
            ["Input.Age70Plus"] = "6",
            ["Input.Age50To69"] = "2",
            ["Input.FirstTimeDigitalUsers"] = "3",
            ["Input.OrganisationIds"] = lab.OrganisationId.ToString(),
            ["Input.Decisions"] = "Aufbaukurs anbieten\nMehr Übungstermine",
            ["Input.FollowUps[0].Task"] = string.Empty,
            ["Input.FollowUps[1].Task"] = "Termine abstimmen",
            ["Input.FollowUps[1].OwnerOrganisationId"] = lab.VenueId.ToString(),
            ["Input.FollowUps[1].DueDate"] = Iso(Berlin.Today(platform.Time).AddDays(10)),
            ["Input.Minutes"] = "Gute Stimmung.",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var outcome = (await staff.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single().Outcome!;
        outcome.Participants.ShouldBe(9);
        outcome.AgeBands.ShouldBe(new ReadWorkshops.AgeBandsView(0, 0, 2, 6));
        outcome.Sectors.ShouldBeNull();
        outcome.Decisions.ShouldBe(["Aufbaukurs anbieten", "Mehr Übungstermine"]);
        outcome.FollowUps.Single().Task.ShouldBe("Termine abstimmen");
        var details = await staff.GetStringAsync($"/intern/labore/{lab.Id}/veranstaltungen/{workshop.Id}");
        details.ShouldContain("Ergebnis korrigieren");
        details.ShouldContain("Gute Stimmung.");
    }

    [Fact]
    public async Task A_breakdown_larger_than_the_total_is_shown_at_its_group_and_a_stale_form_at_the_top()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(-1, 10), platform.LocalAt(-1, 12), AtVenue(lab.VenueId)));
        var date = workshop.Occurrences.Single();
        var url = $"/intern/labore/{lab.Id}/veranstaltungen/{workshop.Id}/termine/{date.Id}/ergebnis";

        var html = await (await lab.Coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Input.Version"] = "1", ["Input.Participants"] = "5", ["Input.Age70Plus"] = "7" }))
            .Content.ReadAsStringAsync();
        html.ShouldContain("id=\"Input_AgeBands-error\"");
        html.ShouldContain("mehr als die 5 Teilnehmenden");

        (await lab.Coordinator.PutJsonAsync(workshop.OutcomeUrl(date), """{ "version": 1, "participants": 4 }""")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        html = await (await lab.Coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Input.Version"] = "1", ["Input.Participants"] = "6" })).Content.ReadAsStringAsync();
        html.ShouldContain("von jemand anderem geändert");
        (await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single().Outcome!.Participants.ShouldBe(4);
    }

    [Fact]
    public async Task A_date_is_moved_and_cancelled_through_its_forms()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(6, 10), platform.LocalAt(6, 12), AtVenue(lab.VenueId)));
        var date = workshop.Occurrences.Single();
        var baseUrl = $"/intern/labore/{lab.Id}/veranstaltungen/{workshop.Id}/termine/{date.Id}";

        (await lab.Coordinator.PostFormAsync($"{baseUrl}/verschieben", new Dictionary<string, string>
        {
            ["Input.Version"] = "1", ["Input.Date"] = platform.Day(8), ["Input.StartTime"] = "14:00", ["Input.EndTime"] = "16:00",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await lab.Coordinator.PostFormAsync($"{baseUrl}/absagen", new Dictionary<string, string> { ["Input.Version"] = "2", ["Input.Reason"] = string.Empty }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await lab.Coordinator.PostFormAsync($"{baseUrl}/absagen", new Dictionary<string, string> { ["Input.Version"] = "2", ["Input.Reason"] = "Der Raum ist belegt." }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var saved = (await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single();
        saved.Start.ShouldBe($"{platform.Day(8)}T14:00");
        saved.Status.ShouldBe("Cancelled");
        (await lab.Coordinator.PostFormAsync($"{baseUrl}/absagen", new Dictionary<string, string> { ["Input.Version"] = "3" }, "reinstate")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id)).Occurrences.Single().Status.ShouldBe("Scheduled");
    }

    [Fact]
    public async Task An_event_is_edited_through_its_form_and_a_stale_form_overwrites_nothing()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var body = Body($"{platform.Day(7)}T10:00", $"{platform.Day(7)}T12:00", AtVenue(lab.VenueId), title: "Vortrag");
        body["recurrence"] = new { rule = $"FREQ=WEEKLY;BYDAY={Berlin.Today(platform.Time).AddDays(7).DayOfWeek.ToString()[..2].ToUpperInvariant()};UNTIL={platform.Day(28).Replace("-", string.Empty, StringComparison.Ordinal)}" };
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, body);
        var url = $"/intern/labore/{lab.Id}/veranstaltungen/{workshop.Id}/bearbeiten";
        var edit = await lab.Coordinator.GetStringAsync(url);
        System.Text.RegularExpressions.Regex.IsMatch(edit, "<input checked=\"checked\"[^>]*name=\"Input.Repeat\"[^>]*value=\"Weekly\"").ShouldBeTrue("the form shows the series as weekly");
        edit.ShouldContain($"value=\"{platform.Day(28)}\"");

        var form = Form(lab, Berlin.Today(platform.Time).AddDays(7), "Vortrag: Online-Banking");
        form["Input.Version"] = "1";
        form["Input.Repeat"] = "Weekly";
        form["Input.Until"] = platform.Day(28);
        (await lab.Coordinator.PostFormAsync(url, form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        form["Input.Title"] = "Überschrieben?";
        (await (await lab.Coordinator.PostFormAsync(url, form)).Content.ReadAsStringAsync()).ShouldContain("von jemand anderem geändert");

        (await lab.Coordinator.GetWorkshopAsync(lab.Id, workshop.Id)).Title.ShouldBe("Vortrag: Online-Banking");
    }

    [Fact]
    public async Task Pages_refuse_the_wrong_people()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(-1, 10), platform.LocalAt(-1, 12), AtVenue(lab.VenueId)));
        var date = workshop.Occurrences.Single();
        var events = $"/intern/labore/{lab.Id}/veranstaltungen";
        var changing = new[]
        {
            $"{events}/neu", $"{events}/{workshop.Id}/bearbeiten", $"{events}/{workshop.Id}/termine/{date.Id}/ergebnis",
            $"{events}/{workshop.Id}/termine/{date.Id}/absagen", $"{events}/{workshop.Id}/termine/{date.Id}/verschieben",
        };
        var reading = new[] { events, $"{events}/{workshop.Id}", $"{events}/statistik" };
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        using var otherStaff = await platform.ClientAsAsync(Roles.MunicipalStaff, (await platform.CreateLabAsync()).Id);
        using var anonymous = platform.CreateBrowserlikeClient();

        foreach (var url in changing)
        {
            (await reviewer.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
            (await otherStaff.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
            var redirect = await anonymous.GetAsync(url);
            redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            redirect.Headers.Location!.ToString().ShouldContain("/anmelden");
        }

        foreach (var url in reading)
        {
            (await reviewer.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
            (await otherStaff.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
            (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
        }

        (await (await reviewer.GetAsync($"{events}/{workshop.Id}")).Content.ReadAsStringAsync()).ShouldNotContain("Ergebnis erfassen");
        (await reviewer.GetAsync("/admin/veranstaltungsformate")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await lab.Coordinator.GetAsync("/admin/veranstaltungsformate")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Administrators_add_a_format_that_labs_can_then_choose()
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var name = $"Lesecafé {Guid.NewGuid():N}"[..16];

        var response = await admin.PostFormAsync("/admin/veranstaltungsformate", new Dictionary<string, string> { ["Input.Name"] = name });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync("/api/workshop-formats")).ShouldContain(name);
        var again = await admin.PostFormAsync("/admin/veranstaltungsformate", new Dictionary<string, string> { ["Input.Name"] = name });
        (await again.Content.ReadAsStringAsync()).ShouldContain("gibt es bereits");

        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        (await lab.Coordinator.GetStringAsync($"/intern/labore/{lab.Id}/veranstaltungen/neu")).ShouldContain(name);
    }
}
