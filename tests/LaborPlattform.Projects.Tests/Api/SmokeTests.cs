using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Projects.Tests.Api;

public sealed class SmokeTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_coordinator_creates_a_sub_project_and_reads_it_back()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        s.Status.ShouldBe("Planned");
        s.StatusHistory.Count.ShouldBe(1);
        s.Municipalities.Single().Name.ShouldBe("Stadtgemeinde Bremen");
        (await coordinator.ChangeStatusAsync(s, "Running")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await coordinator.PostProgressAsync(s)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var dashboard = await coordinator.GetStringAsync($"/api/labs/{lab.Id}/subprojects");
        dashboard.ShouldContain(s.Title);
    }
}
