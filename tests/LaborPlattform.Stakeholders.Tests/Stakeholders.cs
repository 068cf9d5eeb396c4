using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;

namespace LaborPlattform.Stakeholders.Tests;

/// <summary>Stakeholder data for tests, created through the API as a coordinator of the lab would.</summary>
public static class Stakeholders
{
    public static object OrganisationBody(string? name = null, string sector = "CivilSociety", string kind = "CommunityCentre", string municipalityKey = "04011000",
        bool premises = true, object[]? involvements = null, int version = 0) => new
    {
        name = name ?? UniqueName("Begegnungsstätte"),
        sector,
        kind,
        street = "Findorffstraße 108",
        postalCode = "28215",
        city = "Bremen",
        municipalityKey,
        website = "https://www.example.org",
        hasPublicPremises = premises,
        stepFreeAccess = true,
        accessibleToilet = true,
        hearingLoop = false,
        involvements = involvements ?? [new { role = "NetworkPartner", since = "2025-03-01" }],
        version,
    };

    public static string UniqueName(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task<Guid> CreateOrganisationAsync(this HttpClient client, Guid labId, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/labs/{labId}/organisations", body ?? OrganisationBody());
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<IdBody>())!.Id;
    }

    public static object OfferBody(Guid organisationId, Guid? venueId = null, bool published = true, string kind = "Course", string? title = null, int version = 0) => new
    {
        organisationId,
        title = title ?? UniqueName("Smartphone-Kurs"),
        description = "Wir erklären Ihnen Ihr Smartphone in Ruhe.",
        kind,
        audience = "Seniorinnen und Senioren",
        location = venueId is null ? "Phone" : "Venue",
        venueId,
        schedule = "dienstags 10 bis 12 Uhr",
        recurrence = "Weekly",
        isFree = true,
        fee = (decimal?)null,
        contactChannel = "Telefon 0421 0000-101",
        published,
        version,
    };

    public static async Task<Guid> CreateOfferAsync(this HttpClient client, Guid labId, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/labs/{labId}/offers", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<IdBody>())!.Id;
    }

    public static object ContactBody(string name, string? email = "person@example.org", string? phone = "0421 361-0", string preferredChannel = "Email",
        string legalBasis = "Consent", string? basisDate = "2025-03-01", string purpose = "Absprache von Kursterminen", int version = 0) => new
    {
        name,
        function = "Leitung",
        email,
        phone,
        preferredChannel,
        legalBasis,
        basisDate,
        purpose,
        version,
    };

    public static async Task<Guid> CreateContactAsync(this HttpClient client, Guid labId, Guid organisationId, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/labs/{labId}/organisations/{organisationId}/contact-persons", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<IdBody>())!.Id;
    }

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

    /// <summary>A lab with a coordinator client (the caller disposes it).</summary>
    public static async Task<(Guid LabId, HttpClient Coordinator)> LabWithCoordinatorAsync(this PlatformFactory platform)
    {
        var lab = await platform.CreateLabAsync();
        return (lab.Id, await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id));
    }

    public sealed record IdBody(Guid Id);
}
