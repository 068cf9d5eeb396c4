using LaborPlattform.Workshops.Domain;
using LaborPlattform.Workshops.ReadWorkshops;
using LaborPlattform.Workshops.SaveWorkshop;
using Shouldly;
using Xunit;

namespace LaborPlattform.Workshops.Tests.SaveWorkshop;

/// <summary>The form's way of asking for dates (date, times, a repetition choice, exception lines) and its translation to the command's schedule.</summary>
public sealed class ScheduleFormTests
{
    private static WorkshopForm Tuesday(string repeat = ScheduleForm.Once, DateOnly? until = null) => new()
    {
        Date = new DateOnly(2026, 3, 3),
        StartTime = new TimeOnly(10, 0),
        EndTime = new TimeOnly(12, 0),
        Repeat = repeat,
        Until = until,
    };

    [Fact]
    public void A_single_date_becomes_start_and_end_in_Berlin_wall_clock_time_without_recurrence()
    {
        var reading = ScheduleForm.Read(Tuesday());

        reading.IsReadable.ShouldBeTrue();
        reading.Start.ShouldBe("2026-03-03T10:00");
        reading.End.ShouldBe("2026-03-03T12:00");
        reading.Recurrence.ShouldBeNull();
    }

    [Fact]
    public void An_event_over_several_days_ends_on_its_end_date()
    {
        var form = Tuesday();
        form.EndDate = new DateOnly(2026, 3, 4);

        ScheduleForm.Read(form).End.ShouldBe("2026-03-04T12:00");
    }

    [Theory]
    [InlineData(ScheduleForm.Weekly, "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630")]
    [InlineData(ScheduleForm.Fortnightly, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260630")]
    [InlineData(ScheduleForm.Monthly, "FREQ=MONTHLY;BYDAY=1TU;UNTIL=20260630")]
    [InlineData(ScheduleForm.Daily, "FREQ=DAILY;UNTIL=20260630")]
    public void A_repetition_choice_becomes_an_RRULE_on_the_weekday_of_the_first_date(string repeat, string rule) =>
        ScheduleForm.Read(Tuesday(repeat, new DateOnly(2026, 6, 30))).Recurrence!.Rule.ShouldBe(rule);

    [Fact]
    public void Chosen_weekdays_are_listed_in_week_order()
    {
        var form = Tuesday(ScheduleForm.Weekly, new DateOnly(2026, 6, 30));
        form.Weekdays = ["TH", "TU"];

        ScheduleForm.Read(form).Recurrence!.Rule.ShouldBe("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260630");
    }

    [Fact]
    public void The_fifth_weekday_of_a_month_repeats_as_the_last_one()
    {
        var form = Tuesday(ScheduleForm.Monthly, new DateOnly(2026, 12, 31));
        form.Date = new DateOnly(2026, 3, 31);

        ScheduleForm.Read(form).Recurrence!.Rule.ShouldBe("FREQ=MONTHLY;BYDAY=-1TU;UNTIL=20261231");
    }

    [Fact]
    public void A_custom_rule_is_taken_as_entered()
    {
        var form = Tuesday(ScheduleForm.Custom);
        form.Rule = "FREQ=WEEKLY;COUNT=4";

        ScheduleForm.Read(form).Recurrence!.Rule.ShouldBe("FREQ=WEEKLY;COUNT=4");
    }

    [Fact]
    public void Missing_date_times_and_end_of_a_series_are_named_by_their_form_fields()
    {
        var form = new WorkshopForm { Repeat = ScheduleForm.Weekly };

        ScheduleForm.Read(form).Errors.Select(e => e.Field).ShouldBe([nameof(WorkshopForm.Date), nameof(WorkshopForm.StartTime), nameof(WorkshopForm.EndTime)]);
        ScheduleForm.Read(Tuesday(ScheduleForm.Weekly)).Errors.Single().Field.ShouldBe(nameof(WorkshopForm.Until));
    }

    [Fact]
    public void Exception_lines_are_single_days_or_periods_with_a_label()
    {
        var form = Tuesday(ScheduleForm.Weekly, new DateOnly(2026, 6, 30));
        form.Exceptions = "30.03.2026 – 10.04.2026 Osterferien\n2026-05-01 Maifeiertag\n14.5.2026 bis 15.5.2026";

        ScheduleForm.Read(form).Recurrence!.Exceptions.ShouldBe([
            new ExceptionInput(new DateOnly(2026, 3, 30), new DateOnly(2026, 4, 10), "Osterferien"),
            new ExceptionInput(new DateOnly(2026, 5, 1), null, "Maifeiertag"),
            new ExceptionInput(new DateOnly(2026, 5, 14), new DateOnly(2026, 5, 15), string.Empty),
        ]);
    }

    [Fact]
    public void An_unreadable_exception_line_is_named_by_its_number()
    {
        var form = Tuesday(ScheduleForm.Weekly, new DateOnly(2026, 6, 30));
        form.Exceptions = "30.03.2026 Osterferien\nnach Ostern";

        var error = ScheduleForm.Read(form).Errors.Single();

        error.Field.ShouldBe(nameof(WorkshopForm.Exceptions));
        error.Message.ShouldStartWith("Zeile 2 ist nicht lesbar.");
    }

    [Theory]
    [InlineData(ScheduleForm.Weekly)]
    [InlineData(ScheduleForm.Fortnightly)]
    [InlineData(ScheduleForm.Monthly)]
    [InlineData(ScheduleForm.Daily)]
    public void A_saved_series_fills_the_same_choice_again(string repeat)
    {
        var entered = Tuesday(repeat, new DateOnly(2026, 6, 30));
        entered.Weekdays = repeat is ScheduleForm.Weekly or ScheduleForm.Fortnightly ? ["TU", "TH"] : [];
        var saved = Schedule.NormaliseRule(ScheduleForm.Read(entered).Recurrence!.Rule);

        var form = new WorkshopForm();
        ScheduleForm.Fill(form, Saved(saved));

        (form.Repeat, form.Until, form.Rule, form.Date, form.StartTime, form.EndTime).ShouldBe((repeat, new DateOnly(2026, 6, 30), (string?)null, entered.Date, entered.StartTime, entered.EndTime));
        form.Weekdays.ShouldBe(entered.Weekdays);
    }

    [Fact]
    public void A_rule_the_choices_cannot_express_is_filled_as_a_custom_rule()
    {
        var form = new WorkshopForm();
        ScheduleForm.Fill(form, Saved("FREQ=WEEKLY;BYDAY=TU;COUNT=6"));

        (form.Repeat, form.Rule, form.Until).ShouldBe((ScheduleForm.Custom, "FREQ=WEEKLY;BYDAY=TU;COUNT=6", (DateOnly?)null));
    }

    private static WorkshopView Saved(string rule) => new(
        Guid.NewGuid(), Guid.NewGuid(), null, "Smartphone-Kurs", "Course", "Kurs", [], "2026-03-03T10:00", "2026-03-03T12:00",
        DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, new RecurrenceView(rule, null, []),
        new VenueView("Online", null, "Online", string.Empty, string.Empty, string.Empty, string.Empty, "https://example.org", null, null, null),
        [], [], true, "Beschreibung", null, string.Empty, string.Empty, null, [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1);
}
