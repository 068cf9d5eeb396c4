using LaborPlattform.Shared.Errors;
using LaborPlattform.Stakeholders.Common;
using LaborPlattform.Stakeholders.Data;
using LaborPlattform.Stakeholders.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Api;

public sealed class UniqueSaveTests(StakeholdersPlatform platform)
{
    [Fact]
    public async Task A_name_taken_between_the_check_and_the_save_becomes_a_field_error_and_nothing_is_saved()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var name = Stakeholders.UniqueName("Wettlauf");
        await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(name));
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StakeholdersDbContext>();
        // The second request passed its uniqueness check before the first one saved: only the database notices.
        var late = new Organisation(Guid.CreateVersion7(), new OrganisationDetails(name.ToLowerInvariant(), Sector.CivilSociety, OrganisationKind.Association,
            "Weg 1", "28195", "Bremen", "04011000", null, false, false, false, false), DateTimeOffset.UtcNow);
        late.SetInvolvements(labId, [new InvolvementDetails(InvolvementRole.NetworkPartner, new DateOnly(2025, 1, 1), null)]);
        db.Organisations.Add(late);
        var normalized = late.NormalizedName;

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => db.SaveAsync(
            () => db.Organisations.AsNoTracking().AnyAsync(o => o.NormalizedName == normalized && o.Id != late.Id),
            "name",
            "Es gibt bereits eine Organisation mit diesem Namen.",
            CancellationToken.None));

        refused.Errors.ShouldContainKey("name");
        await using var check = platform.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<StakeholdersDbContext>().Organisations.CountAsync(o => o.NormalizedName == normalized)).ShouldBe(1);
    }
}
