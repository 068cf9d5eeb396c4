using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaborPlattform.Shared.Auditing;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Persistence;
using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Stakeholders.Data;
using LaborPlattform.Stakeholders.ManageContactPersons;
using LaborPlattform.Testing;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Api;

public sealed class ContactPersonsApiTests(StakeholdersPlatform platform)
{
    private static string UniquePerson() => $"Zerlinde Quastenflosser {Guid.NewGuid():N}"[..36];

    [Fact]
    public async Task Coordinators_staff_and_administrators_manage_contact_persons()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        using var staff = await platform.ClientAsAsync(Roles.MunicipalStaff, labId);
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        var name = UniquePerson();

        var id = await staff.CreateContactAsync(labId, organisation, Stakeholders.ContactBody(name));

        var person = await coordinator.GetFromJsonAsync<ContactPersonDto>($"/api/labs/{labId}/contact-persons/{id}");
        person!.Name.ShouldBe(name);
        person.LegalBasis.ShouldBe("Consent");
        person.BasisDate.ShouldBe(new DateOnly(2025, 3, 1));
        person.Purpose.ShouldBe("Absprache von Kursterminen");
        (await admin.GetFromJsonAsync<List<ContactPersonDto>>($"/api/labs/{labId}/organisations/{organisation}/contact-persons"))!.Select(p => p.Id).ShouldBe([id]);
    }

    [Fact]
    public async Task Reviewers_other_labs_and_anonymous_callers_never_see_contact_persons()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var id = await coordinator.CreateContactAsync(labId, organisation, Stakeholders.ContactBody(UniquePerson()));
        using var reviewer = await platform.ClientAsAsync(Roles.MinistryReviewer);
        var other = await platform.CreateLabAsync();
        using var otherCoordinator = await platform.ClientAsAsync(Roles.LabCoordinator, other.Id);
        using var anonymous = platform.CreateBrowserlikeClient();

        foreach (var client in new[] { reviewer, otherCoordinator })
        {
            (await client.GetAsync($"/api/labs/{labId}/organisations/{organisation}/contact-persons")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetAsync($"/api/labs/{labId}/contact-persons/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetAsync($"/api/labs/{labId}/contact-persons/{id}/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.PostAsJsonAsync($"/api/labs/{labId}/organisations/{organisation}/contact-persons", Stakeholders.ContactBody("X"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.PutAsJsonAsync($"/api/labs/{labId}/contact-persons/{id}", Stakeholders.ContactBody("X", version: 1))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.DeleteAsync($"/api/labs/{labId}/contact-persons/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await otherCoordinator.GetAsync($"/api/labs/{other.Id}/contact-persons/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherCoordinator.DeleteAsync($"/api/labs/{other.Id}/contact-persons/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/labs/{labId}/contact-persons/{id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.DeleteAsync($"/api/labs/{labId}/contact-persons/{id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await coordinator.GetAsync($"/api/labs/{labId}/contact-persons/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("keine-adresse", "0421 361-0", "email")]
    [InlineData("zwei@@beispiel.de", "0421 361-0", "email")]
    [InlineData("person@beispiel", "0421 361-0", "email")]
    [InlineData("person@example.org", "0421 abc", "phone")]
    [InlineData("person@example.org", "123", "phone")]
    public async Task An_invalid_email_or_phone_is_rejected_and_nothing_is_saved(string email, string phone, string field)
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);

        var response = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/organisations/{organisation}/contact-persons", Stakeholders.ContactBody("Erika Beispiel", email, phone));

        var errors = await Stakeholders.ErrorsOf(response);
        errors.ShouldContainKey(field);
        errors[field].ShouldAllBe(m => !m.Contains(email, StringComparison.Ordinal) && !m.Contains(phone, StringComparison.Ordinal));
        (await coordinator.GetFromJsonAsync<List<ContactPersonDto>>($"/api/labs/{labId}/organisations/{organisation}/contact-persons"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_contact_person_without_legal_basis_is_rejected()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);

        var response = await coordinator.PostAsJsonAsync($"/api/labs/{labId}/organisations/{organisation}/contact-persons",
            new { name = "Erika Beispiel", email = "erika@example.org", preferredChannel = "Email", legalBasis = "", purpose = "" });

        var errors = await Stakeholders.ErrorsOf(response);
        errors.Keys.ShouldBe(["legalBasis", "basisDate", "purpose"], ignoreOrder: true);
        (await coordinator.GetFromJsonAsync<List<ContactPersonDto>>($"/api/labs/{labId}/organisations/{organisation}/contact-persons"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task Consent_given_in_the_future_and_a_missing_contact_channel_are_rejected()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var tomorrow = DateOnly.FromDateTime(platform.Time.GetUtcNow().UtcDateTime).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        (await Stakeholders.ErrorsOf(await coordinator.PostAsJsonAsync($"/api/labs/{labId}/organisations/{organisation}/contact-persons", Stakeholders.ContactBody("Erika Beispiel", basisDate: tomorrow))))
            .ShouldContainKey("basisDate");
        (await Stakeholders.ErrorsOf(await coordinator.PostAsJsonAsync($"/api/labs/{labId}/organisations/{organisation}/contact-persons", Stakeholders.ContactBody("Erika Beispiel", email: null, phone: null))))
            .ShouldContainKey("email");
        (await Stakeholders.ErrorsOf(await coordinator.PostAsJsonAsync($"/api/labs/{labId}/organisations/{organisation}/contact-persons", Stakeholders.ContactBody("Erika Beispiel", email: null, preferredChannel: "Email"))))
            .ShouldContainKey("preferredChannel");
    }

    [Fact]
    public async Task A_stale_edit_of_a_contact_person_gets_409()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var id = await coordinator.CreateContactAsync(labId, organisation, Stakeholders.ContactBody("Erika Beispiel"));
        (await coordinator.PutAsJsonAsync($"/api/labs/{labId}/contact-persons/{id}", Stakeholders.ContactBody("Erika Neu", version: 1))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await Stakeholders.ConflictCodeOf(await coordinator.PutAsJsonAsync($"/api/labs/{labId}/contact-persons/{id}", Stakeholders.ContactBody("Erika Alt", version: 1)))).ShouldBe("stale");
        (await coordinator.GetFromJsonAsync<ContactPersonDto>($"/api/labs/{labId}/contact-persons/{id}"))!.Name.ShouldBe("Erika Neu");
    }

    [Fact]
    public async Task The_audit_trail_records_changes_of_a_contact_person_without_values()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var name = UniquePerson();
        var id = await coordinator.CreateContactAsync(labId, organisation, Stakeholders.ContactBody(name));
        (await coordinator.PutAsJsonAsync($"/api/labs/{labId}/contact-persons/{id}", Stakeholders.ContactBody(name + " neu", email: "neu@example.org", version: 1))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var entries = await AuditOf(id);

        entries.Select(e => e.Action).ShouldBe([AuditAction.Created, AuditAction.Updated]);
        var changes = entries.SelectMany(e => JsonSerializer.Deserialize<List<AuditChange>>(e.Changes)!).ToList();
        changes.Where(c => c.Field is "Name" or "Email" or "Phone" or "Function" or "Purpose" or "BasisDate" or "LegalBasis")
            .ShouldAllBe(c => (c.Old == null || c.Old == AuditEntry.Redacted) && (c.New == null || c.New == AuditEntry.Redacted));
        entries.ShouldAllBe(e => !e.Changes.Contains("Quastenflosser") && !e.Changes.Contains("example.org"));
        changes.ShouldContain(c => c.Field == "Name" && c.New == AuditEntry.Redacted);
    }

    [Fact]
    public async Task The_GDPR_export_contains_everything_stored_about_the_person()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var orgName = Stakeholders.UniqueName("Begegnungsstätte");
        var organisation = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(orgName));
        var name = UniquePerson();
        var id = await coordinator.CreateContactAsync(labId, organisation, Stakeholders.ContactBody(name, email: "zerlinde@example.org", phone: "0421 361-0"));
        (await coordinator.PutAsJsonAsync($"/api/labs/{labId}/contact-persons/{id}", Stakeholders.ContactBody(name, email: "zerlinde@example.org", phone: "0421 361-99", version: 1))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var response = await coordinator.GetAsync($"/api/labs/{labId}/contact-persons/{id}/export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.FileName.ShouldNotBeNull();
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();
        var person = export.GetProperty("person");
        person.GetProperty("name").GetString().ShouldBe(name);
        person.GetProperty("email").GetString().ShouldBe("zerlinde@example.org");
        person.GetProperty("phone").GetString().ShouldBe("0421 361-99");
        person.GetProperty("legalBasisName").GetString()!.ShouldContain("Einwilligung");
        person.GetProperty("purpose").GetString().ShouldBe("Absprache von Kursterminen");
        export.GetProperty("organisation").GetProperty("name").GetString().ShouldBe(orgName);
        var history = export.GetProperty("history").EnumerateArray().ToList();
        history.Select(h => h.GetProperty("action").GetString()).ShouldBe(["Created", "Updated"]);
        history[1].GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["Phone"]);
        export.GetProperty("recipients").GetString()!.ShouldContain("nicht veröffentlicht");
    }

    [Fact]
    public async Task Erasing_a_contact_person_leaves_no_value_in_the_database_the_audit_trail_or_the_logs()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var earlierName = UniquePerson();
        var name = UniquePerson();
        var email = $"loeschmich.{Guid.NewGuid():N}@example.org";
        var phone = $"0421 {Random.Shared.Next(100000, 999999)}-{Random.Shared.Next(10, 99)}";
        var purpose = $"Zweck {Guid.NewGuid():N}";
        var id = await coordinator.CreateContactAsync(labId, organisation, Stakeholders.ContactBody(earlierName, email, phone, purpose: purpose));
        (await coordinator.PutAsJsonAsync($"/api/labs/{labId}/contact-persons/{id}", Stakeholders.ContactBody(name, email, phone, purpose: purpose, version: 1))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await coordinator.GetAsync($"/api/labs/{labId}/contact-persons/{id}/export")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var erased = await coordinator.DeleteAsync($"/api/labs/{labId}/contact-persons/{id}");

        erased.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await coordinator.GetAsync($"/api/labs/{labId}/contact-persons/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.DeleteAsync($"/api/labs/{labId}/contact-persons/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        string[] values = [earlierName, name, email, phone, purpose];

        var entries = await AuditOf(id);
        entries.Select(e => e.Action).ShouldBe([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted]);
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var all = await scope.ServiceProvider.GetRequiredService<StakeholdersDbContext>().AuditEntries.AsNoTracking().Select(e => e.Changes).ToListAsync();
            all.ShouldAllBe(changes => values.All(v => !changes.Contains(v)));
        }

        platform.Logs.Messages.ShouldContain(message => message.Contains("Executed DbCommand", StringComparison.Ordinal), "the recorder should see the executed SQL");
        platform.Logs.Messages.ShouldAllBe(message => values.All(v => !message.Contains(v, StringComparison.Ordinal)));
        await CheckpointAsync();
        foreach (var file in new[] { "laborplattform.db", "laborplattform.db-wal" })
        {
            var path = Path.Combine(platform.DataDirectory, file);
            if (!File.Exists(path))
            {
                continue;
            }

            var bytes = await ReadSharedAsync(path);
            foreach (var value in values)
            {
                Contains(bytes, Encoding.UTF8.GetBytes(value)).ShouldBeFalse($"{file} still contains an erased value");
            }
        }
    }

    [Fact]
    public async Task Erasure_publishes_ContactPersonErased_with_ids_only()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var organisation = await coordinator.CreateOrganisationAsync(labId);
        var id = await coordinator.CreateContactAsync(labId, organisation, Stakeholders.ContactBody(UniquePerson()));
        await using var scope = platform.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var publisher = new RecordingPublisher();
        var handler = new ManageContactPersonsHandler(
            services.GetRequiredService<StakeholdersDbContext>(),
            services.GetRequiredService<ISender>(),
            publisher,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ICurrentActor>(),
            services.GetRequiredService<ILogger<ManageContactPersonsHandler>>());

        await handler.Handle(new EraseContactPerson(labId, id), CancellationToken.None);

        publisher.Published.ShouldBe([new ContactPersonErased(id, organisation)]);
    }

    [Fact]
    public async Task A_contact_person_can_be_erased_even_when_the_lab_is_archived()
    {
        var lab = await platform.CreateLabAsync();
        using var coordinator = await platform.ClientAsAsync(Roles.LabCoordinator, lab.Id);
        var organisation = await coordinator.CreateOrganisationAsync(lab.Id);
        var id = await coordinator.CreateContactAsync(lab.Id, organisation, Stakeholders.ContactBody(UniquePerson()));
        using var admin = await platform.ClientAsAsync(Roles.Administrator);
        (await admin.PostAsJsonAsync($"/api/labs/{lab.Id}/archive", new { version = lab.Version })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await Stakeholders.ConflictCodeOf(await coordinator.PutAsJsonAsync($"/api/labs/{lab.Id}/contact-persons/{id}", Stakeholders.ContactBody("Neu", version: 1)))).ShouldBe("read-only");
        (await coordinator.DeleteAsync($"/api/labs/{lab.Id}/contact-persons/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    private async Task<List<AuditEntry>> AuditOf(Guid id)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StakeholdersDbContext>();
        var key = id.ToString();
        return await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "ContactPerson" && e.EntityId == key).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>Folds the write-ahead log into the database file (waiting for readers of other tests), as SQLite eventually does on its own.</summary>
    private async Task CheckpointAsync()
    {
        var database = platform.Services.GetRequiredService<PlatformDatabase>();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync() && reader.GetInt32(0) == 0)
            {
                return;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
