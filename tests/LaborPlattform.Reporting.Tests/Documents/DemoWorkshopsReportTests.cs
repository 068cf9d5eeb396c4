using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Documents;
using LaborPlattform.Reporting.Domain;
using LaborPlattform.Reporting.Layout;
using LaborPlattform.Shared.Time;
using LaborPlattform.Testing;
using LaborPlattform.Workshops.Contracts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Documents;

/// <summary>The demo lab's progress report over the last three months shows the demo events, as the Workshops module counts them.</summary>
public sealed class DemoWorkshopsReportTests(DemoPlatformFactory demo) : IClassFixture<DemoPlatformFactory>
{
    private static string N(int value) => Berlin.FormatNumber(value);

    [Fact]
    public async Task The_demo_lab_report_shows_the_demo_events_and_lists_them_in_the_annex()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var lab = (await sender.Send(new GetLabBySlug("bremen-bremerhaven")))!;
        var asOf = demo.Time.GetUtcNow();
        var today = Berlin.Today(demo.Time);
        var period = ReportPeriod.Custom(today.AddMonths(-3), today);
        // Dates count as held once they began before the as-of instant: a demo date later today is still planned.
        var statistics = await sender.Send(new GetWorkshopStatistics([lab.Id], period.Start, period.End, BegunBefore: asOf));
        var dates = (await sender.Send(new GetLabWorkshopOccurrences(lab.Id, period.Start, period.End))).Occurrences;

        var document = await scope.ServiceProvider.GetRequiredService<ReportComposer>()
            .ComposeAsync(new ReportSpec(ReportTypes.LabProgress, lab.Id, lab.ProgrammeId, period, ReportAudiences.Ministry), asOf, CancellationToken.None);
        using var report = new PdfInspection(PdfReportRenderer.Render(document).Pdf);

        statistics.Events.ShouldBeGreaterThan(20, "the demo has three months of courses, talks and consultation hours");
        statistics.Participants.ShouldBeGreaterThan(100);
        var text = report.AllText;
        text.ShouldContain($"Das Labor hatte im Berichtszeitraum {period.DisplayName} {N(statistics.Events)} Veranstaltungstermine;");
        text.ShouldContain($"Veranstaltungstermine {N(statistics.Events)} davon öffentlich {N(statistics.PublicEvents)} davon Termine von Veranstaltungsreihen {N(statistics.SeriesEvents)} Veranstaltungsreihen {N(statistics.Series)}");
        text.ShouldContain($"Teilnehmende {N(statistics.Participants)} davon erstmals ein digitales Angebot genutzt {N(statistics.FirstTimeDigitalUsers)}");
        var age = statistics.ParticipantsByAgeBand;
        report.HexTextStrings.ShouldContain($"Balkendiagramm „Teilnehmende nach Altersgruppe“: unter 30: {N(age.Under30)} Teilnehmende; 30 bis 49: {N(age.From30To49)} Teilnehmende; 50 bis 69: {N(age.From50To69)} Teilnehmende; 70 und älter: {N(age.Age70AndOver)} Teilnehmende; ohne Angabe: {N(age.NotStated)} Teilnehmende.");
        text.ShouldContain($"Alle {N(dates.Count)} Termine der Veranstaltungen des Labors");
        foreach (var date in dates)
        {
            text.ShouldContain(Berlin.FormatDate(date.Date));
        }
    }
}
