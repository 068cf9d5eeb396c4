using System.Text.Json;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Workshops.Tests.Api;

/// <summary>The Workshops API is described in the platform's OpenAPI document.</summary>
public sealed class OpenApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_OpenAPI_document_describes_the_event_outcome_statistics_public_and_feed_endpoints()
    {
        using var anonymous = platform.CreateBrowserlikeClient();

        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = document.GetProperty("paths");
        foreach (var path in new[]
        {
            "/api/labs/{labId}/workshops", "/api/labs/{labId}/workshops/{workshopId}", "/api/labs/{labId}/occurrences",
            "/api/labs/{labId}/workshops/{workshopId}/occurrences/{occurrenceId}/outcome", "/api/labs/{labId}/workshops/{workshopId}/occurrences/{occurrenceId}/cancel",
            "/api/labs/{labId}/workshop-statistics", "/api/workshop-formats", "/api/public/events", "/veranstaltungen/kalender.ics",
        })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }

        var outcome = paths.GetProperty("/api/labs/{labId}/workshops/{workshopId}/occurrences/{occurrenceId}/outcome").GetProperty("put");
        outcome.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _).ShouldBeTrue("the outcome body is documented");
    }
}
