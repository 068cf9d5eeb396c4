using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Projects.ManageSettings;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;
using static LaborPlattform.Projects.Tests.SubProjectsApi;

namespace LaborPlattform.Projects.Tests.Api;

/// <summary>Who may do what with sub-projects, each refused case with its status code, and nothing changed by a refusal.</summary>
public sealed class AccessApiTests(PlatformFactory platform)
{
    /// <summary>Every change a client can try on a sub-project.</summary>
    private static async Task<List<(string What, HttpStatusCode Status)>> TryEveryChangeAsync(HttpClient client, Projects.ReadSubProjects.SubProjectView s) =>
    [
        ("create", (await client.PostAsJsonAsync($"/api/labs/{s.LabId}/subprojects", NewBody())).StatusCode),
        ("edit", (await client.PutAsJsonAsync(s.Url(), EditBody(s, title: "Übernommen"))).StatusCode),
        ("status", (await client.ChangeStatusAsync(s, "Running")).StatusCode),
        ("milestone", (await client.AddMilestoneAsync(s, "Fremd", "2026-01-01")).StatusCode),
        ("indicator", (await client.AddIndicatorAsync(s)).StatusCode),
        ("lesson", (await client.PostAsJsonAsync(s.Url("/lessons"), new { version = s.Version, whatWorked = "x" })).StatusCode),
        ("transfer", (await client.PostAsJsonAsync(s.Url("/transfers"), new { version = s.Version, municipalityKey = "03401000", municipalityName = "Delmenhorst", adoptedOn = "2025-10-01" })).StatusCode),
        ("progress", (await client.PostProgressAsync(s)).StatusCode),
        ("settings", (await client.PutAsJsonAsync($"/api/labs/{s.LabId}/subproject-settings", new { version = 0, staffMayPostProgressUpdates = true })).StatusCode),
    ];

    private async Task AssertUnchangedAsync(Projects.ReadSubProjects.SubProjectView s)
    {
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var now = await admin.GetSubProjectAsync(s.LabId, s.Id);
        now.Version.ShouldBe(s.Version);
        now.Title.ShouldBe(s.Title);
        now.ProgressUpdates.ShouldBeEmpty();
        (await admin.GetFromJsonAsync<ProjectSettingsView>($"/api/labs/{s.LabId}/subproject-settings", Json))!.Version.ShouldBe(0);
    }

    [Fact]
    public async Task A_coordinator_of_another_lab_gets_403_on_everything_and_changes_nothing()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        coordinator.Dispose();
        var otherLab = await platform.CreateLabAsync();
        using var stranger = await platform.ClientAsAsync(Roles.LabCoordinator, otherLab.Id);

        (await stranger.GetAsync($"/api/labs/{s.LabId}/subprojects")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.GetAsync(s.Url())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.GetAsync($"/api/labs/{s.LabId}/subprojects/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreach (var (what, status) in await TryEveryChangeAsync(stranger, s))
        {
            status.ShouldBe(HttpStatusCode.Forbidden, what);
        }

        await AssertUnchangedAsync(s);
    }

    [Fact]
    public async Task A_reviewer_reads_every_labs_sub_projects_and_changes_nothing()
    {
        var (_, coordinator, s) = await platform.LabWithSubProjectAsync();
        coordinator.Dispose();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        (await reviewer.GetAsync($"/api/labs/{s.LabId}/subprojects")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reviewer.GetSubProjectAsync(s.LabId, s.Id)).InternalNotes.ShouldBe(s.InternalNotes);
        (await reviewer.GetAsync($"/api/labs/{s.LabId}/subprojects/export")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var (what, status) in await TryEveryChangeAsync(reviewer, s))
        {
            status.ShouldBe(HttpStatusCode.Forbidden, what);
        }

        await AssertUnchangedAsync(s);
    }

    [Fact]
    public async Task Municipal_staff_read_their_labs_sub_projects_but_change_nothing_by_default()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        coordinator.Dispose();
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, lab.Id);

        (await staff.GetAsync($"/api/labs/{s.LabId}/subprojects")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.GetAsync(s.Url())).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var (what, status) in await TryEveryChangeAsync(staff, s))
        {
            status.ShouldBe(HttpStatusCode.Forbidden, what);
        }

        await AssertUnchangedAsync(s);
    }

    [Fact]
    public async Task Municipal_staff_post_progress_updates_once_a_coordinator_allows_it_and_not_after_it_is_withdrawn()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, lab.Id);
        (await staff.PostProgressAsync(s)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/subproject-settings", new { version = 0, staffMayPostProgressUpdates = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await staff.PostProgressAsync(s, 25, text: "Von der Kommune gemeldet")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var update = (await staff.GetSubProjectAsync(lab.Id, s.Id)).ProgressUpdates.ShouldHaveSingleItem();
        update.Text.ShouldBe("Von der Kommune gemeldet");
        update.AuthorName.ShouldBe("Test Kommunale Mitarbeitende");
        (await staff.PutAsJsonAsync(s.Url(), EditBody(s, title: "Geht trotzdem nicht"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/subproject-settings", new { version = 1, staffMayPostProgressUpdates = false })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.PostProgressAsync(s)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_allowance_for_staff_of_one_lab_does_not_open_another_lab()
    {
        var (labA, coordinatorA, _) = await platform.LabWithSubProjectAsync();
        using var _a = coordinatorA;
        var (labB, coordinatorB, subProjectB) = await platform.LabWithSubProjectAsync();
        coordinatorB.Dispose();
        (await coordinatorA.PutAsJsonAsync($"/api/labs/{labA.Id}/subproject-settings", new { version = 0, staffMayPostProgressUpdates = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var staffOfA = await platform.ClientAsAsync(Roles.MunicipalStaff, labA.Id);

        (await staffOfA.PostProgressAsync(subProjectB)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        labB.Id.ShouldNotBe(labA.Id);
    }

    [Fact]
    public async Task A_stale_settings_change_gets_409()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        (await coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/subproject-settings", new { version = 0, staffMayPostProgressUpdates = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await ConflictCodeOf(await coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/subproject-settings", new { version = 0, staffMayPostProgressUpdates = false })))
            .ShouldBe("stale");

        (await coordinator.GetFromJsonAsync<ProjectSettingsView>($"/api/labs/{lab.Id}/subproject-settings", Json))!.StaffMayPostProgressUpdates.ShouldBeTrue();
    }

    [Fact]
    public async Task Anonymous_callers_get_401_from_the_internal_api()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        coordinator.Dispose();
        using var anonymous = platform.CreateBrowserlikeClient();

        (await anonymous.GetAsync($"/api/labs/{lab.Id}/subprojects")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync(s.Url())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/labs/{lab.Id}/subprojects/export")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/subprojects/overview")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync($"/api/labs/{lab.Id}/subprojects", NewBody())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostProgressAsync(s)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_overview_lists_only_the_labs_a_person_may_read()
    {
        var (labA, coordinatorA, _) = await platform.LabWithSubProjectAsync();
        using var _a = coordinatorA;
        var labB = await platform.CreateLabAsync();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        var own = (await coordinatorA.GetFromJsonAsync<List<Projects.ReadSubProjects.LabOverview>>("/api/subprojects/overview", Json))!;
        own.Select(l => l.LabId).ShouldBe([labA.Id]);
        own[0].Total.ShouldBe(1);

        var all = (await reviewer.GetFromJsonAsync<List<Projects.ReadSubProjects.LabOverview>>("/api/subprojects/overview", Json))!;
        all.Select(l => l.LabId).ShouldContain(labA.Id);
        all.Select(l => l.LabId).ShouldContain(labB.Id);
    }

    [Fact]
    public async Task After_the_lab_is_archived_its_sub_projects_are_read_only_but_readable()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        using var admin = await platform.ClientAsAsync(Roles.Administrator);

        (await admin.PostAsJsonAsync($"/api/labs/{lab.Id}/archive", new { version = lab.Version })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var now = await coordinator.GetSubProjectAsync(lab.Id, s.Id);
        now.IsReadOnly.ShouldBeTrue();
        foreach (var client in new[] { coordinator, admin })
        {
            (await ConflictCodeOf(await client.PutAsJsonAsync(s.Url(), EditBody(now, title: "Nach dem Archivieren")))).ShouldBe("read-only");
            (await ConflictCodeOf(await client.PostProgressAsync(now))).ShouldBe("read-only");
            (await ConflictCodeOf(await client.ChangeStatusAsync(now, "Running"))).ShouldBe("read-only");
            (await ConflictCodeOf(await client.AddMilestoneAsync(now, "Neu", "2026-01-01"))).ShouldBe("read-only");
            (await ConflictCodeOf(await client.PostAsJsonAsync($"/api/labs/{lab.Id}/subprojects", NewBody()))).ShouldBe("read-only");
            (await ConflictCodeOf(await client.PutAsJsonAsync($"/api/labs/{lab.Id}/subproject-settings", new { version = 0, staffMayPostProgressUpdates = true }))).ShouldBe("read-only");
        }

        var after = await coordinator.GetSubProjectAsync(lab.Id, s.Id);
        after.Title.ShouldBe(s.Title);
        after.Version.ShouldBe(s.Version);
        after.ProgressUpdates.ShouldBeEmpty();
        (await coordinator.GetAsync($"/api/labs/{lab.Id}/subprojects/export")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
