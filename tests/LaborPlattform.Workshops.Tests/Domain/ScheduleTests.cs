using LaborPlattform.Shared.Errors;
using LaborPlattform.Workshops.Domain;
using Shouldly;
using Xunit;

namespace LaborPlattform.Workshops.Tests.Domain;

/// <summary>Expanding events and series into dates: Berlin wall-clock rules, exceptions, daylight-saving changes, limits.</summary>
public sealed class ScheduleTests
{
    private static readonly ExceptionPeriod EasterHolidays = new(new DateOnly(2026, 3, 23), new DateOnly(2026, 4, 7), "Osterferien");

    private static DateTime Local(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Unspecified);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static IReadOnlyList<PlannedDate> TuesdayCourse(params ExceptionPeriod[] exceptions) =>
        Schedule.Expand(Local(3, 3, 10), Local(3, 3, 12), Schedule.NormaliseRule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630"), exceptions);

    private static string FieldOf(Action action) => Should.Throw<ValidationFailedException>(action).Errors.Keys.Single();

    [Fact]
    public void A_weekly_series_stays_at_ten_oclock_Berlin_time_across_the_switch_to_summer_time()
    {
        var dates = TuesdayCourse();

        dates.Count.ShouldBe(18);
        dates[0].ShouldBe(new PlannedDate(new DateOnly(2026, 3, 3), Utc(3, 3, 9), Utc(3, 3, 11)));
        // 24 March is the last Tuesday in winter time (UTC+1), 31 March the first in summer time (UTC+2).
        dates.Single(d => d.OccursOn == new DateOnly(2026, 3, 24)).StartsAt.ShouldBe(Utc(3, 24, 9));
        dates.Single(d => d.OccursOn == new DateOnly(2026, 3, 31)).StartsAt.ShouldBe(Utc(3, 31, 8));
        dates.Single(d => d.OccursOn == new DateOnly(2026, 3, 31)).EndsAt.ShouldBe(Utc(3, 31, 10));
        dates[^1].ShouldBe(new PlannedDate(new DateOnly(2026, 6, 30), Utc(6, 30, 8), Utc(6, 30, 10)));
    }

    [Fact]
    public void Every_Tuesday_from_March_to_June_except_the_Easter_holidays_leaves_out_the_three_Tuesdays_of_the_holidays()
    {
        var dates = TuesdayCourse(EasterHolidays);

        dates.Count.ShouldBe(15);
        dates.Select(d => d.OccursOn).ShouldNotContain(new DateOnly(2026, 3, 24));
        dates.Select(d => d.OccursOn).ShouldNotContain(new DateOnly(2026, 3, 31));
        dates.Select(d => d.OccursOn).ShouldNotContain(new DateOnly(2026, 4, 7));
        dates.Select(d => d.OccursOn).ShouldContain(new DateOnly(2026, 3, 17));
        dates.Select(d => d.OccursOn).ShouldContain(new DateOnly(2026, 4, 14));
        dates.Single(d => d.OccursOn == new DateOnly(2026, 3, 17)).StartsAt.ShouldBe(Utc(3, 17, 9));
        dates.Single(d => d.OccursOn == new DateOnly(2026, 4, 14)).StartsAt.ShouldBe(Utc(4, 14, 8));
    }

    [Fact]
    public void A_series_back_to_winter_time_keeps_its_wall_clock_time_too()
    {
        var dates = Schedule.Expand(Local(10, 20, 18), Local(10, 20, 20), Schedule.NormaliseRule("FREQ=WEEKLY;COUNT=2"), []);

        dates.Select(d => d.StartsAt).ShouldBe([Utc(10, 20, 16), Utc(10, 27, 17)]);
    }

    [Fact]
    public void The_hour_that_happens_twice_in_October_means_the_earlier_summer_time_hour()
    {
        var dates = Schedule.Expand(Local(10, 18, 2, 30), Local(10, 18, 3, 30), Schedule.NormaliseRule("FREQ=WEEKLY;COUNT=2"), []);

        dates[1].OccursOn.ShouldBe(new DateOnly(2026, 10, 25));
        dates[1].StartsAt.ShouldBe(Utc(10, 25, 0, 30));
    }

    [Fact]
    public void A_time_in_the_hour_skipped_in_March_moves_forward_by_the_gap_and_keeps_its_length()
    {
        var dates = Schedule.Expand(Local(3, 22, 2, 30), Local(3, 22, 4, 0), Schedule.NormaliseRule("FREQ=WEEKLY;COUNT=2"), []);

        dates[1].OccursOn.ShouldBe(new DateOnly(2026, 3, 29));
        // 02:30 does not exist that night: the date starts at 03:30 summer time and lasts its 90 minutes.
        dates[1].StartsAt.ShouldBe(Utc(3, 29, 1, 30));
        dates[1].EndsAt.ShouldBe(Utc(3, 29, 3));
    }

    [Fact]
    public void A_monthly_talk_on_the_first_Wednesday_gives_one_date_per_month()
    {
        var dates = Schedule.Expand(Local(3, 4, 15), Local(3, 4, 16, 30), Schedule.NormaliseRule("RRULE:FREQ=MONTHLY;BYDAY=1WE;COUNT=4"), []);

        dates.Select(d => d.OccursOn).ShouldBe([new DateOnly(2026, 3, 4), new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 6), new DateOnly(2026, 6, 3)]);
        Schedule.Describe(Schedule.NormaliseRule("FREQ=MONTHLY;BYDAY=1WE;COUNT=4")).ShouldBe("monatlich am 1. mittwoch, 4 Termine");
    }

    [Fact]
    public void A_single_event_has_exactly_one_date()
    {
        var dates = Schedule.Expand(Local(5, 12, 10), Local(5, 12, 11, 30), null, []);

        dates.ShouldBe([new PlannedDate(new DateOnly(2026, 5, 12), Utc(5, 12, 8), Utc(5, 12, 9, 30))]);
    }

    [Fact]
    public void An_until_given_as_a_date_means_the_end_of_that_Berlin_day_written_in_UTC()
    {
        Schedule.NormaliseRule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630").ShouldBe("FREQ=WEEKLY;UNTIL=20260630T215959Z;BYDAY=TU");
        Schedule.Describe("FREQ=WEEKLY;UNTIL=20260630T215959Z;BYDAY=TU").ShouldBe("wöchentlich dienstags bis 30.06.2026");
    }

    [Theory]
    [InlineData("")]
    [InlineData("every tuesday")]
    [InlineData("FREQ=WEEKLY;BYDAY=XX;COUNT=3")]
    [InlineData("FREQ=WEEKLY;BYDAY=TU")]
    [InlineData("FREQ=HOURLY;COUNT=3")]
    [InlineData("FREQ=DAILY;BYHOUR=10,14;COUNT=4")]
    [InlineData("FREQ=DAILY;COUNT=201")]
    [InlineData("FREQ=WEEKLY;COUNT=3;UNTIL=20260630")]
    public void A_rule_that_is_no_valid_bounded_series_is_refused_on_the_rule(string rule) =>
        FieldOf(() => Schedule.Expand(Local(3, 3, 10), Local(3, 3, 12), Schedule.NormaliseRule(rule), [])).ShouldBe("recurrence.rule");

    [Fact]
    public void A_rule_with_more_than_two_hundred_dates_is_refused_on_the_rule()
    {
        var error = Should.Throw<ValidationFailedException>(() => Schedule.Expand(Local(3, 3, 10), Local(3, 3, 12), Schedule.NormaliseRule("FREQ=DAILY;UNTIL=20270630"), []));

        error.Errors.Keys.ShouldBe(["recurrence.rule"]);
        error.Errors["recurrence.rule"][0].ShouldContain("mehr als 200");
    }

    [Fact]
    public void A_rule_that_ends_before_it_starts_gives_no_date_and_is_refused_on_the_rule() =>
        FieldOf(() => Schedule.Expand(Local(3, 3, 10), Local(3, 3, 12), Schedule.NormaliseRule("FREQ=WEEKLY;UNTIL=20260201"), [])).ShouldBe("recurrence.rule");

    [Fact]
    public void A_rule_that_can_never_match_is_refused_on_the_rule() =>
        FieldOf(() => Schedule.Expand(Local(3, 3, 10), Local(3, 3, 12), Schedule.NormaliseRule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3"), [])).ShouldBe("recurrence.rule");

    [Fact]
    public void A_first_date_the_rule_does_not_give_is_refused_on_the_start()
    {
        // 2 March 2026 is a Monday; the series is on Tuesdays.
        var error = Should.Throw<ValidationFailedException>(() => Schedule.Expand(Local(3, 2, 10), Local(3, 2, 12), Schedule.NormaliseRule("FREQ=WEEKLY;BYDAY=TU;COUNT=4"), []));

        error.Errors.Keys.ShouldBe(["start"]);
        error.Errors["start"][0].ShouldContain("Montag, 2. März 2026");
    }

    [Fact]
    public void An_end_before_the_start_is_refused_on_the_end()
    {
        FieldOf(() => Schedule.Expand(Local(3, 3, 12), Local(3, 3, 10), null, [])).ShouldBe("end");
        FieldOf(() => Schedule.Expand(Local(3, 3, 12), Local(3, 3, 12), null, [])).ShouldBe("end");
        FieldOf(() => Schedule.Expand(Local(3, 3, 12), Local(3, 11, 12), null, [])).ShouldBe("end");
    }

    [Fact]
    public void An_exception_period_without_any_date_of_the_series_is_refused_on_that_exception()
    {
        var error = Should.Throw<ValidationFailedException>(() => TuesdayCourse(EasterHolidays, new ExceptionPeriod(new DateOnly(2025, 12, 22), new DateOnly(2026, 1, 2), "Weihnachtsferien")));

        error.Errors.Keys.ShouldBe(["recurrence.exceptions[1].from"]);
    }

    [Fact]
    public void An_exception_that_ends_before_it_begins_is_refused_on_its_end() =>
        FieldOf(() => TuesdayCourse(new ExceptionPeriod(new DateOnly(2026, 4, 7), new DateOnly(2026, 3, 23), "Osterferien"))).ShouldBe("recurrence.exceptions[0].to");

    [Fact]
    public void Exceptions_that_leave_out_every_date_are_refused() =>
        FieldOf(() => TuesdayCourse(new ExceptionPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 7, 1), "Umbau"))).ShouldBe("recurrence.exceptions");

    [Fact]
    public void The_excluded_starts_are_the_dates_the_rule_gives_inside_the_exception_periods() =>
        Schedule.ExcludedStarts(Local(3, 3, 10), Schedule.NormaliseRule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630"), [EasterHolidays])
            .ShouldBe([Local(3, 24, 10), Local(3, 31, 10), Local(4, 7, 10)]);
}
