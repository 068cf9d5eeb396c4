using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace LaborPlattform.Reporting.Tests.Documents;

/// <summary>
/// Events of a lab for report tests, planned, cancelled and with their outcomes logged through the Workshops API as a
/// coordinator of the lab would. Every call asserts its success, so a test fails where its data did.
/// </summary>
internal sealed class WorkshopData(HttpClient client, Guid labId)
{
    private static readonly string[] Methods = ["Üben am eigenen Gerät"];

    public sealed record Date(Guid WorkshopId, Guid OccurrenceId, DateOnly OccursOn);

    public static object Address(string name, string city, string municipalityKey) => new
    {
        kind = "Address", name, street = "Kirchstraße 3", postalCode = "27568", city, municipalityKey,
    };

    public static object Online() => new { kind = "Online", onlineUrl = "https://konferenz.example.org/raum-42" };

    /// <summary>Plans an event (a series with <paramref name="rule"/>) and returns its dates.</summary>
    public async Task<IReadOnlyList<Date>> PlanAsync(
        string title, string format, string start, string end, object venue, bool isPublic = true, Guid? subProjectId = null, string? rule = null)
    {
        var response = await client.PostAsJsonAsync($"/api/labs/{labId}/workshops", new
        {
            title,
            format,
            methods = Methods,
            subProjectId,
            start,
            end,
            recurrence = rule is null ? null : new { rule, exceptions = Array.Empty<object>() },
            venue,
            isPublic,
            description = $"Beschreibung von {title}.",
            capacity = 30,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var workshop = await client.GetFromJsonAsync<JsonElement>($"/api/labs/{labId}/workshops/{id}");
        return workshop.GetProperty("occurrences").EnumerateArray()
            .Select(o => new Date(id, o.GetProperty("id").GetGuid(), DateOnly.Parse(o.GetProperty("occursOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    private string Url(Date date, string action) => $"/api/labs/{labId}/workshops/{date.WorkshopId}/occurrences/{date.OccurrenceId}/{action}";

    private async Task<int> VersionAsync(Date date)
    {
        var workshop = await client.GetFromJsonAsync<JsonElement>($"/api/labs/{labId}/workshops/{date.WorkshopId}");
        return workshop.GetProperty("occurrences").EnumerateArray().Single(o => o.GetProperty("id").GetGuid() == date.OccurrenceId).GetProperty("version").GetInt32();
    }

    public async Task CancelAsync(Date date, string reason)
    {
        var response = await client.PostAsJsonAsync(Url(date, "cancel"), new { version = await VersionAsync(date), reason });
        ((int)response.StatusCode).ShouldBeInRange(200, 299, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Logs an outcome: participants, optional age bands (under 30, 30–49, 50–69, 70+) and sectors, organisations.</summary>
    public async Task OutcomeAsync(
        Date date, int participants, int[]? ageBands = null, object? sectors = null, int? firstTimeDigitalUsers = null,
        Guid[]? organisations = null, int ideas = 0, string[]? decisions = null, object[]? followUps = null)
    {
        var response = await client.PutAsJsonAsync(Url(date, "outcome"), new
        {
            version = await VersionAsync(date),
            participants,
            ageBands = ageBands is null ? null : new { under30 = ageBands[0], from30To49 = ageBands[1], from50To69 = ageBands[2], age70AndOver = ageBands[3] },
            sectors,
            firstTimeDigitalUsers,
            organisationIds = organisations ?? [],
            ideasCollected = ideas,
            decisions = decisions ?? [],
            followUps = followUps ?? [],
            minutes = "Protokoll.",
        });
        ((int)response.StatusCode).ShouldBeInRange(200, 299, await response.Content.ReadAsStringAsync());
    }
}
