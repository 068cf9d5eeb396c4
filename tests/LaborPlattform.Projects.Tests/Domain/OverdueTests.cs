using LaborPlattform.Projects.Domain;
using LaborPlattform.Shared.Errors;
using LaborPlattform.Shared.Time;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;
using static LaborPlattform.Projects.Tests.Domain.DomainFactory;

namespace LaborPlattform.Projects.Tests.Domain;

public sealed class OverdueTests
{
    private static (SubProject SubProject, Milestone Milestone) RunningWithMilestoneDue(DateOnly due)
    {
        var s = Running();
        return (s, s.AddMilestone("Vortragsreihe Online-Banking", due));
    }

    [Fact]
    public void An_open_milestone_due_yesterday_is_overdue_and_one_due_today_is_not()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 8, 0, 0, TimeSpan.Zero));
        var today = Berlin.Today(time);
        var (s, yesterday) = RunningWithMilestoneDue(today.AddDays(-1));
        var dueToday = s.AddMilestone("Heute fällig", today);

        s.IsOverdue(yesterday, Berlin.Today(time)).ShouldBeTrue();
        s.IsOverdue(dueToday, Berlin.Today(time)).ShouldBeFalse();

        time.Advance(TimeSpan.FromDays(1));
        s.IsOverdue(dueToday, Berlin.Today(time)).ShouldBeTrue();
    }

    [Fact]
    public void Overdue_counts_Berlin_days_not_UTC_days_in_summer()
    {
        // 31 March 2026, 23:30 in Berlin (CEST, UTC+2) is 21:30 UTC; an hour later it is 1 April in Berlin but still 31 March in UTC.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 31, 21, 30, 0, TimeSpan.Zero));
        var (s, milestone) = RunningWithMilestoneDue(new DateOnly(2026, 3, 31));

        s.IsOverdue(milestone, Berlin.Today(time)).ShouldBeFalse();

        time.Advance(TimeSpan.FromHours(1));
        time.GetUtcNow().UtcDateTime.Day.ShouldBe(31);
        s.IsOverdue(milestone, Berlin.Today(time)).ShouldBeTrue();
    }

    [Fact]
    public void Overdue_counts_Berlin_days_in_winter_too()
    {
        // 31 January 2026, 22:30 UTC is 23:30 in Berlin (CET, UTC+1); an hour later it is 1 February in Berlin.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 31, 22, 30, 0, TimeSpan.Zero));
        var (s, milestone) = RunningWithMilestoneDue(new DateOnly(2026, 1, 31));

        s.IsOverdue(milestone, Berlin.Today(time)).ShouldBeFalse();

        time.Advance(TimeSpan.FromHours(1));
        s.IsOverdue(milestone, Berlin.Today(time)).ShouldBeTrue();
    }

    [Fact]
    public void A_completed_milestone_is_never_overdue()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 8, 0, 0, TimeSpan.Zero));
        var (s, milestone) = RunningWithMilestoneDue(new DateOnly(2026, 5, 1));

        s.CompleteMilestone(milestone.Id, new DateOnly(2026, 6, 2), Berlin.Today(time));

        s.IsOverdue(milestone, Berlin.Today(time)).ShouldBeFalse();
        milestone.CompletedOn.ShouldBe(new DateOnly(2026, 6, 2));
    }

    [Theory]
    [InlineData("Completed", false)]
    [InlineData("Cancelled", false)]
    [InlineData("Paused", true)]
    public void Open_milestones_of_an_ended_sub_project_are_no_longer_overdue(string statusName, bool overdue)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 8, 0, 0, TimeSpan.Zero));
        var (s, milestone) = RunningWithMilestoneDue(new DateOnly(2026, 5, 1));

        s.ChangeStatus(Enum.Parse<SubProjectStatus>(statusName), "Ende oder Pause", time.GetUtcNow(), Kim);

        s.IsOverdue(milestone, Berlin.Today(time)).ShouldBe(overdue);
    }

    [Theory]
    [InlineData("2024-12-31")]
    [InlineData("2027-01-01")]
    public void A_milestone_due_outside_the_sub_projects_period_is_refused(string due)
    {
        var s = Running();

        var refused = Should.Throw<ValidationFailedException>(() => s.AddMilestone("Außerhalb", DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)));

        refused.Errors.ShouldContainKey("dueDate");
        s.Milestones.ShouldBeEmpty();
    }

    [Fact]
    public void Milestones_on_the_first_and_last_day_of_the_period_are_accepted()
    {
        var s = Running();

        s.AddMilestone("Auftakt", new DateOnly(2025, 1, 1));
        s.AddMilestone("Abschluss", new DateOnly(2026, 12, 31));

        s.Milestones.Count.ShouldBe(2);
    }

    [Fact]
    public void A_milestone_cannot_be_completed_on_a_day_still_ahead()
    {
        var (s, milestone) = RunningWithMilestoneDue(new DateOnly(2026, 5, 1));

        var refused = Should.Throw<ValidationFailedException>(() => s.CompleteMilestone(milestone.Id, new DateOnly(2026, 6, 11), today: new DateOnly(2026, 6, 10)));

        refused.Errors.ShouldContainKey("completedOn");
        milestone.CompletedOn.ShouldBeNull();
    }

    [Fact]
    public void Shortening_the_period_past_a_milestone_is_refused_and_names_the_milestone()
    {
        var (s, _) = RunningWithMilestoneDue(new DateOnly(2026, 10, 1));
        var details = new SubProjectDetails(s.Title, s.Goal, null, null, [], [], [], Principles.None, s.StartDate, new DateOnly(2026, 6, 30), false, null, []);

        var refused = Should.Throw<ValidationFailedException>(() => s.Edit(details));

        refused.Errors["plannedEnd"].Single().ShouldContain("Vortragsreihe Online-Banking");
        s.PlannedEnd.ShouldBe(new DateOnly(2026, 12, 31));
    }
}
