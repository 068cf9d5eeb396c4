using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;
using static LaborPlattform.Projects.Tests.SubProjectsApi;

namespace LaborPlattform.Projects.Tests.Pages;

/// <summary>The sub-project pages through their forms, as a browser without JavaScript uses them.</summary>
public sealed class SubProjectPagesTests(PlatformFactory platform)
{
    private static string Page(Guid labId, Guid? subProjectId = null, string suffix = "") =>
        subProjectId is { } id ? $"/intern/labore/{labId}/teilprojekte/{id}{suffix}" : $"/intern/labore/{labId}/teilprojekte{suffix}";

    private static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static Dictionary<string, string> CreateForm(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Goal"] = "Ältere Menschen nutzen ihr Smartphone sicher.",
        ["Input.StartDate"] = "2025-01-01",
        ["Input.PlannedEnd"] = "2027-12-31",
        ["Input.TargetGroups"] = "Senior:innen ab 70\r\nAngehörige",
        ["Input.MunicipalityKeys"] = "04011000",
        ["Input.Principles"] = "Participation",
        ["Input.IsPublished"] = "false",
    };

    [Fact]
    public async Task A_coordinator_creates_a_sub_project_through_the_form_and_lands_on_its_page()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);

        var response = await coordinator.PostFormAsync(Page(lab.Id, suffix: "/neu"), CreateForm("Smartphone-Schulungen"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith(Page(lab.Id) + "/");
        var html = WebUtility.HtmlDecode(await coordinator.GetStringAsync(location));
        html.ShouldContain("<h1 class=\"kern-heading-x-large\">Smartphone-Schulungen</h1>");
        html.ShouldContain("Das Teilprojekt wurde angelegt.");
        html.ShouldContain("Senior:innen ab 70, Angehörige");
        html.ShouldContain("Teilprojekt angelegt (Status „geplant“)");
    }

    [Fact]
    public async Task A_refused_form_shows_the_summary_and_each_message_next_to_its_field_and_saves_nothing()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var form = CreateForm(string.Empty);
        form["Input.PlannedEnd"] = "2024-12-31";
        form["Input.IsPublished"] = "true";

        var response = await coordinator.PostFormAsync(Page(lab.Id, suffix: "/neu"), form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await HtmlAsync(response);
        html.ShouldContain("id=\"fehlerzusammenfassung\"");
        html.ShouldContain("href=\"#Input_Title\"");
        html.ShouldContain("id=\"Input_Title-error\"");
        html.ShouldContain("Bitte geben Sie den Titel des Teilprojekts an.");
        html.ShouldNotContain("field is required");
        html.ShouldContain("id=\"Input_PlannedEnd-error\"");
        html.ShouldContain("Das geplante Ende darf nicht vor dem Beginn liegen.");
        html.ShouldContain("id=\"Input_PublicSummary-error\"");
        html.ShouldContain("Senior:innen ab 70", customMessage: "what the person typed is kept");
        (await coordinator.GetFromJsonAsync<Projects.ReadSubProjects.LabDashboard>($"/api/labs/{lab.Id}/subprojects", Json))!.TotalInLab.ShouldBe(0);
    }

    [Fact]
    public async Task Responsible_organisations_are_chosen_by_name_from_the_labs_directory()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var name = $"Seniorenvertretung {Guid.NewGuid():N}"[..30];
        var organisation = await coordinator.CreateLabOrganisationAsync(lab.Id, name);

        var empty = await coordinator.GetStringAsync(Page(lab.Id, suffix: "/neu"));
        empty.ShouldContain(name);
        var form = CreateForm("Mit Organisation");
        form["Input.ResponsibleOrganisationIds"] = organisation.ToString();
        var saved = await coordinator.PostFormAsync(Page(lab.Id, suffix: "/neu"), form);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var details = WebUtility.HtmlDecode(await coordinator.GetStringAsync(saved.Headers.Location!.ToString()));
        details.ShouldContain(name);
        details.ShouldNotContain("nicht mehr im Akteursverzeichnis");
    }

    [Fact]
    public async Task An_organisation_outside_the_lab_is_refused_next_to_its_field()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        await coordinator.CreateLabOrganisationAsync(lab.Id, $"Verein im Labor {Guid.NewGuid():N}"[..30]);
        var form = CreateForm("Mit unbekannter Organisation");
        form["Input.ResponsibleOrganisationIds"] = Guid.CreateVersion7().ToString();

        var html = await HtmlAsync(await coordinator.PostFormAsync(Page(lab.Id, suffix: "/neu"), form));

        html.ShouldContain("id=\"Input_ResponsibleOrganisationIds-error\"");
        html.ShouldContain("nicht am Labor");
    }

    [Fact]
    public async Task A_stale_edit_form_is_refused_with_a_clear_message_and_overwrites_nothing()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        (await coordinator.PutAsJsonAsync(s.Url(), EditBody(s, title: "Zuerst"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var form = CreateForm("Danach");
        form["Input.Version"] = s.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await coordinator.PostFormAsync(Page(lab.Id, s.Id, "/bearbeiten"), form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlAsync(response)).ShouldContain("inzwischen von jemand anderem geändert");
        (await coordinator.GetSubProjectAsync(lab.Id, s.Id)).Title.ShouldBe("Zuerst");
    }

    [Fact]
    public async Task A_municipality_that_left_the_lab_stays_visible_in_the_edit_form_and_is_explained_when_saved()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync(b => b["municipalityKeys"] = new List<string> { "04011000", "04012000" });
        using var _c = coordinator;
        (await coordinator.DeleteAsync($"/api/labs/{lab.Id}/municipalities/04012000?version={lab.Version}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var form = WebUtility.HtmlDecode(await coordinator.GetStringAsync(Page(lab.Id, s.Id, "/bearbeiten")));
        form.ShouldContain("04012000 (nicht mehr im Konsortium)");
        WebUtility.HtmlDecode(await coordinator.GetStringAsync(Page(lab.Id, s.Id))).ShouldContain("04012000 (nicht mehr im Konsortium)");

        var fields = CreateForm(s.Title);
        fields["Input.Version"] = "1";
        var response = await coordinator.PostFormAsync(Page(lab.Id, s.Id, "/bearbeiten"), fields.Append(new("Input.MunicipalityKeys", "04012000")));

        var html = await HtmlAsync(response);
        html.ShouldContain("id=\"Input_MunicipalityKeys-error\"");
        html.ShouldContain("Die Kommune mit dem Schlüssel 04012000 gehört nicht zum Labor");
    }

    [Fact]
    public async Task The_quick_progress_form_posts_an_update_and_explains_bad_input_in_German()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        var url = Page(lab.Id, s.Id, "/fortschritt");

        var refused = await coordinator.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Text"] = "Zwei Kurse",
            ["Input.PercentComplete"] = "150",
            ["Input.ReportedOn"] = "2025-06-01",
            ["Input.TrafficLight"] = "AtRisk",
        });
        var html = await HtmlAsync(refused);
        html.ShouldContain("id=\"Input_PercentComplete-error\"");
        html.ShouldContain("Der Fertigstellungsgrad liegt zwischen 0 und 100 Prozent.");
        html.ShouldContain("id=\"Input_Reason-error\"");

        var notANumber = await HtmlAsync(await coordinator.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Text"] = "Zwei Kurse",
            ["Input.PercentComplete"] = "viel",
            ["Input.ReportedOn"] = "2025-06-01",
            ["Input.TrafficLight"] = "OnTrack",
        }));
        notANumber.ShouldContain("Bitte geben Sie den Fertigstellungsgrad als ganze Zahl zwischen 0 und 100 ein.");
        (await coordinator.GetSubProjectAsync(lab.Id, s.Id)).ProgressUpdates.ShouldBeEmpty();

        var posted = await coordinator.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Text"] = "Zwei Kurse mit 24 Teilnehmenden",
            ["Input.PercentComplete"] = "40 %",
            ["Input.ReportedOn"] = "2025-06-01",
            ["Input.TrafficLight"] = "OnTrack",
        });
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync(posted.Headers.Location!.ToString()));
        page.ShouldContain("Die Fortschrittsmeldung wurde gespeichert.");
        page.ShouldContain("Fortschrittsmeldung: 40 % fertig");
        page.ShouldContain("Zwei Kurse mit 24 Teilnehmenden");
    }

    [Fact]
    public async Task A_date_the_server_cannot_read_is_refused_in_German_and_nothing_runs()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        var html = await HtmlAsync(await coordinator.PostFormAsync(Page(lab.Id, s.Id, "/fortschritt"), new Dictionary<string, string>
        {
            ["Input.Text"] = "Text",
            ["Input.PercentComplete"] = "10",
            ["Input.ReportedOn"] = "gestern",
            ["Input.TrafficLight"] = "OnTrack",
        }));

        html.ShouldContain("id=\"Input_ReportedOn-error\"");
        html.ShouldContain("Diese Eingabe ist nicht lesbar.");
        html.ShouldNotContain("is not valid");
        (await coordinator.GetSubProjectAsync(lab.Id, s.Id)).ProgressUpdates.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_status_form_changes_the_status_with_a_reason_and_refuses_a_move_the_life_cycle_forbids()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        var url = Page(lab.Id, s.Id, "/status");

        var form = await coordinator.GetStringAsync(url);
        form.ShouldContain("value=\"Running\"");
        form.ShouldNotContain("value=\"Completed\"");

        var refused = await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Input.Version"] = "1", ["Input.Status"] = "Completed", ["Input.Reason"] = "fertig" });
        (await HtmlAsync(refused)).ShouldContain("id=\"Input_Status-error\"");

        var changed = await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Input.Version"] = "1", ["Input.Status"] = "Running", ["Input.Reason"] = "Die Kurse beginnen." });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync(Page(lab.Id, s.Id)));
        page.ShouldContain("Status: geplant → laufend");
        page.ShouldContain("Begründung: Die Kurse beginnen.");
    }

    [Fact]
    public async Task A_milestone_outside_the_period_is_refused_next_to_its_date_and_a_valid_one_is_listed_and_can_be_completed()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        var url = Page(lab.Id, s.Id, "/meilensteine/neu");

        var refused = await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Input.Version"] = "1", ["Input.Title"] = "Zu spät", ["Input.DueDate"] = "2029-01-01" });
        (await HtmlAsync(refused)).ShouldContain("id=\"Input_DueDate-error\"");

        (await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Input.Version"] = "1", ["Input.Title"] = "Gründungstreffen", ["Input.DueDate"] = "2025-02-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var withMilestone = await coordinator.GetSubProjectAsync(lab.Id, s.Id);
        var milestone = withMilestone.Milestones.ShouldHaveSingleItem();
        milestone.IsOverdue.ShouldBeTrue();

        var completed = await coordinator.PostFormAsync(Page(lab.Id, s.Id), new Dictionary<string, string>
        {
            ["milestoneId"] = milestone.Id.ToString(),
            ["version"] = withMilestone.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "CompleteMilestone");
        completed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await coordinator.GetSubProjectAsync(lab.Id, s.Id)).Milestones.Single().CompletedOn.ShouldNotBeNull();
    }

    [Fact]
    public async Task Indicator_values_are_read_in_German_number_format_and_need_a_date()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        (await coordinator.PostFormAsync(Page(lab.Id, s.Id, "/kennzahlen/neu"), new Dictionary<string, string>
        {
            ["Input.Version"] = "1",
            ["Input.Name"] = "Zufriedenheit",
            ["Input.Unit"] = "Punkte",
            ["Input.Kind"] = "Snapshot",
            ["Input.Baseline"] = "2,5",
            ["Input.Target"] = "4.5",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var indicator = (await coordinator.GetSubProjectAsync(lab.Id, s.Id)).Indicators.Single();
        indicator.Baseline.ShouldBe(2.5m);
        indicator.Target.ShouldBe(4.5m);
        var url = Page(lab.Id, s.Id, $"/kennzahlen/{indicator.Id}/werte");

        var noDate = await HtmlAsync(await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Input.Value"] = "3,5", ["Input.MeasuredOn"] = "" }));
        noDate.ShouldContain("id=\"Input_MeasuredOn-error\"");
        var notANumber = await HtmlAsync(await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Input.Value"] = "drei", ["Input.MeasuredOn"] = "2025-06-01" }));
        notANumber.ShouldContain("„drei“ ist keine Zahl.");

        (await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Input.Value"] = "3,5", ["Input.MeasuredOn"] = "2025-06-01" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = (await coordinator.GetSubProjectAsync(lab.Id, s.Id)).Indicators.Single();
        after.CurrentValue.ShouldBe(3.5m);
        after.AttainmentPercent.ShouldBe(50m);
        WebUtility.HtmlDecode(await coordinator.GetStringAsync(Page(lab.Id, s.Id))).ShouldContain("50 %");
    }

    [Fact]
    public async Task Lessons_learned_and_transfers_are_entered_through_their_forms()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        var empty = await HtmlAsync(await coordinator.PostFormAsync(Page(lab.Id, s.Id, "/erkenntnisse/neu"), new Dictionary<string, string> { ["Input.Version"] = "1", ["Input.RecordedOn"] = "2025-06-01" }));
        empty.ShouldContain("Bitte beantworten Sie mindestens eine der drei Fragen.");
        (await coordinator.PostFormAsync(Page(lab.Id, s.Id, "/erkenntnisse/neu"), new Dictionary<string, string>
        {
            ["Input.Version"] = "1",
            ["Input.RecordedOn"] = "2025-06-01",
            ["Input.AdviceForOthers"] = "Mehrmalige Schulungen einplanen.",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var badKey = await HtmlAsync(await coordinator.PostFormAsync(Page(lab.Id, s.Id, "/transfer/neu"), new Dictionary<string, string>
        {
            ["Input.Version"] = "2",
            ["Input.MunicipalityKey"] = "99401000",
            ["Input.MunicipalityName"] = "Delmenhorst",
            ["Input.AdoptedOn"] = "2025-09-01",
        }));
        badKey.ShouldContain("id=\"Input_MunicipalityKey-error\"");
        (await coordinator.PostFormAsync(Page(lab.Id, s.Id, "/transfer/neu"), new Dictionary<string, string>
        {
            ["Input.Version"] = "2",
            ["Input.MunicipalityKey"] = "03401000",
            ["Input.MunicipalityName"] = "Stadt Delmenhorst",
            ["Input.AdoptedOn"] = "2025-09-01",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync(Page(lab.Id, s.Id)));
        page.ShouldContain("Mehrmalige Schulungen einplanen.");
        page.ShouldContain("Stadt Delmenhorst");
        page.ShouldContain("01.09.2025");
    }

    [Fact]
    public async Task Municipal_staff_get_the_progress_form_only_while_the_lab_allows_it()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, lab.Id);

        (await staff.GetAsync(Page(lab.Id, s.Id, "/fortschritt"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.GetStringAsync(Page(lab.Id, s.Id))).ShouldNotContain("Fortschritt melden");

        (await coordinator.PostFormAsync(Page(lab.Id, suffix: "/einstellungen"), new Dictionary<string, string>
        {
            ["Input.Version"] = "0",
            ["Input.StaffMayPostProgressUpdates"] = "true",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await staff.GetAsync(Page(lab.Id, s.Id, "/fortschritt"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.GetStringAsync(Page(lab.Id))).ShouldContain("Fortschritt melden");
        (await staff.GetAsync(Page(lab.Id, suffix: "/einstellungen"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.GetAsync(Page(lab.Id, s.Id, "/bearbeiten"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_reviewer_reads_the_pages_without_any_way_to_change_and_is_refused_every_form()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        coordinator.Dispose();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        var page = await reviewer.GetStringAsync(Page(lab.Id, s.Id));
        page.ShouldNotContain("/bearbeiten\"");
        page.ShouldNotContain("Fortschritt melden");
        page.ShouldNotContain("Meilenstein hinzufügen");
        (await reviewer.GetAsync(Page(lab.Id))).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var form in new[] { "/bearbeiten", "/status", "/fortschritt", "/meilensteine/neu", "/kennzahlen/neu", "/erkenntnisse/neu", "/transfer/neu" })
        {
            (await reviewer.GetAsync(Page(lab.Id, s.Id, form))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, form);
        }

        (await reviewer.GetAsync(Page(lab.Id, suffix: "/neu"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_reviewer_cannot_post_a_change_the_page_does_not_offer()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        await coordinator.AddMilestoneAsync(s, "Auftakt", "2025-02-01");
        var withMilestone = await coordinator.GetSubProjectAsync(lab.Id, s.Id);
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        var response = await reviewer.PostFormAsync(Page(lab.Id, s.Id), new Dictionary<string, string>
        {
            ["milestoneId"] = withMilestone.Milestones[0].Id.ToString(),
            ["version"] = withMilestone.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "RemoveMilestone");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinator.GetSubProjectAsync(lab.Id, s.Id)).Milestones.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_coordinator_of_another_lab_is_refused_and_a_sub_project_under_the_wrong_lab_is_not_found()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        coordinator.Dispose();
        var otherLab = await platform.CreateLabAsync();
        using var stranger = await platform.ClientAsAsync(Roles.LabCoordinator, otherLab.Id);

        (await stranger.GetAsync(Page(lab.Id))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.GetAsync(Page(lab.Id, s.Id))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.GetAsync(Page(lab.Id, s.Id, "/bearbeiten"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.GetAsync(Page(otherLab.Id, s.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync(Page(otherLab.Id, s.Id, "/bearbeiten"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_see_only_published_public_pages()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync(b =>
        {
            b["isPublished"] = true;
            b["publicSummary"] = "Ältere Menschen lernen das Smartphone kennen.";
        });
        using var _c = coordinator;
        var hidden = await coordinator.CreateSubProjectAsync(lab.Id, b => b["title"] = "Noch intern");
        using var anonymous = platform.CreateBrowserlikeClient();

        var redirect = await anonymous.GetAsync(Page(lab.Id, s.Id));
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.ToString().ShouldContain("/anmelden");
        (await anonymous.GetAsync("/intern/teilprojekte")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var list = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/labore/{lab.Slug}/teilprojekte"));
        list.ShouldContain(s.Title);
        list.ShouldNotContain("Noch intern");
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/labore/{lab.Slug}/teilprojekte/{s.Id}"));
        page.ShouldContain("Ältere Menschen lernen das Smartphone kennen.");
        page.ShouldContain("Stadtgemeinde Bremen");
        page.ShouldNotContain("Nur für das Labor");
        page.ShouldNotContain("Interne Beschreibung");
        (await anonymous.GetAsync($"/labore/{lab.Slug}/teilprojekte/{hidden.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_archived_labs_sub_project_page_says_it_is_read_only_and_offers_no_changes()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        (await admin.PostAsJsonAsync($"/api/labs/{lab.Id}/archive", new { version = lab.Version })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync(Page(lab.Id, s.Id)));
        page.ShouldContain("Nur lesbar: Das Labor ist archiviert.");
        page.ShouldNotContain("Fortschritt melden");
        page.ShouldNotContain("Meilenstein hinzufügen");
        var edit = await coordinator.GetAsync(Page(lab.Id, s.Id, "/bearbeiten"));
        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await coordinator.GetStringAsync(Page(lab.Id))).ShouldNotContain("Teilprojekt anlegen");
    }

    [Fact]
    public async Task The_dashboard_explains_an_unknown_status_filter_instead_of_failing()
    {
        var (lab, coordinator, _) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;

        var response = await coordinator.GetAsync(Page(lab.Id) + "?Status=Fertig");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlAsync(response)).ShouldContain("id=\"Status-error\"");
    }
}
