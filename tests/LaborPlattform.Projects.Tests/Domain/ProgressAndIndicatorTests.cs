using LaborPlattform.Projects.Domain;
using LaborPlattform.Shared.Errors;
using Shouldly;
using Xunit;
using static LaborPlattform.Projects.Tests.Domain.DomainFactory;

namespace LaborPlattform.Projects.Tests.Domain;

public sealed class ProgressAndIndicatorTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_percent_complete_outside_0_to_100_is_refused(int percent)
    {
        var s = Running();

        Should.Throw<ValidationFailedException>(() => s.ReportProgress(Today, "Text", percent, TrafficLight.OnTrack, null, Created, Kim, Today))
            .Errors.ShouldContainKey("percentComplete");
    }

    [Theory]
    [InlineData("AtRisk")]
    [InlineData("Critical")]
    public void A_traffic_light_that_is_not_on_track_needs_a_reason(string lightName)
    {
        var light = Enum.Parse<TrafficLight>(lightName);
        var s = Running();

        Should.Throw<ValidationFailedException>(() => s.ReportProgress(Today, "Text", 40, light, "  ", Created, Kim, Today))
            .Errors.ShouldContainKey("reason");
        s.ReportProgress(Today, "Text", 40, light, "Referentin fällt aus", Created, Kim, Today).Reason.ShouldBe("Referentin fällt aus");
    }

    [Fact]
    public void An_update_on_track_drops_a_reason_sent_along()
    {
        var update = Running().ReportProgress(Today, "Text", 40, TrafficLight.OnTrack, "übrig", Created, Kim, Today);

        update.Reason.ShouldBeEmpty();
    }

    [Fact]
    public void A_progress_update_cannot_report_on_a_day_still_ahead()
    {
        Should.Throw<ValidationFailedException>(() => Running().ReportProgress(Today.AddDays(1), "Text", 40, TrafficLight.OnTrack, null, Created, Kim, Today))
            .Errors.ShouldContainKey("reportedOn");
    }

    [Fact]
    public void A_snapshot_indicator_counts_its_latest_reading()
    {
        var s = Running();
        var partners = s.AddIndicator(new IndicatorDefinition("Partnerorganisationen", "Organisationen", IndicatorKind.Snapshot, 0, 40));
        var values = new[]
        {
            s.RecordValue(partners.Id, new DateOnly(2026, 3, 1), 31, null, null, Created, Kim, Today),
            s.RecordValue(partners.Id, new DateOnly(2025, 6, 1), 14, null, null, Created.AddDays(90), Kim, Today),
        };

        var current = Attainment.CurrentValue(partners.Kind, partners.Baseline, values);

        current.ShouldBe(31);
        Attainment.Percent(0, 40, current).ShouldBe(77.5m);
        Attainment.CurrentValue(partners.Kind, partners.Baseline, values, asOf: new DateOnly(2025, 12, 31)).ShouldBe(14);
    }

    [Fact]
    public void A_cumulative_indicator_adds_its_values_to_the_baseline()
    {
        var s = Running();
        var participations = s.AddIndicator(new IndicatorDefinition("Kursteilnahmen 70+", "Teilnahmen", IndicatorKind.Cumulative, 0, 300));
        decimal[] amounts = [120m, 60m, 30m];
        var values = amounts
            .Select((v, i) => s.RecordValue(participations.Id, new DateOnly(2026, 1 + i, 1), v, null, null, Created, Kim, Today))
            .ToList();

        var current = Attainment.CurrentValue(participations.Kind, participations.Baseline, values);

        current.ShouldBe(210);
        Attainment.Percent(0, 300, current).ShouldBe(70m);
        Attainment.CurrentValue(participations.Kind, 0, values, asOf: new DateOnly(2026, 2, 15)).ShouldBe(180);
    }

    [Fact]
    public void Attainment_works_for_a_figure_that_should_fall_and_may_exceed_100_percent()
    {
        Attainment.Percent(baseline: 30, target: 10, current: 20).ShouldBe(50m);
        Attainment.Percent(baseline: 0, target: 2000, current: 2150).ShouldBe(107.5m);
        Attainment.Percent(baseline: 0, target: 300, current: null).ShouldBeNull();
    }

    [Fact]
    public void Without_values_there_is_no_current_value()
    {
        Attainment.CurrentValue(IndicatorKind.Cumulative, 0, []).ShouldBeNull();
    }

    [Fact]
    public void A_target_equal_to_the_baseline_is_refused()
    {
        Should.Throw<ValidationFailedException>(() => Running().AddIndicator(new IndicatorDefinition("Kurse", "Kurse", IndicatorKind.Cumulative, 5, 5)))
            .Errors.ShouldContainKey("target");
    }

    [Fact]
    public void A_measured_value_cannot_lie_in_the_future_and_a_cumulative_value_cannot_be_negative()
    {
        var s = Running();
        var indicator = s.AddIndicator(new IndicatorDefinition("Kursteilnahmen 70+", "Teilnahmen", IndicatorKind.Cumulative, 0, 300));

        Should.Throw<ValidationFailedException>(() => s.RecordValue(indicator.Id, Today.AddDays(1), 5, null, null, Created, Kim, Today))
            .Errors.ShouldContainKey("measuredOn");
        Should.Throw<ValidationFailedException>(() => s.RecordValue(indicator.Id, Today, -5, null, null, Created, Kim, Today))
            .Errors.ShouldContainKey("value");
    }

    [Fact]
    public void Two_indicators_of_one_sub_project_cannot_share_a_name()
    {
        var s = Running();
        s.AddIndicator(new IndicatorDefinition("Kursteilnahmen 70+", "Teilnahmen", IndicatorKind.Cumulative, 0, 300));

        Should.Throw<ValidationFailedException>(() => s.AddIndicator(new IndicatorDefinition("kursteilnahmen 70+", "Teilnahmen", IndicatorKind.Snapshot, 0, 10)))
            .Errors.ShouldContainKey("name");
    }

    [Fact]
    public void A_transfer_to_a_participating_municipality_or_the_same_municipality_twice_is_refused()
    {
        var s = Running();
        s.AddTransfer("03401000", "Stadt Delmenhorst", new DateOnly(2026, 5, 1), null, Today);

        Should.Throw<ValidationFailedException>(() => s.AddTransfer("03401000", "Delmenhorst", new DateOnly(2026, 5, 2), null, Today))
            .Errors.ShouldContainKey("municipalityKey");
        Should.Throw<ValidationFailedException>(() => s.AddTransfer("04011000", "Bremen", new DateOnly(2026, 5, 2), null, Today))
            .Errors.ShouldContainKey("municipalityKey");
        s.Transfers.ShouldHaveSingleItem();
    }
}
