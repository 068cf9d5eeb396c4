using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Time;
using LaborPlattform.Testing;
using LaborPlattform.Workshops.ReadWorkshops;
using Shouldly;

namespace LaborPlattform.Workshops.Tests;

/// <summary>Labs, venues and events for tests, created through the API as a coordinator or municipal staff would.</summary>
internal static class WorkshopsApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A Berlin wall-clock time <paramref name="days"/> days from the platform's today, as the API expects it.</summary>
    public static string LocalAt(this PlatformFactory platform, int days, int hour, int minute = 0) =>
        Berlin.Today(platform.Time).AddDays(days).ToDateTime(new TimeOnly(hour, minute)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string Day(this PlatformFactory platform, int days) =>
        Berlin.Today(platform.Time).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Dictionary<string, object?> Body(string start, string end, object venue, string? title = null, bool isPublic = true) => new()
    {
        ["title"] = title ?? $"Smartphone-Kurs {Guid.NewGuid():N}"[..30],
        ["format"] = "Course",
        ["methods"] = new[] { "Üben am eigenen Gerät" },
        ["start"] = start,
        ["end"] = end,
        ["venue"] = venue,
        ["isPublic"] = isPublic,
        ["description"] = "Wir zeigen Ihnen in Ruhe, wie Ihr Smartphone funktioniert. Sie brauchen keine Vorkenntnisse.",
        ["capacity"] = 12,
        ["registration"] = "Anmeldung unter Telefon 0421 0000-101 (Demo-Nummer).",
        ["accessibilityNotes"] = "Große Schrift auf den Handouts.",
    };

    public static object AtVenue(Guid venueId) => new { kind = "Organisation", organisationId = venueId };

    public static object AtAddress(string municipalityKey = "04012000") => new
    {
        kind = "Address",
        name = "Gemeindehaus St. Petri",
        street = "Kirchstraße 3",
        postalCode = "27568",
        city = "Bremerhaven",
        municipalityKey,
    };

    public static object Online(string url = "https://konferenz.example.org/raum-42") => new { kind = "Online", onlineUrl = url };

    public sealed record Lab(Guid Id, string Slug, HttpClient Coordinator, Guid VenueId, Guid OrganisationId);

    /// <summary>A fresh lab with a coordinator client, a venue (community centre in Bremen) and one organisation without premises.</summary>
    public static async Task<Lab> LabWithVenueAsync(this PlatformFactory platform)
    {
        var lab = await platform.CreateLabAsync();
        var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var venue = await coordinator.CreateOrganisationAsync(lab.Id, $"Begegnungsstätte {Guid.NewGuid():N}"[..28], premises: true);
        var organisation = await coordinator.CreateOrganisationAsync(lab.Id, $"Digital-Lotsen {Guid.NewGuid():N}"[..26], premises: false);
        return new Lab(lab.Id, lab.Slug, coordinator, venue, organisation);
    }

    public static async Task<Guid> CreateOrganisationAsync(this HttpClient client, Guid labId, string name, bool premises)
    {
        var response = await client.PostAsJsonAsync($"/api/labs/{labId}/organisations", new
        {
            name,
            sector = "CivilSociety",
            kind = premises ? "CommunityCentre" : "Association",
            street = "Findorffstraße 108",
            postalCode = "28215",
            city = "Bremen",
            municipalityKey = "04011000",
            website = (string?)null,
            hasPublicPremises = premises,
            stepFreeAccess = true,
            accessibleToilet = true,
            hearingLoop = false,
            involvements = new[] { new { role = "NetworkPartner", since = "2025-03-01" } },
            version = 0,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> PostWorkshopAsync(this HttpClient client, Guid labId, Dictionary<string, object?> body) =>
        await client.PostAsJsonAsync($"/api/labs/{labId}/workshops", body);

    public static async Task<WorkshopView> CreateWorkshopAsync(this HttpClient client, Guid labId, Dictionary<string, object?> body)
    {
        var response = await client.PostWorkshopAsync(labId, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return await client.GetWorkshopAsync(labId, id);
    }

    public static async Task<WorkshopView> GetWorkshopAsync(this HttpClient client, Guid labId, Guid id)
    {
        var response = await client.GetAsync($"/api/labs/{labId}/workshops/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<WorkshopView>(Json))!;
    }

    public static string OutcomeUrl(this WorkshopView w, OccurrenceView o) => $"/api/labs/{w.LabId}/workshops/{w.Id}/occurrences/{o.Id}/outcome";

    public static string OccurrenceUrl(this WorkshopView w, OccurrenceView o, string action) => $"/api/labs/{w.LabId}/workshops/{w.Id}/occurrences/{o.Id}/{action}";

    public static async Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, string json) =>
        await client.PutAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public static async Task<Dictionary<string, string[]>> ErrorsOf(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    public static async Task<string> ConflictCodeOf(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }
}
