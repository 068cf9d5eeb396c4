using LaborPlattform.Labs.Data;
using LaborPlattform.Labs.Domain;
using LaborPlattform.Shared.Errors;
using LaborPlattform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace LaborPlattform.Labs.Tests.Data;

/// <summary>
/// Two people save the same new entry at the same moment: both requests checked that it did not exist yet, the
/// database's unique rule refuses the second insert. The loser gets a conflict (409 / a message), not a server error.
/// </summary>
public sealed class DuplicateRaceTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_second_of_two_simultaneous_identical_entries_is_a_conflict_and_saves_nothing()
    {
        var name = $"Programm {Guid.NewGuid():N}";
        using var first = platform.Services.CreateScope();
        using var second = platform.Services.CreateScope();
        var firstDb = first.ServiceProvider.GetRequiredService<LabsDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<LabsDbContext>();
        (await firstDb.Programmes.AnyAsync(p => p.Name == name, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await secondDb.Programmes.AnyAsync(p => p.Name == name, TestContext.Current.CancellationToken)).ShouldBeFalse();

        firstDb.Programmes.Add(new Programme(Guid.CreateVersion7(), name, "zuerst", 2025, null));
        await firstDb.SaveChangesAsync(TestContext.Current.CancellationToken);
        secondDb.Programmes.Add(new Programme(Guid.CreateVersion7(), name, "gleichzeitig", 2025, null));
        var refused = await Should.ThrowAsync<ConflictException>(() => secondDb.SaveChangesAsync(TestContext.Current.CancellationToken));

        refused.Code.ShouldBe(ConflictException.DuplicateCode);
        refused.Message.ShouldContain("von jemand anderem gespeichert");
        using var check = platform.Services.CreateScope();
        var stored = await check.ServiceProvider.GetRequiredService<LabsDbContext>().Programmes
            .Where(p => p.Name == name).Select(p => p.Description).ToListAsync(TestContext.Current.CancellationToken);
        stored.ShouldBe(["zuerst"]);
    }
}
