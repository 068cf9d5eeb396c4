using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace LaborPlattform.Workshops.Tests;

/// <summary>Sub-projects and indicators of the Projects module, created through its API (a coordinator's client).</summary>
internal static class Projects
{
    public static async Task<Guid> CreateSubProjectAsync(this HttpClient coordinator, Guid labId, string title = "Smartphone-Schulungen")
    {
        var response = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/subprojects", new Dictionary<string, object?>
        {
            ["title"] = $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)],
            ["goal"] = "Ältere Menschen nutzen digitale Angebote sicher.",
            ["description"] = "Kurse in Begegnungsstätten.",
            ["internalNotes"] = string.Empty,
            ["targetGroups"] = new List<string> { "Senior:innen ab 70" },
            ["municipalityKeys"] = new List<string> { "04011000" },
            ["principles"] = new List<string> { "Participation" },
            ["startDate"] = "2025-01-01",
            ["plannedEnd"] = "2027-12-31",
            ["isPublished"] = false,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetSubProjectAsync(this HttpClient client, Guid labId, Guid subProjectId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/labs/{labId}/subprojects/{subProjectId}");

    public static async Task<Guid> AddIndicatorAsync(this HttpClient coordinator, Guid labId, Guid subProjectId, string name, string kind)
    {
        var version = (await coordinator.GetSubProjectAsync(labId, subProjectId)).GetProperty("version").GetInt32();
        var response = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/subprojects/{subProjectId}/indicators", new { version, name, unit = "Teilnahmen", kind, baseline = 0, target = 300 });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var indicators = (await coordinator.GetSubProjectAsync(labId, subProjectId)).GetProperty("indicators").EnumerateArray();
        return indicators.Single(i => i.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    /// <summary>The values recorded with an indicator: (day, value, source key).</summary>
    public static async Task<IReadOnlyList<(string MeasuredOn, decimal Value, string? Source)>> IndicatorValuesAsync(this HttpClient client, Guid labId, Guid subProjectId, Guid indicatorId)
    {
        var indicator = (await client.GetSubProjectAsync(labId, subProjectId)).GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("id").GetGuid() == indicatorId);
        return indicator.GetProperty("values").EnumerateArray()
            .Select(v => (v.GetProperty("measuredOn").GetString()!, v.GetProperty("value").GetDecimal(), v.GetProperty("source").GetString()))
            .ToList();
    }
}
