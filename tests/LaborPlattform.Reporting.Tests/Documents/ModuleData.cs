using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace LaborPlattform.Reporting.Tests.Documents;

/// <summary>
/// Sub-projects, organisations and networks for report tests, entered through the Projects and Stakeholders APIs as a
/// coordinator of the lab would enter them. Every call asserts its success, so a test fails where its data did.
/// </summary>
internal sealed class ModuleData(HttpClient client, Guid labId)
{
    private static readonly string[] TargetGroups = ["Senior:innen ab 70"];
    private static readonly string[] Principles = ["Participation", "Collaboration"];

    public Guid LabId => labId;

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task SucceededAsync(HttpResponseMessage response)
    {
        ((int)response.StatusCode).ShouldBeInRange(200, 299, await response.Content.ReadAsStringAsync());
    }

    private string SubProjectUrl(Guid id, string suffix = "") => $"/api/labs/{labId}/subprojects/{id}{suffix}";

    private async Task<int> VersionAsync(string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("version").GetInt32();

    public async Task<Guid> SubProjectAsync(
        string title, string start, string plannedEnd, Guid[] themes, string[] municipalityKeys, Guid[]? responsibleOrganisations = null) =>
        await CreatedIdAsync(await client.PostAsJsonAsync($"/api/labs/{labId}/subprojects", new
        {
            title,
            goal = $"Ziel von {title}.",
            description = $"Beschreibung von {title}.",
            internalNotes = "Nur intern.",
            themeIds = themes,
            targetGroups = TargetGroups,
            municipalityKeys,
            principles = Principles,
            startDate = start,
            plannedEnd,
            isPublished = false,
            publicSummary = (string?)null,
            responsibleOrganisationIds = responsibleOrganisations ?? [],
        }));

    public async Task StatusAsync(Guid subProject, string status, string reason) =>
        await SucceededAsync(await client.PostAsJsonAsync(SubProjectUrl(subProject, "/status"), new { version = await VersionAsync(SubProjectUrl(subProject)), status, reason }));

    public async Task ProgressAsync(Guid subProject, string reportedOn, int percent, string light, string text, string? reason = null) =>
        await CreatedIdAsync(await client.PostAsJsonAsync(SubProjectUrl(subProject, "/progress-updates"), new { reportedOn, text, percentComplete = percent, trafficLight = light, reason }));

    public async Task MilestoneAsync(Guid subProject, string title, string dueDate, string? completedOn = null)
    {
        var id = await CreatedIdAsync(await client.PostAsJsonAsync(SubProjectUrl(subProject, "/milestones"), new { version = await VersionAsync(SubProjectUrl(subProject)), title, dueDate }));
        if (completedOn is not null)
        {
            await SucceededAsync(await client.PostAsJsonAsync(SubProjectUrl(subProject, $"/milestones/{id}/complete"), new { version = await VersionAsync(SubProjectUrl(subProject)), completedOn }));
        }
    }

    public async Task IndicatorAsync(Guid subProject, string name, string unit, string kind, decimal baseline, decimal target, params (string MeasuredOn, decimal Value)[] values)
    {
        var id = await CreatedIdAsync(await client.PostAsJsonAsync(SubProjectUrl(subProject, "/indicators"), new { version = await VersionAsync(SubProjectUrl(subProject)), name, unit, kind, baseline, target }));
        foreach (var (measuredOn, value) in values)
        {
            await CreatedIdAsync(await client.PostAsJsonAsync(SubProjectUrl(subProject, $"/indicators/{id}/values"), new { measuredOn, value, note = "Messung" }));
        }
    }

    public async Task LessonAsync(Guid subProject, string recordedOn, string whatWorked, string whatDidNotWork, string advice) =>
        await CreatedIdAsync(await client.PostAsJsonAsync(SubProjectUrl(subProject, "/lessons"), new
        {
            version = await VersionAsync(SubProjectUrl(subProject)), recordedOn, whatWorked, whatDidNotWork, adviceForOthers = advice,
        }));

    public async Task TransferAsync(Guid subProject, string municipalityKey, string municipalityName, string adoptedOn, string note) =>
        await CreatedIdAsync(await client.PostAsJsonAsync(SubProjectUrl(subProject, "/transfers"), new
        {
            version = await VersionAsync(SubProjectUrl(subProject)), municipalityKey, municipalityName, adoptedOn, note,
        }));

    public async Task<Guid> OrganisationAsync(string name, string sector, string kind, string role, string since, string? until = null) =>
        await CreatedIdAsync(await client.PostAsJsonAsync($"/api/labs/{labId}/organisations", new
        {
            name,
            sector,
            kind,
            street = "Am Delft 1",
            postalCode = "26721",
            city = "Emden",
            municipalityKey = "03402000",
            website = (string?)null,
            hasPublicPremises = false,
            stepFreeAccess = false,
            accessibleToilet = false,
            hearingLoop = false,
            involvements = new[] { new { role, since, until } },
        }));

    public async Task<Guid> NetworkAsync(string name) =>
        await CreatedIdAsync(await client.PostAsJsonAsync($"/api/labs/{labId}/networks", new { name, description = $"Das Netzwerk {name}." }));

    public async Task MemberAsync(Guid network, Guid organisation, string joinedOn, string? leftOn = null) =>
        await CreatedIdAsync(await client.PostAsJsonAsync($"/api/labs/{labId}/networks/{network}/memberships", new
        {
            version = await VersionAsync($"/api/labs/{labId}/networks/{network}"), organisationId = organisation, joinedOn, leftOn,
        }));
}
