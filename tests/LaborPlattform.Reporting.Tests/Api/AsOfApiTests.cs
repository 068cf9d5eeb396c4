using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.ReadReports;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Api;

/// <summary>A platform of its own: the test moves its clock between two requests.</summary>
public sealed class AsOfPlatform : ReportingPlatform;

/// <summary>The as-of instant of a request: the same type, scope, period and as-of give the same bytes, however late they are asked for.</summary>
public sealed class AsOfApiTests(AsOfPlatform platform) : IClassFixture<AsOfPlatform>
{
    private static object LabReport(Guid labId, DateTimeOffset? asOf) => new
    {
        type = ReportTypes.LabProgress,
        labId,
        periodKind = ReportPeriodKinds.Quarter,
        year = 2026,
        quarter = 1,
        audience = ReportAudiences.Ministry,
        asOf,
    };

    private static async Task<byte[]> DownloadAsync(HttpClient client, ReportStatusDto report)
    {
        var response = await client.GetAsync(report.DownloadUrl);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(SHA256.HashData(pdf)).ShouldBe(report.Sha256, "the archive's checksum is the checksum of the downloaded bytes");
        return pdf;
    }

    [Fact]
    public async Task The_same_as_of_instant_gives_a_byte_identical_report_a_day_later()
    {
        var lab = await platform.CreateLabAsync();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var asOf = DateTimeOffset.Parse("2026-04-15T09:30:00+02:00", System.Globalization.CultureInfo.InvariantCulture);

        var first = await reviewer.WaitAsync((await reviewer.RequestAsync(LabReport(lab.Id, asOf))).Id);
        var firstPdf = await DownloadAsync(reviewer, first);
        platform.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(17));
        using var nextDay = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var second = await nextDay.WaitAsync((await nextDay.RequestAsync(LabReport(lab.Id, asOf))).Id);
        var secondPdf = await DownloadAsync(nextDay, second);
        var unpinned = await nextDay.WaitAsync((await nextDay.RequestAsync(LabReport(lab.Id, null))).Id);

        first.State.ShouldBe(ReportStates.Done, first.FailureReason);
        second.State.ShouldBe(ReportStates.Done, second.FailureReason);
        second.Id.ShouldNotBe(first.Id);
        first.DataAsOf.ShouldBe(asOf);
        second.DataAsOf.ShouldBe(asOf);
        secondPdf.ShouldBe(firstPdf);
        second.Sha256.ShouldBe(first.Sha256);
        using (var read = new PdfInspection(firstPdf))
        {
            read.Pages[0].ShouldContain("Datenstand 15.04.2026, 09:30 Uhr");
        }

        unpinned.DataAsOf.ShouldBe(platform.Time.GetUtcNow(), "without an as-of the data is read when the report is generated");
        unpinned.Sha256.ShouldNotBe(first.Sha256);
    }

    [Theory]
    [InlineData("2099-01-01T00:00:00Z", "in der Zukunft")]
    [InlineData("2025-12-31T22:59:59Z", "vor dem Beginn des Berichtszeitraums")]
    public async Task An_as_of_in_the_future_or_before_the_period_is_refused_and_nothing_is_created(string asOf, string message)
    {
        var lab = await platform.CreateLabAsync();
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);

        var response = await reviewer.PostAsJsonAsync("/api/reports", LabReport(lab.Id, DateTimeOffset.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
        errors.ShouldContainKey("asOf");
        errors["asOf"].ShouldHaveSingleItem().ShouldContain(message);
        (await reviewer.GetFromJsonAsync<List<ReportStatusDto>>("/api/reports"))!.ShouldNotContain(r => r.LabId == lab.Id);
    }
}
