using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Documents;
using LaborPlattform.Reporting.Domain;
using Shouldly;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Domain;

public sealed class ScheduleAndPeriodTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-10-01", "2026-10-01")] // Thursday
    [InlineData("2027-01-01", "2027-01-04")] // New Year on Friday, then the weekend
    [InlineData("2024-04-01", "2024-04-02")] // Easter Monday
    [InlineData("2029-04-01", "2029-04-03")] // Easter Sunday, then Easter Monday
    [InlineData("2022-10-01", "2022-10-04")] // Saturday, Sunday, then German Unity Day
    [InlineData("2026-07-01", "2026-07-01")]
    [InlineData("2028-01-01", "2028-01-03")] // Saturday
    public void The_first_working_day_of_a_quarter_skips_weekends_and_nationwide_holidays(string quarterStart, string expected)
    {
        WorkingDays.FirstWorkingDayOfQuarter(D(quarterStart)).ShouldBe(D(expected));
        WorkingDays.FirstWorkingDayOfQuarter(D(quarterStart).AddDays(20)).ShouldBe(D(expected));
    }

    [Theory]
    [InlineData("2026-04-05", "2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25")]
    [InlineData("2027-03-28", "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17")]
    public void Easter_and_the_holidays_that_depend_on_it_are_known(string easter, string goodFriday, string easterMonday, string ascension, string whitMonday)
    {
        var year = D(easter).Year;
        WorkingDays.EasterSunday(year).ShouldBe(D(easter));
        foreach (var holiday in new[] { goodFriday, easterMonday, ascension, whitMonday })
        {
            WorkingDays.IsNationwideHoliday(D(holiday)).ShouldBeTrue(holiday);
        }

        WorkingDays.IsNationwideHoliday(new DateOnly(year, 10, 31)).ShouldBeFalse("Reformation Day is a holiday in some states only");
    }

    [Fact]
    public void Periods_have_labels_for_file_names_and_German_names_for_people()
    {
        ReportPeriod.Quarter(2026, 3).ShouldBe(new ReportPeriod(ReportPeriodKinds.Quarter, new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)));
        ReportPeriod.Quarter(2026, 3).Label.ShouldBe("2026-Q3");
        ReportPeriod.Quarter(2026, 3).DisplayName.ShouldBe("3. Quartal 2026");
        ReportPeriod.HalfYear(2026, 2).Label.ShouldBe("2026-H2");
        ReportPeriod.HalfYear(2026, 2).End.ShouldBe(new DateOnly(2026, 12, 31));
        ReportPeriod.Year(2025).DisplayName.ShouldBe("Jahr 2025");
        ReportPeriod.Custom(new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 31)).Label.ShouldBe("2026-01-15_2026-03-31");
        ReportPeriod.Custom(new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 31)).DisplayName.ShouldBe("15.01.2026 – 31.03.2026");
        ReportPeriod.QuarterBefore(new DateOnly(2026, 10, 1)).ShouldBe(ReportPeriod.Quarter(2026, 3));
        ReportPeriod.QuarterBefore(new DateOnly(2027, 2, 10)).ShouldBe(ReportPeriod.Quarter(2026, 4));
    }

    [Theory]
    [InlineData("Bremen/Bremerhaven", "Fortschrittsbericht_Bremen-Bremerhaven_2026-Q3.pdf")]
    [InlineData("Städte & Gemeinden: Süd/Ost ", "Fortschrittsbericht_Staedte-Gemeinden-Sued-Ost_2026-Q3.pdf")]
    [InlineData("../../etc/passwd", "Fortschrittsbericht_etc-passwd_2026-Q3.pdf")]
    [InlineData("„“", "Fortschrittsbericht_Bericht_2026-Q3.pdf")]
    public void File_names_are_safe_and_readable(string scope, string expected) =>
        ReportTexts.FileName(ReportTypes.LabProgress, scope, ReportPeriod.Quarter(2026, 3)).ShouldBe(expected);
}
