using System.Net;
using System.Net.Http.Json;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Auditing;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace LaborPlattform.Host.Tests;

public sealed class AuditTrailTests(PlatformFactory platform)
{
    private async Task<List<AuditEntry>> EntriesAsync(string module, string entityId)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetServices<IAuditSource>().Single(s => s.Module == module);
        return await source.Entries.Where(e => e.EntityId == entityId).OrderBy(e => e.Id).ToListAsync();
    }

    [Fact]
    public async Task An_edit_is_recorded_with_who_when_and_the_changed_fields()
    {
        var lab = await platform.CreateLabAsync();
        var account = await platform.CreateAccountAsync(Roles.LabCoordinator, lab.Id);
        using var coordinator = await platform.SignInAsync(account.Email, account.Password);
        var before = platform.Time.GetUtcNow();

        (await coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}", new
        {
            version = lab.Version,
            name = lab.Name + " (neu)",
            shortDescription = lab.ShortDescription,
            federalStateCode = lab.FederalStateCode,
            fundingStart = lab.FundingStart,
            fundingEnd = lab.FundingEnd,
            status = lab.Status,
        })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var entries = await EntriesAsync("Labs", lab.Id.ToString());
        entries.First().Action.ShouldBe(AuditAction.Created);
        var update = entries.Last();
        update.Action.ShouldBe(AuditAction.Updated);
        update.UserId.ShouldBe(account.UserId);
        update.UserName.ShouldBe("Test Laborkoordination");
        update.At.ShouldBeGreaterThanOrEqualTo(before.AddSeconds(-1));
        update.EntityType.ShouldBe("Lab");
        update.Changes.ShouldContain("\"Field\":\"Name\"");
        update.Changes.ShouldContain(lab.Name + " (neu)");
        update.Changes.ShouldNotContain("ShortDescription", customMessage: "unchanged fields are not listed");
    }

    [Fact]
    public async Task A_refused_change_leaves_no_trace()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var before = (await EntriesAsync("Labs", lab.Id.ToString())).Count;

        (await coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}", new { version = lab.Version + 5, name = "Veraltet", shortDescription = "x", federalStateCode = "HB", fundingStart = "2025-01-01", fundingEnd = "2026-01-01", status = "Active" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await EntriesAsync("Labs", lab.Id.ToString())).Count.ShouldBe(before);
    }

    [Fact]
    public async Task Personal_data_of_accounts_never_reaches_the_trail()
    {
        var account = await platform.CreateAccountAsync(Roles.MinistryReviewer);

        var entries = await EntriesAsync("Accounts", account.UserId);

        entries.ShouldNotBeEmpty();
        var text = string.Join("\n", entries.Select(e => e.Changes));
        text.ShouldNotContain(account.Email);
        text.ShouldNotContain("Test Ministerium");
        text.ShouldContain(AuditEntry.Redacted);
    }

    [Fact]
    public async Task Administrators_read_the_trail_of_all_modules_on_a_page()
    {
        var lab = await platform.CreateLabAsync();
        using var admin = await platform.ClientAsAsync(Roles.Administrator);

        var page = await admin.GetStringAsync($"/admin/protokoll?Entity={lab.Id}");

        page.ShouldContain(lab.Id.ToString());
        page.ShouldContain("angelegt");
        page.ShouldContain(lab.Name);
        var accounts = await admin.GetStringAsync("/admin/protokoll?Module=Accounts");
        accounts.ShouldContain("IdentityUserRole");
    }
}
