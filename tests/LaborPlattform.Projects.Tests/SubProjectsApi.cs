using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.ReadSubProjects;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Shouldly;

namespace LaborPlattform.Projects.Tests;

/// <summary>Sub-projects for tests, created through the API as a coordinator would.</summary>
internal static class SubProjectsApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Dictionary<string, object?> NewBody(string? title = null) => new()
    {
        ["title"] = title ?? $"Teilprojekt {Guid.NewGuid():N}"[..30],
        ["goal"] = "Ältere Menschen nutzen digitale Angebote sicher.",
        ["description"] = "Interne Beschreibung.",
        ["internalNotes"] = "Nur für das Labor: Ansprechpartner wechselt im Herbst.",
        ["targetGroups"] = new List<string> { "Senior:innen ab 70" },
        ["municipalityKeys"] = new List<string> { "04011000" },
        ["principles"] = new List<string> { "Participation", "Collaboration" },
        ["startDate"] = "2025-01-01",
        ["plannedEnd"] = "2027-12-31",
        ["isPublished"] = false,
    };

    /// <summary>A fresh lab with a coordinator client and one sub-project.</summary>
    public static async Task<(LabDto Lab, HttpClient Coordinator, SubProjectView SubProject)> LabWithSubProjectAsync(this PlatformFactory platform, Action<Dictionary<string, object?>>? change = null)
    {
        var lab = await platform.CreateLabAsync();
        var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var subProject = await coordinator.CreateSubProjectAsync(lab.Id, change);
        return (lab, coordinator, subProject);
    }

    public static async Task<SubProjectView> CreateSubProjectAsync(this HttpClient client, Guid labId, Action<Dictionary<string, object?>>? change = null)
    {
        var body = NewBody();
        change?.Invoke(body);
        var response = await client.PostAsJsonAsync($"/api/labs/{labId}/subprojects", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return await client.GetSubProjectAsync(labId, id);
    }

    /// <summary>An organisation involved in the lab, entered in the Stakeholders directory as a coordinator would.</summary>
    public static async Task<Guid> CreateLabOrganisationAsync(this HttpClient client, Guid labId, string name)
    {
        var response = await client.PostAsJsonAsync($"/api/labs/{labId}/organisations", new
        {
            name,
            sector = "CivilSociety",
            kind = "Association",
            street = "Am Markt 1",
            postalCode = "28195",
            city = "Bremen",
            municipalityKey = "04011000",
            hasPublicPremises = false,
            involvements = new[] { new { role = "NetworkPartner", since = "2025-01-01" } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<SubProjectView> GetSubProjectAsync(this HttpClient client, Guid labId, Guid id) =>
        (await client.GetFromJsonAsync<SubProjectView>($"/api/labs/{labId}/subprojects/{id}", Json))!;

    public static string Url(this SubProjectView s, string suffix = "") => $"/api/labs/{s.LabId}/subprojects/{s.Id}{suffix}";

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

    public static async Task<HttpResponseMessage> PostProgressAsync(this HttpClient client, SubProjectView s, int percent = 40, string light = "OnTrack", string? reason = null, string? reportedOn = null, string text = "Zwei Kurse mit 24 Teilnehmenden.") =>
        await client.PostAsJsonAsync(s.Url("/progress-updates"), new { reportedOn = reportedOn ?? "2025-06-01", text, percentComplete = percent, trafficLight = light, reason });

    public static async Task<HttpResponseMessage> ChangeStatusAsync(this HttpClient client, SubProjectView s, string status, string reason = "Es geht los.", int? version = null) =>
        await client.PostAsJsonAsync(s.Url("/status"), new { version = version ?? s.Version, status, reason });

    public static async Task<HttpResponseMessage> AddMilestoneAsync(this HttpClient client, SubProjectView s, string title, string dueDate, int? version = null) =>
        await client.PostAsJsonAsync(s.Url("/milestones"), new { version = version ?? s.Version, title, dueDate });

    public static async Task<HttpResponseMessage> AddIndicatorAsync(this HttpClient client, SubProjectView s, string name = "Kursteilnahmen 70+", string kind = "Cumulative", decimal baseline = 0, decimal target = 300, string unit = "Teilnahmen", int? version = null) =>
        await client.PostAsJsonAsync(s.Url("/indicators"), new { version = version ?? s.Version, name, unit, kind, baseline, target });

    public static async Task<HttpResponseMessage> ReadOnlyEditAsync(this HttpClient client, SubProjectView s, string title) =>
        await client.PutAsJsonAsync(s.Url(), EditBody(s, title));

    public static object EditBody(SubProjectView s, string? title = null, int? version = null, string? startDate = null, string? plannedEnd = null, bool? isPublished = null, string? publicSummary = null) => new
    {
        version = version ?? s.Version,
        title = title ?? s.Title,
        goal = s.Goal,
        description = s.Description,
        internalNotes = s.InternalNotes,
        themeIds = s.Themes.Select(t => t.Id),
        targetGroups = s.TargetGroups,
        municipalityKeys = s.Municipalities.Select(m => m.MunicipalityKey),
        principles = s.Principles,
        startDate = startDate ?? s.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        plannedEnd = plannedEnd ?? s.PlannedEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        isPublished = isPublished ?? s.IsPublished,
        publicSummary = publicSummary ?? s.PublicSummary,
        responsibleOrganisationIds = s.ResponsibleOrganisations.Select(o => o.Id),
    };
}
