using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Projects.ReadSubProjects;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;
using static LaborPlattform.Projects.Tests.SubProjectsApi;

namespace LaborPlattform.Projects.Tests.Api;

public sealed class SubProjectsApiTests(PlatformFactory platform)
{
    private static readonly Guid DigitalParticipation = new("0199a1f0-0000-7000-8000-000000000102");

    private static async Task<LabDashboard> DashboardAsync(HttpClient client, Guid labId, string query = "") =>
        (await client.GetFromJsonAsync<LabDashboard>($"/api/labs/{labId}/subprojects{query}", Json))!;

    [Fact]
    public async Task A_coordinator_creates_a_sub_project_with_everything_the_issue_lists()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var organisationName = $"Digitalambulanzen e. V. {Guid.NewGuid():N}"[..36];
        var organisation = await coordinator.CreateLabOrganisationAsync(lab.Id, organisationName);

        var s = await coordinator.CreateSubProjectAsync(lab.Id, body =>
        {
            body["title"] = "Smartphone-Schulungen in Begegnungsstätten";
            body["themeIds"] = new List<Guid> { DigitalParticipation };
            body["municipalityKeys"] = new List<string> { "04011000", "04012000" };
            body["principles"] = new List<string> { "Transparency", "Participation" };
            body["isPublished"] = true;
            body["publicSummary"] = "Ältere Menschen lernen, ihr Smartphone zu nutzen.";
            body["responsibleOrganisationIds"] = new List<Guid> { organisation };
        });

        s.Title.ShouldBe("Smartphone-Schulungen in Begegnungsstätten");
        s.Status.ShouldBe("Planned");
        s.NextStatuses.ShouldBe(["Running", "Cancelled"]);
        s.Version.ShouldBe(1);
        s.Themes.ShouldHaveSingleItem().Name.ShouldBe("Digitale Teilhabe");
        s.TargetGroups.ShouldBe(["Senior:innen ab 70"]);
        s.Municipalities.Select(m => m.Name).ShouldBe(["Stadt Bremerhaven", "Stadtgemeinde Bremen"]);
        s.Principles.ShouldBe(["Transparency", "Participation"]);
        s.StartDate.ShouldBe(new DateOnly(2025, 1, 1));
        s.PlannedEnd.ShouldBe(new DateOnly(2027, 12, 31));
        s.IsPublished.ShouldBeTrue();
        s.ResponsibleOrganisations.ShouldHaveSingleItem().ShouldBe(new OrganisationView(organisation, organisationName));
        var created = s.StatusHistory.ShouldHaveSingleItem();
        created.From.ShouldBeNull();
        created.ChangedBy.ShouldBe("Test Laborkoordination");
        s.LatestProgress.ShouldBeNull();
    }

    [Fact]
    public async Task Responsible_organisations_must_be_involved_in_the_lab()
    {
        var lab = await platform.CreateLabAsync();
        var otherLab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id, otherLab.Id);
        var elsewhere = await coordinator.CreateLabOrganisationAsync(otherLab.Id, $"Verein anderswo {Guid.NewGuid():N}"[..30]);
        var title = $"Mit fremder Organisation {Guid.NewGuid():N}";

        var refused = await coordinator.PostAsJsonAsync($"/api/labs/{lab.Id}/subprojects", new
        {
            title,
            goal = "Ziel",
            startDate = "2025-01-01",
            plannedEnd = "2026-12-31",
            responsibleOrganisationIds = new[] { elsewhere, Guid.CreateVersion7() },
        });

        var errors = await SubProjectsApi.ErrorsOf(refused);
        errors.ShouldContainKey("responsibleOrganisationIds[0]");
        errors.ShouldContainKey("responsibleOrganisationIds[1]");
        (await coordinator.GetStringAsync($"/api/labs/{lab.Id}/subprojects")).ShouldNotContain(title);
    }

    [Fact]
    public async Task An_unknown_lab_is_not_found()
    {
        var unknown = Guid.CreateVersion7();
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        using var coordinatorOfNothing = await platform.ClientAsAsync(Roles.LabCoordinator, unknown);

        foreach (var client in new[] { admin, coordinatorOfNothing })
        {
            var create = await client.PostAsJsonAsync($"/api/labs/{unknown}/subprojects", NewBody());
            create.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            create.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await client.GetAsync($"/api/labs/{unknown}/subprojects")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync($"/api/labs/{unknown}/subprojects/{Guid.CreateVersion7()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync($"/api/labs/{unknown}/subprojects/export")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused_on_plannedEnd_and_nothing_is_saved()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var body = NewBody("Rückwärts");
        body["startDate"] = "2026-06-01";
        body["plannedEnd"] = "2026-05-31";

        var errors = await ErrorsOf(await coordinator.PostAsJsonAsync($"/api/labs/{lab.Id}/subprojects", body));

        errors.ShouldContainKey("plannedEnd");
        (await DashboardAsync(coordinator, lab.Id)).TotalInLab.ShouldBe(0);
    }

    [Fact]
    public async Task Missing_title_goal_and_dates_are_each_named()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        var errors = await ErrorsOf(await coordinator.PostAsJsonAsync($"/api/labs/{lab.Id}/subprojects", new { title = " ", goal = "" }));

        errors.Keys.ShouldBe(["title", "goal", "startDate", "plannedEnd"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_municipality_that_is_not_a_member_of_the_lab_is_refused_by_its_position()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var body = NewBody();
        body["municipalityKeys"] = new List<string> { "04011000", "03401000" };

        var errors = await ErrorsOf(await coordinator.PostAsJsonAsync($"/api/labs/{lab.Id}/subprojects", body));

        errors.Keys.ShouldBe(["municipalityKeys[1]"]);
        errors["municipalityKeys[1]"].Single().ShouldContain("gehört nicht zum Labor");
    }

    [Fact]
    public async Task Unknown_themes_principles_and_a_publication_without_summary_are_refused()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var body = NewBody();
        body["themeIds"] = new List<Guid> { Guid.CreateVersion7() };
        body["principles"] = new List<string> { "Secrecy" };
        body["isPublished"] = true;

        var errors = await ErrorsOf(await coordinator.PostAsJsonAsync($"/api/labs/{lab.Id}/subprojects", body));

        errors.ShouldContainKey("principles[0]");
        errors.ShouldContainKey("publicSummary");

        body["principles"] = new List<string> { "Transparency" };
        body["publicSummary"] = "Kurz und klar.";
        (await ErrorsOf(await coordinator.PostAsJsonAsync($"/api/labs/{lab.Id}/subprojects", body))).Keys.ShouldBe(["themeIds"]);
    }

    [Fact]
    public async Task A_coordinator_edits_details_and_the_version_goes_up()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        var response = await coordinator.PutAsJsonAsync(s.Url(), EditBody(s, title: s.Title + " (neu)"));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var edited = await coordinator.GetSubProjectAsync(s.LabId, s.Id);
        edited.Title.ShouldBe(s.Title + " (neu)");
        edited.Version.ShouldBe(s.Version + 1);
        edited.Status.ShouldBe("Planned");
    }

    [Fact]
    public async Task A_stale_edit_gets_409_and_overwrites_nothing()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        (await coordinator.PutAsJsonAsync(s.Url(), EditBody(s, title: "Zuerst gespeichert"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await ConflictCodeOf(await coordinator.PutAsJsonAsync(s.Url(), EditBody(s, title: "Danach, veraltet")))).ShouldBe("stale");
        (await ConflictCodeOf(await coordinator.AddMilestoneAsync(s, "Veraltet", "2026-01-01"))).ShouldBe("stale");
        (await ConflictCodeOf(await coordinator.ChangeStatusAsync(s, "Running"))).ShouldBe("stale");

        var now = await coordinator.GetSubProjectAsync(s.LabId, s.Id);
        now.Title.ShouldBe("Zuerst gespeichert");
        now.Milestones.ShouldBeEmpty();
        now.Status.ShouldBe("Planned");
    }

    [Fact]
    public async Task A_status_change_is_recorded_with_who_when_and_why()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        (await coordinator.ChangeStatusAsync(s, "Running", "Die ersten Kurse beginnen.")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var now = await coordinator.GetSubProjectAsync(s.LabId, s.Id);
        now.Status.ShouldBe("Running");
        var change = now.StatusHistory[0];
        change.From.ShouldBe("Planned");
        change.To.ShouldBe("Running");
        change.Reason.ShouldBe("Die ersten Kurse beginnen.");
        change.ChangedBy.ShouldBe("Test Laborkoordination");
        change.At.ShouldBe(platform.Time.GetUtcNow(), TimeSpan.FromMinutes(1));
        now.StatusHistory.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_disallowed_status_transition_is_refused_on_status_and_nothing_changes()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        var errors = await ErrorsOf(await coordinator.ChangeStatusAsync(s, "Completed", "Schon fertig?"));

        errors.Keys.ShouldBe(["status"]);
        var now = await coordinator.GetSubProjectAsync(s.LabId, s.Id);
        now.Status.ShouldBe("Planned");
        now.StatusHistory.Count.ShouldBe(1);
        now.Version.ShouldBe(s.Version);
    }

    [Fact]
    public async Task A_status_change_without_a_reason_or_to_an_unknown_status_is_refused()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        (await ErrorsOf(await coordinator.ChangeStatusAsync(s, "Running", "  "))).Keys.ShouldBe(["reason"]);
        (await ErrorsOf(await coordinator.ChangeStatusAsync(s, "Done", "x"))).Keys.ShouldBe(["status"]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task A_percent_outside_0_to_100_is_refused_and_no_update_is_saved(int percent)
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        (await ErrorsOf(await coordinator.PostProgressAsync(s, percent))).Keys.ShouldBe(["percentComplete"]);

        (await coordinator.GetSubProjectAsync(s.LabId, s.Id)).ProgressUpdates.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_progress_update_at_risk_needs_a_reason_and_one_in_the_future_is_refused()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        (await ErrorsOf(await coordinator.PostProgressAsync(s, 40, "AtRisk"))).Keys.ShouldBe(["reason"]);
        (await ErrorsOf(await coordinator.PostProgressAsync(s, 40, "Green"))).Keys.ShouldBe(["trafficLight"]);
        var tomorrow = LaborPlattform.Shared.Time.Berlin.Today(platform.Time).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (await ErrorsOf(await coordinator.PostProgressAsync(s, 40, reportedOn: tomorrow))).Keys.ShouldBe(["reportedOn"]);
        (await ErrorsOf(await coordinator.PostAsJsonAsync(s.Url("/progress-updates"), new { text = "ohne Datum und Prozent", trafficLight = "OnTrack" })))
            .Keys.ShouldBe(["reportedOn", "percentComplete"], ignoreOrder: true);
        (await coordinator.GetSubProjectAsync(s.LabId, s.Id)).ProgressUpdates.ShouldBeEmpty();
    }

    [Fact]
    public async Task Progress_updates_are_kept_as_a_history_and_the_latest_by_date_counts()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        (await coordinator.PostProgressAsync(s, 30, reportedOn: "2025-06-01", text: "Juni")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await coordinator.PostProgressAsync(s, 55, "Critical", "Referentin krank", reportedOn: "2025-09-01", text: "September")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await coordinator.PostProgressAsync(s, 45, reportedOn: "2025-07-01", text: "Juli, nachgetragen")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var now = await coordinator.GetSubProjectAsync(s.LabId, s.Id);
        now.ProgressUpdates.Select(u => u.Text).ShouldBe(["September", "Juli, nachgetragen", "Juni"]);
        now.LatestProgress!.PercentComplete.ShouldBe(55);
        now.LatestProgress.TrafficLight.ShouldBe("Critical");
        now.LatestProgress.Reason.ShouldBe("Referentin krank");
        now.Version.ShouldBe(s.Version, "progress updates add to the record and do not change the sub-project's version");
    }

    [Fact]
    public async Task A_milestone_due_outside_the_period_is_refused_on_dueDate_and_not_saved()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        (await ErrorsOf(await coordinator.AddMilestoneAsync(s, "Zu spät", "2028-01-01"))).Keys.ShouldBe(["dueDate"]);
        (await ErrorsOf(await coordinator.AddMilestoneAsync(s, "Ohne Datum", null!))).Keys.ShouldBe(["dueDate"]);

        var now = await coordinator.GetSubProjectAsync(s.LabId, s.Id);
        now.Milestones.ShouldBeEmpty();
        now.Version.ShouldBe(s.Version);
    }

    [Fact]
    public async Task An_overdue_milestone_puts_its_sub_project_first_on_the_dashboard_until_it_is_completed()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var early = await coordinator.CreateSubProjectAsync(lab.Id, b => b["title"] = "A – pünktlich");
        var late = await coordinator.CreateSubProjectAsync(lab.Id, b => b["title"] = "Z – mit Verzug");
        (await coordinator.AddMilestoneAsync(late, "Vortragsreihe Online-Banking", "2025-03-01")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await coordinator.AddMilestoneAsync(early, "Weit weg", "2027-12-01")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var board = await DashboardAsync(coordinator, lab.Id);

        board.SubProjects.Select(r => r.Title).ShouldBe(["Z – mit Verzug", "A – pünktlich"]);
        board.SubProjects[0].OverdueMilestones.ShouldBe(1);
        board.SubProjects[1].NextMilestone.ShouldBe("Weit weg");

        var withMilestone = await coordinator.GetSubProjectAsync(lab.Id, late.Id);
        withMilestone.Milestones.ShouldHaveSingleItem().IsOverdue.ShouldBeTrue();
        var complete = await coordinator.PostAsJsonAsync(late.Url($"/milestones/{withMilestone.Milestones[0].Id}/complete"), new { version = withMilestone.Version });
        complete.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var after = await DashboardAsync(coordinator, lab.Id);
        after.SubProjects.Select(r => r.Title).ShouldBe(["A – pünktlich", "Z – mit Verzug"]);
        (await coordinator.GetSubProjectAsync(lab.Id, late.Id)).Milestones[0].CompletedOn.ShouldBe(LaborPlattform.Shared.Time.Berlin.Today(platform.Time));
    }

    [Fact]
    public async Task The_dashboard_shows_the_latest_update_and_filters_by_status_and_theme()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var running = await coordinator.CreateSubProjectAsync(lab.Id, b => { b["title"] = "Läuft"; b["themeIds"] = new List<Guid> { DigitalParticipation }; });
        await coordinator.CreateSubProjectAsync(lab.Id, b => b["title"] = "Geplant");
        (await coordinator.ChangeStatusAsync(running, "Running")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await coordinator.PostProgressAsync(running, 35, "AtRisk", "Raum fehlt", reportedOn: "2025-10-01")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var all = await DashboardAsync(coordinator, lab.Id);
        var row = all.SubProjects.Single(r => r.Title == "Läuft");
        row.Status.ShouldBe("Running");
        row.TrafficLight.ShouldBe("AtRisk");
        row.PercentComplete.ShouldBe(35);
        row.LastUpdateOn.ShouldBe(new DateOnly(2025, 10, 1));
        all.SubProjects.Single(r => r.Title == "Geplant").TrafficLight.ShouldBeNull();

        (await DashboardAsync(coordinator, lab.Id, "?status=Running")).SubProjects.Select(r => r.Title).ShouldBe(["Läuft"]);
        (await DashboardAsync(coordinator, lab.Id, $"?themeId={DigitalParticipation}")).SubProjects.Select(r => r.Title).ShouldBe(["Läuft"]);
        (await DashboardAsync(coordinator, lab.Id, "?status=Planned")).SubProjects.Select(r => r.Title).ShouldBe(["Geplant"]);
        (await ErrorsOf(await coordinator.GetAsync($"/api/labs/{lab.Id}/subprojects?status=Fertig"))).Keys.ShouldBe(["status"]);
    }

    [Fact]
    public async Task An_indicator_with_measured_values_shows_its_target_attainment()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        var added = await coordinator.AddIndicatorAsync(s, "Kursteilnahmen 70+", "Cumulative", 0, 300);
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var indicatorId = (await added.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();

        foreach (var (day, value) in new[] { ("2025-05-01", 120m), ("2025-06-01", 60m) })
        {
            (await coordinator.PostAsJsonAsync(s.Url($"/indicators/{indicatorId}/values"), new { measuredOn = day, value, note = "Kurse" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var indicator = (await coordinator.GetSubProjectAsync(s.LabId, s.Id)).Indicators.ShouldHaveSingleItem();
        indicator.Name.ShouldBe("Kursteilnahmen 70+");
        indicator.Target.ShouldBe(300);
        indicator.CurrentValue.ShouldBe(180);
        indicator.AttainmentPercent.ShouldBe(60);
        indicator.Values.Count.ShouldBe(2);
    }

    [Fact]
    public async Task An_indicator_value_without_a_date_is_refused_on_measuredOn_and_not_saved()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        var added = await coordinator.AddIndicatorAsync(s);
        var indicatorId = (await added.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();

        var errors = await ErrorsOf(await coordinator.PostAsJsonAsync(s.Url($"/indicators/{indicatorId}/values"), new { value = 12 }));

        errors.Keys.ShouldBe(["measuredOn"]);
        (await coordinator.GetSubProjectAsync(s.LabId, s.Id)).Indicators.Single().Values.ShouldBeEmpty();
    }

    [Fact]
    public async Task Invalid_indicator_definitions_are_named()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        (await ErrorsOf(await coordinator.AddIndicatorAsync(s, kind: "Average"))).Keys.ShouldBe(["kind"]);
        (await ErrorsOf(await coordinator.AddIndicatorAsync(s, baseline: 300, target: 300))).Keys.ShouldBe(["target"]);
        (await ErrorsOf(await coordinator.PostAsJsonAsync(s.Url("/indicators"), new { version = s.Version, name = "", unit = "", kind = "Snapshot" })))
            .Keys.ShouldBe(["name", "unit", "baseline", "target"], ignoreOrder: true);
    }

    [Fact]
    public async Task Lessons_learned_need_at_least_one_answer_and_are_kept_with_their_date()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        (await ErrorsOf(await coordinator.PostAsJsonAsync(s.Url("/lessons"), new { version = s.Version, whatWorked = " " }))).Keys.ShouldBe(["whatWorked"]);
        var added = await coordinator.PostAsJsonAsync(s.Url("/lessons"), new
        {
            version = s.Version,
            recordedOn = "2025-11-01",
            whatWorked = "Kleine Gruppen",
            adviceForOthers = "Mehrmalige Schulungen einplanen",
        });

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var lesson = (await coordinator.GetSubProjectAsync(s.LabId, s.Id)).LessonsLearned.ShouldHaveSingleItem();
        lesson.RecordedOn.ShouldBe(new DateOnly(2025, 11, 1));
        lesson.WhatWorked.ShouldBe("Kleine Gruppen");
        lesson.WhatDidNotWork.ShouldBeEmpty();
        lesson.AdviceForOthers.ShouldBe("Mehrmalige Schulungen einplanen");
    }

    [Fact]
    public async Task A_transfer_names_the_municipality_by_its_key_and_date()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        (await ErrorsOf(await coordinator.PostAsJsonAsync(s.Url("/transfers"), new { version = s.Version, municipalityKey = "1234", municipalityName = "X", adoptedOn = "2025-10-01" })))
            .Keys.ShouldBe(["municipalityKey"]);
        (await ErrorsOf(await coordinator.PostAsJsonAsync(s.Url("/transfers"), new { version = s.Version, municipalityKey = "03401000", municipalityName = "Delmenhorst" })))
            .Keys.ShouldBe(["adoptedOn"]);
        (await coordinator.PostAsJsonAsync(s.Url("/transfers"), new { version = s.Version, municipalityKey = "03401000", municipalityName = "Stadt Delmenhorst", adoptedOn = "2025-10-01", note = "Netzwerktreffen nach Bremer Vorbild" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var withTransfer = await coordinator.GetSubProjectAsync(s.LabId, s.Id);
        var transfer = withTransfer.Transfers.ShouldHaveSingleItem();
        transfer.MunicipalityKey.ShouldBe("03401000");
        transfer.AdoptedOn.ShouldBe(new DateOnly(2025, 10, 1));

        (await ErrorsOf(await coordinator.PutAsJsonAsync(s.Url($"/transfers/{transfer.Id}"), new { version = withTransfer.Version, municipalityKey = "04011000", municipalityName = "Bremen", adoptedOn = "2025-10-01" })))
            .Keys.ShouldBe(["municipalityKey"]);
        (await coordinator.PutAsJsonAsync(s.Url($"/transfers/{transfer.Id}"), new { version = withTransfer.Version, municipalityKey = "03401000", municipalityName = "Stadt Delmenhorst", adoptedOn = "2025-09-15", note = "korrigiert" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var corrected = (await coordinator.GetSubProjectAsync(s.LabId, s.Id)).Transfers.ShouldHaveSingleItem();
        (corrected.AdoptedOn, corrected.Note).ShouldBe((new DateOnly(2025, 9, 15), "korrigiert"));
    }

    [Fact]
    public async Task Removing_a_milestone_indicator_lesson_and_transfer_needs_the_current_version()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        await coordinator.AddMilestoneAsync(s, "Auftakt", "2025-02-01");
        var withMilestone = await coordinator.GetSubProjectAsync(s.LabId, s.Id);
        var milestoneId = withMilestone.Milestones.Single().Id;

        (await ConflictCodeOf(await coordinator.DeleteAsync(s.Url($"/milestones/{milestoneId}?version={s.Version}")))).ShouldBe("stale");
        (await coordinator.DeleteAsync(s.Url($"/milestones/{milestoneId}?version={withMilestone.Version}"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await coordinator.DeleteAsync(s.Url($"/milestones/{milestoneId}?version={withMilestone.Version + 1}"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await coordinator.GetSubProjectAsync(s.LabId, s.Id)).Milestones.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_sub_project_addressed_through_another_lab_is_not_found()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        var otherLab = await platform.CreateLabAsync();
        using var otherCoordinator = await platform.ClientAsAsync(Roles.LabCoordinator, otherLab.Id);

        (await otherCoordinator.GetAsync($"/api/labs/{otherLab.Id}/subprojects/{s.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var edit = await otherCoordinator.PutAsJsonAsync($"/api/labs/{otherLab.Id}/subprojects/{s.Id}", EditBody(s, title: "Übernommen"));
        edit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherCoordinator.PostAsJsonAsync($"/api/labs/{otherLab.Id}/subprojects/{s.Id}/progress-updates", new { reportedOn = "2025-06-01", text = "x", percentComplete = 1, trafficLight = "OnTrack" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await coordinator.GetSubProjectAsync(s.LabId, s.Id)).Title.ShouldBe(s.Title);
    }

    [Fact]
    public async Task The_api_is_documented_in_the_OpenAPI_document()
    {
        using var anonymous = platform.CreateBrowserlikeClient();

        var document = await anonymous.GetStringAsync("/openapi/v1.json");

        foreach (var operation in new[]
                 {
                     "ListSubProjects", "CreateSubProject", "GetSubProject", "EditSubProject", "ChangeSubProjectStatus", "AddMilestone",
                     "CompleteMilestone", "PostProgressUpdate", "AddIndicator", "RecordIndicatorValue", "AddLessonLearned", "AddTransfer",
                     "ChangeSubProjectSettings", "ExportSubProjects", "ListPublicSubProjects", "GetPublicSubProject",
                 })
        {
            document.ShouldContain($"\"operationId\": \"{operation}\"");
        }

        document.ShouldContain("/api/labs/{labId}/subprojects/{subProjectId}/progress-updates");
    }
}
