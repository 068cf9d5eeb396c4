using LaborPlattform.Shared.Demo;
using LaborPlattform.Shared.Time;
using LaborPlattform.Testing;
using LaborPlattform.Workshops.Contracts;
using LaborPlattform.Workshops.Demo;
using LaborPlattform.Workshops.PublicCalendar;
using LaborPlattform.Workshops.ReadWorkshops;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace LaborPlattform.Workshops.Tests;

/// <summary>The demo half-year of the lab Bremen/Bremerhaven: realistic, around today, and seeded once.</summary>
public sealed class DemoDataTests(DemoPlatformFactory demo) : IClassFixture<DemoPlatformFactory>
{
    private async Task<T> QueryAsync<T>(IQuery<T> query)
    {
        await using var scope = demo.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    [Fact]
    public async Task The_demo_lab_has_half_a_year_of_courses_talks_consultation_hours_meetings_and_a_co_creation_workshop_around_today()
    {
        var labId = await demo.LabIdAsync(WorkshopsDemoData.LabSlug);
        var today = Berlin.Today(demo.Time);

        var workshops = await QueryAsync(new GetLabWorkshops(labId));
        var statistics = await QueryAsync(new GetWorkshopStatistics([labId], today.AddMonths(-3), today.AddMonths(3)));

        workshops.Count.ShouldBeGreaterThanOrEqualTo(12);
        workshops.Select(w => w.Format).Distinct().ShouldBe(
            [WorkshopFormats.Course, WorkshopFormats.ConsultationHour, WorkshopFormats.Talk, WorkshopFormats.NetworkMeeting, WorkshopFormats.CoCreationWorkshop, WorkshopFormats.Seminar, WorkshopFormats.CitizenDialogue],
            ignoreOrder: true);
        workshops.Min(w => w.FirstStartsAt).ShouldBeGreaterThan(Berlin.StartOfDay(today.AddDays(-100)));
        workshops.Max(w => w.LastStartsAt).ShouldBeLessThan(Berlin.StartOfDay(today.AddDays(100)));
        workshops.ShouldContain(w => !w.IsPublic && w.Format == WorkshopFormats.NetworkMeeting);
        statistics.Series.ShouldBeGreaterThanOrEqualTo(5);
        statistics.EventsWithOutcome.ShouldBeGreaterThan(20);
        statistics.OutcomeLoggedPercent.ShouldNotBeNull();
        statistics.Participants.ShouldBeGreaterThan(200);
        statistics.ParticipantsByAgeBand.Age70AndOver.ShouldBeGreaterThan(statistics.ParticipantsByAgeBand.Under30);
        statistics.CancelledEvents.ShouldBe(1);

        var awaiting = workshops.Sum(w => w.AwaitingOutcome);
        awaiting.ShouldBeGreaterThanOrEqualTo(2, "a few past dates still wait for their outcome");
        var consultation = await QueryAsync(new GetWorkshopDetails(labId, workshops.Single(w => w.Title == WorkshopsDemoData.ConsultationTitle).Id));
        consultation!.Recurrence!.Exceptions.ShouldNotBeEmpty();
        consultation.Occurrences.ShouldContain(o => o.IsMoved && !o.HasBegun);
        consultation.Occurrences.ShouldContain(o => o.Status == "Cancelled" && !o.HasBegun);
        var cocreation = await QueryAsync(new GetWorkshopDetails(labId, workshops.Single(w => w.Title == WorkshopsDemoData.CoCreationTitle).Id));
        cocreation!.Occurrences.Single().Outcome!.FollowUps.Count.ShouldBe(2);
        cocreation.SubProjectId.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_public_calendar_always_has_coming_events_of_the_demo_lab()
    {
        var events = await QueryAsync(new GetPublicEvents(demo.Time.GetUtcNow()));

        events.Count(e => e.LabSlug == WorkshopsDemoData.LabSlug).ShouldBeGreaterThan(15);
        events.ShouldContain(e => e.Place.IsOnline);
        events.Select(e => e.Place.City).ShouldContain("Bremerhaven");
        events.Select(e => e.Place.City).ShouldContain("Lilienthal");
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var labId = await demo.LabIdAsync(WorkshopsDemoData.LabSlug);
        var before = (await QueryAsync(new GetLabWorkshops(labId))).Count;

        await using (var scope = demo.Services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().Where(s => s is WorkshopsDemoData))
            {
                await seeder.SeedAsync(default);
            }
        }

        (await QueryAsync(new GetLabWorkshops(labId))).Count.ShouldBe(before);
    }
}
