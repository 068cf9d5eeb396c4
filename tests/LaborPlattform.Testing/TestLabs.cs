using System.Net.Http.Json;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace LaborPlattform.Testing;

/// <summary>Labs for tests, created the way an administrator would: through the API.</summary>
public static class TestLabs
{
    public static readonly Guid RegionalLabsProgramme = new("0199a1f0-0000-7000-8000-000000000001");

    public static async Task<LabDto> CreateLabAsync(this PlatformFactory factory, string? name = null)
    {
        using var admin = await factory.ClientAsAsync(Roles.Administrator);
        var body = new Dictionary<string, object?>
        {
            ["name"] = name ?? $"Testlabor {Guid.NewGuid():N}"[..30],
            ["shortDescription"] = "Ein Labor für Tests.",
            ["federalStateCode"] = "HB",
            ["programmeId"] = RegionalLabsProgramme,
            ["fundingStart"] = "2025-01-01",
            ["fundingEnd"] = "2027-12-31",
            ["municipalities"] = new[]
            {
                new { municipalityKey = "04011000", name = "Stadtgemeinde Bremen", kind = "CityState", role = "Lead" },
                new { municipalityKey = "04012000", name = "Stadt Bremerhaven", kind = "City", role = "Partner" },
            },
        };
        var response = await admin.PostAsJsonAsync("/api/labs", body);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<IdBody>();
        return (await admin.GetFromJsonAsync<LabDto>($"/api/labs/{created!.Id}"))!;
    }

    private sealed record IdBody(Guid Id);
}

public static class DemoLabs
{
    /// <summary>The id of a demo lab by its URL name (demo factories only).</summary>
    public static async Task<Guid> LabIdAsync(this PlatformFactory factory, string slug)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<Mediator.ISender>();
        var lab = await sender.Send(new GetLabBySlug(slug));
        return lab?.Id ?? throw new InvalidOperationException($"No demo lab '{slug}'.");
    }

    /// <summary>The id of a partner university of a demo lab.</summary>
    public static async Task<Guid> UniversityIdAsync(this PlatformFactory factory, string slug, string university)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<Mediator.ISender>();
        var lab = await sender.Send(new GetLabBySlug(slug)) ?? throw new InvalidOperationException($"No demo lab '{slug}'.");
        return lab.Universities.Single(u => u.Name == university).Id;
    }
}
