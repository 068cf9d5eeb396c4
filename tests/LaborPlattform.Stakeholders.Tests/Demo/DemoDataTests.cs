using LaborPlattform.Shared.Demo;
using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Stakeholders.Demo;
using LaborPlattform.Stakeholders.ManageContactPersons;
using LaborPlattform.Stakeholders.ManageNetworks;
using LaborPlattform.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Demo;

/// <summary>The demo data the platform starts with in demo mode: the Digitalambulanzen network around the lab Bremen/Bremerhaven.</summary>
public sealed class DemoDataTests(DemoPlatformFactory platform) : IClassFixture<DemoPlatformFactory>
{
    private async Task<T> SendAsync<T>(IQuery<T> query)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    [Fact]
    public async Task The_Bremen_lab_has_the_Digitalambulanzen_network_with_a_realistic_set_of_partners_marked_as_demo_data()
    {
        var labId = await platform.LabIdAsync("bremen-bremerhaven");

        var organisations = await SendAsync(new GetLabOrganisations(labId));
        var networks = await SendAsync(new GetNetworks(labId));

        organisations.Count.ShouldBeInRange(12, 20);
        organisations.ShouldAllBe(o => o.Name.EndsWith("(Demo)", StringComparison.Ordinal));
        organisations.Select(o => o.Sector).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
        var network = networks.Single(n => n.Name == StakeholdersDemoData.NetworkName);
        network.Description.ShouldContain("Demodaten");
        network.CurrentMembers.ShouldBeGreaterThanOrEqualTo(10);
        network.Memberships.ShouldContain(m => m.LeftOn != null);
        (await SendAsync(new GetVenues(labId))).Count.ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public async Task The_demo_offers_cover_every_kind_and_place_and_name_no_private_person()
    {
        var labId = await platform.LabIdAsync("bremen-bremerhaven");

        var offers = await SendAsync(new GetPublishedSupportOffers(labId));

        offers.Select(o => o.Kind).Distinct().Count().ShouldBe(5);
        offers.Select(o => o.MunicipalityKey).Distinct().ShouldBe(["04011000", "04012000", "03356005"], ignoreOrder: true);
        offers.ShouldAllBe(o => o.ContactChannel.Contains("Demo-Nummer"));
        offers.ShouldNotContain(o => o.ContactChannel.Contains("Mustermann") || o.Description.Contains("Mustermann"));
        var findorff = (await SendAsync(new GetLabOrganisations(labId))).Single(o => o.Name.StartsWith("Begegnungsstätte Findorff", StringComparison.Ordinal));
        (await SendAsync(new GetContactPersons(labId, findorff.Id))).Single().LegalBasis.ShouldBe("Consent");
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var labId = await platform.LabIdAsync("bremen-bremerhaven");
        var before = (await SendAsync(new GetLabOrganisations(labId))).Count;

        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetServices<IDemoDataSeeder>().OfType<StakeholdersDemoData>().Single();
            seeder.Order.ShouldBeGreaterThan(20);
            await seeder.SeedAsync(CancellationToken.None);
        }

        (await SendAsync(new GetLabOrganisations(labId))).Count.ShouldBe(before);
        (await SendAsync(new GetNetworks(labId))).Count(n => n.Name == StakeholdersDemoData.NetworkName).ShouldBe(1);
    }
}
