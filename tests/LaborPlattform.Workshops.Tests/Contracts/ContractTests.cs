using System.Net;
using System.Text.Json;
using LaborPlattform.Shared.Errors;
using LaborPlattform.Shared.Time;
using LaborPlattform.Testing;
using LaborPlattform.Workshops.Contracts;
using LaborPlattform.Workshops.Data;
using LaborPlattform.Workshops.LogOutcome;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static LaborPlattform.Workshops.Tests.WorkshopsApi;

namespace LaborPlattform.Workshops.Tests.Contracts;

/// <summary>What the Reporting module (and any other) gets from the Workshops module through its Contracts.</summary>
public sealed class ContractTests(PlatformFactory platform)
{
    private async Task<T> QueryAsync<T>(IQuery<T> query)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A lab with, in a past month: a weekly course of three dates (two with outcomes, one cancelled), a co-creation
    /// workshop with a full outcome and an internal network meeting online without one.
    /// </summary>
    private async Task<(Lab Lab, DateOnly From, DateOnly To)> LabWithAMonthOfEventsAsync()
    {
        var lab = await platform.LabWithVenueAsync();
        var today = Berlin.Today(platform.Time);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-2);
        var tuesday = month.AddDays(((int)DayOfWeek.Tuesday - (int)month.DayOfWeek + 7) % 7);
        var course = Body($"{Iso(tuesday)}T10:00", $"{Iso(tuesday)}T12:00", AtVenue(lab.VenueId), title: "Kurs A");
        course["recurrence"] = new { rule = "FREQ=WEEKLY;COUNT=3" };
        var series = await lab.Coordinator.CreateWorkshopAsync(lab.Id, course);
        (await lab.Coordinator.PutJsonAsync(series.OutcomeUrl(series.Occurrences[0]), """{ "version": 1, "participants": 10, "ageBands": { "from50To69": 3, "age70AndOver": 6 }, "firstTimeDigitalUsers": 2 }"""))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await lab.Coordinator.PutJsonAsync(series.OutcomeUrl(series.Occurrences[1]), """{ "version": 1, "participants": 8, "sectors": { "citizens": 8 } }"""))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await lab.Coordinator.PostAsync(series.OccurrenceUrl(series.Occurrences[2], "cancel"), JsonContent(new { version = 1, reason = "Krankheit" }))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var day = month.AddDays(20);
        var workshop = Body($"{Iso(day)}T10:00", $"{Iso(day)}T15:00", AtAddress(), title: "Co-Creation B");
        workshop["format"] = "CoCreationWorkshop";
        var cocreation = await lab.Coordinator.CreateWorkshopAsync(lab.Id, workshop);
        (await lab.Coordinator.PutJsonAsync(cocreation.OutcomeUrl(cocreation.Occurrences[0]), $$"""
            { "version": 1, "participants": 20, "ageBands": { "under30": 5, "from30To49": 5, "from50To69": 5, "age70AndOver": 5 },
              "sectors": { "administration": 4, "civilSociety": 6, "citizens": 10 }, "organisationIds": [ "{{lab.OrganisationId}}", "{{lab.VenueId}}" ],
              "ideasCollected": 30, "decisions": [ "Startseite mit Kalender", "Große Schrift" ],
              "followUps": [ { "task": "Entwurf", "ownerOrganisationId": "{{lab.OrganisationId}}", "dueDate": "{{Iso(today)}}" } ] }
            """)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var meeting = Body($"{Iso(day.AddDays(1))}T15:00", $"{Iso(day.AddDays(1))}T16:00", Online(), title: "Netzwerktreffen C", isPublic: false);
        meeting["format"] = "NetworkMeeting";
        await lab.Coordinator.CreateWorkshopAsync(lab.Id, meeting);
        return (lab, month, month.AddMonths(1).AddDays(-1));
    }

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task The_report_annex_lists_every_date_of_the_period_with_its_figures_and_results()
    {
        var (lab, from, to) = await LabWithAMonthOfEventsAsync();
        using var _ = lab.Coordinator;

        var report = await QueryAsync(new GetLabWorkshopOccurrences(lab.Id, from, to));

        report.Occurrences.Select(o => o.Title).ShouldBe(["Kurs A", "Kurs A", "Kurs A", "Co-Creation B", "Netzwerktreffen C"]);
        var first = report.Occurrences[0];
        first.Format.ShouldBe(WorkshopFormats.Course);
        first.FormatName.ShouldBe("Kurs");
        first.StartTime.ShouldBe(new TimeOnly(10, 0));
        first.EndTime.ShouldBe(new TimeOnly(12, 0));
        first.IsPartOfSeries.ShouldBeTrue();
        first.VenueKind.ShouldBe(VenueKinds.Organisation);
        first.City.ShouldBe("Bremen");
        first.MunicipalityKey.ShouldBe("04011000");
        first.Participants!.Total.ShouldBe(10);
        first.Participants.ByAgeBand.ShouldBe(new AgeBandCounts(0, 0, 3, 6, 1));
        first.Participants.BySector.ShouldBeNull();
        first.Participants.FirstTimeDigitalUsers.ShouldBe(2);
        report.Occurrences[1].Participants!.BySector.ShouldBe(new SectorCounts(0, 0, 0, 0, 0, 8, 0));
        report.Occurrences[2].IsCancelled.ShouldBeTrue();
        report.Occurrences[2].Participants.ShouldBeNull();
        var cocreation = report.Occurrences[3];
        cocreation.VenueKind.ShouldBe(VenueKinds.Address);
        cocreation.City.ShouldBe("Bremerhaven");
        cocreation.Participants!.Organisations.ShouldBe(2);
        cocreation.Results.ShouldBe(new ResultCounts(30, 2, 1));
        var meeting = report.Occurrences[4];
        meeting.IsPublic.ShouldBeFalse();
        meeting.VenueName.ShouldBe("Online");
        meeting.City.ShouldBeNull();
        meeting.Participants.ShouldBeNull();
    }

    [Fact]
    public async Task The_statistics_count_events_by_format_and_month_participants_by_age_and_sector_series_and_the_share_with_an_outcome()
    {
        var (lab, from, to) = await LabWithAMonthOfEventsAsync();
        using var _ = lab.Coordinator;

        var s = await QueryAsync(new GetWorkshopStatistics([lab.Id], from.AddMonths(-1), to));

        s.Events.ShouldBe(4);
        s.CancelledEvents.ShouldBe(1);
        s.PublicEvents.ShouldBe(3);
        s.EventsWithOutcome.ShouldBe(3);
        s.OutcomeLoggedPercent.ShouldBe(75.0m);
        s.Participants.ShouldBe(38);
        s.FirstTimeDigitalUsers.ShouldBe(2);
        s.Organisations.ShouldBe(2);
        s.ParticipantsByAgeBand.ShouldBe(new AgeBandCounts(5, 5, 8, 11, 9));
        s.ParticipantsBySector.ShouldBe(new SectorCounts(4, 6, 0, 0, 0, 18, 10));
        s.Results.ShouldBe(new ResultCounts(30, 2, 1));
        s.Series.ShouldBe(1);
        s.SeriesEvents.ShouldBe(2);
        s.ByFormat.Select(f => (f.Format, f.Events, f.Participants)).ShouldBe([
            (WorkshopFormats.Course, 2, 18), (WorkshopFormats.CoCreationWorkshop, 1, 20), (WorkshopFormats.NetworkMeeting, 1, 0)]);
        s.ByMonth.Count.ShouldBe(2);
        s.ByMonth[0].Events.ShouldBe(0);
        s.ByMonth[1].ShouldSatisfyAllConditions(
            m => m.Year.ShouldBe(from.Year),
            m => m.Month.ShouldBe(from.Month),
            m => m.Events.ShouldBe(4),
            m => m.Participants.ShouldBe(38));
        s.ByLab.Single().ShouldBe(new LabFigures(lab.Id, 4, 3, 38));
    }

    [Fact]
    public async Task Statistics_across_all_labs_have_one_line_per_lab()
    {
        var (first, from, to) = await LabWithAMonthOfEventsAsync();
        var (second, _, _) = await LabWithAMonthOfEventsAsync();
        using var _ = first.Coordinator;
        using var __ = second.Coordinator;

        var s = await QueryAsync(new GetWorkshopStatistics(null, from, to));

        s.ByLab.Where(l => l.LabId == first.Id || l.LabId == second.Id).ShouldBe([new LabFigures(first.Id, 4, 3, 38), new LabFigures(second.Id, 4, 3, 38)], ignoreOrder: true);
        s.Events.ShouldBeGreaterThanOrEqualTo(8);
    }

    [Fact]
    public async Task A_date_belongs_to_the_Berlin_day_it_starts_on()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        // 00:30 Berlin time is still the previous day in UTC.
        var day = Berlin.Today(platform.Time).AddDays(-30);
        await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body($"{Iso(day)}T00:30", $"{Iso(day)}T01:30", Online(), title: "Mitternachtsrunde"));

        (await QueryAsync(new GetLabWorkshopOccurrences(lab.Id, day, day))).Occurrences.Single().Date.ShouldBe(day);
        (await QueryAsync(new GetLabWorkshopOccurrences(lab.Id, day.AddDays(-1), day.AddDays(-1)))).Occurrences.ShouldBeEmpty();
        (await QueryAsync(new GetWorkshopStatistics([lab.Id], day, day))).Events.ShouldBe(1);
    }

    [Fact]
    public async Task The_answers_depend_only_on_data_and_period_and_repeat_exactly()
    {
        var (lab, from, to) = await LabWithAMonthOfEventsAsync();
        using var _ = lab.Coordinator;

        var first = JsonSerializer.Serialize(await QueryAsync(new GetWorkshopStatistics([lab.Id], from, to)));
        var annex = JsonSerializer.Serialize(await QueryAsync(new GetLabWorkshopOccurrences(lab.Id, from, to)));
        await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(3, 10), platform.LocalAt(3, 12), AtVenue(lab.VenueId), title: "Später geplant"));

        JsonSerializer.Serialize(await QueryAsync(new GetWorkshopStatistics([lab.Id], from, to))).ShouldBe(first);
        JsonSerializer.Serialize(await QueryAsync(new GetLabWorkshopOccurrences(lab.Id, from, to))).ShouldBe(annex);
        typeof(ReportWorkshops.ReportWorkshopsHandler).GetConstructors().Single().GetParameters().Select(p => p.ParameterType)
            .ShouldNotContain(typeof(TimeProvider), "the report queries must not read the clock");
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_on_the_end()
    {
        var today = Berlin.Today(platform.Time);
        (await Should.ThrowAsync<ValidationFailedException>(() => QueryAsync(new GetWorkshopStatistics(null, today, today.AddDays(-1))))).Errors.Keys.ShouldBe(["to"]);
        (await Should.ThrowAsync<ValidationFailedException>(() => QueryAsync(new GetLabWorkshopOccurrences(Guid.NewGuid(), today, today.AddDays(-1))))).Errors.Keys.ShouldBe(["to"]);
        (await QueryAsync(new GetLabWorkshopOccurrences(Guid.NewGuid(), today, today))).Occurrences.ShouldBeEmpty();
    }

    [Fact]
    public async Task Logging_an_outcome_publishes_WorkshopOutcomeLogged_with_the_figures_and_whether_it_corrects_one()
    {
        var lab = await platform.LabWithVenueAsync();
        using var _ = lab.Coordinator;
        var workshop = await lab.Coordinator.CreateWorkshopAsync(lab.Id, Body(platform.LocalAt(-1, 10), platform.LocalAt(-1, 12), AtVenue(lab.VenueId)));
        var date = workshop.Occurrences.Single();
        var publisher = new RecordingPublisher();
        await using var scope = platform.Services.CreateAsyncScope();
        var handler = new LogWorkshopOutcomeHandler(
            scope.ServiceProvider.GetRequiredService<WorkshopsDbContext>(), scope.ServiceProvider.GetRequiredService<ISender>(), publisher, platform.Time);

        await handler.Handle(new LogWorkshopOutcome(lab.Id, workshop.Id, date.Id, 1, 12, new AgeBandsInput(0, 0, 4, 8), null, 3, [lab.OrganisationId], 2, ["Weiter so"], [], null), default);
        await handler.Handle(new LogWorkshopOutcome(lab.Id, workshop.Id, date.Id, 2, 13, null, null, null, [], 0, [], [], null), default);

        var logged = publisher.Published.OfType<WorkshopOutcomeLogged>().ToList();
        logged.Count.ShouldBe(2);
        logged[0].ShouldSatisfyAllConditions(
            n => n.OccurrenceId.ShouldBe(date.Id),
            n => n.WorkshopId.ShouldBe(workshop.Id),
            n => n.LabId.ShouldBe(lab.Id),
            n => n.Format.ShouldBe(WorkshopFormats.Course),
            n => n.HeldOn.ShouldBe(Berlin.Today(platform.Time).AddDays(-1)),
            n => n.Participants.ShouldBe(new ParticipantFigures(12, new AgeBandCounts(0, 0, 4, 8, 0), null, 3, 1)),
            n => n.Results.ShouldBe(new ResultCounts(2, 1, 0)),
            n => n.IsCorrection.ShouldBeFalse());
        logged[1].IsCorrection.ShouldBeTrue();
        logged[1].Participants.Total.ShouldBe(13);
    }
}
