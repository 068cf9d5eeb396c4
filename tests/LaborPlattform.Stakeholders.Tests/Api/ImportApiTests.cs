using System.Net;
using System.Net.Http.Json;
using System.Text;
using LaborPlattform.Stakeholders.ImportOrganisations;
using LaborPlattform.Stakeholders.ReadOrganisations;
using LaborPlattform.Testing;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Api;

public sealed class ImportApiTests(StakeholdersPlatform platform)
{
    private const string Header = "Name;Sektor;Art;Straße;PLZ;Ort;AGS;Website;Räume für Veranstaltungen;Stufenloser Zugang;Barrierefreies WC;Induktive Höranlage;Rollen;Beteiligt seit";

    private static string Row(string name, string ags = "04011000", string sector = "Zivilgesellschaft", string roles = "Netzwerkpartner, Veranstaltungsort") =>
        $"{name};{sector};Begegnungsstätte;Findorffstraße 108;28215;Bremen;{ags};https://www.example.org;ja;ja;nein;;{roles};01.03.2025";

    private static ByteArrayContent Csv(string text, Encoding? encoding = null)
    {
        var bytes = (encoding ?? new UTF8Encoding(true)).GetPreamble().Concat((encoding ?? Encoding.UTF8).GetBytes(text)).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return content;
    }

    private static async Task<List<OrganisationDto>> OrganisationsOf(HttpClient client, Guid labId) =>
        (await client.GetFromJsonAsync<List<OrganisationDto>>($"/api/labs/{labId}/organisations"))!;

    [Fact]
    public async Task A_preview_checks_every_row_and_imports_nothing_then_the_import_imports_all()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var first = Stakeholders.UniqueName("Begegnungsstätte Süd");
        var second = Stakeholders.UniqueName("Seniorentreff \"Am Deich\"");
        var csv = $"{Header}\r\n{Row(first)}\r\n\"{second.Replace("\"", "\"\"", StringComparison.Ordinal)}\";Zivilgesellschaft;Verein;\"Am Deich 1; Hinterhaus\";27568;Bremerhaven;04012000;;nein;nein;nein;nein;Multiplikator;2025-04-01\r\n";

        var preview = await coordinator.PostAsync($"/api/labs/{labId}/organisations/import?preview=true", Csv(csv));

        preview.StatusCode.ShouldBe(HttpStatusCode.OK, await preview.Content.ReadAsStringAsync());
        var report = (await preview.Content.ReadFromJsonAsync<ImportReport>())!;
        report.Imported.ShouldBeFalse();
        report.Rows.Select(r => (r.Line, r.Name)).ShouldBe([(2, first), (3, second)]);
        (await OrganisationsOf(coordinator, labId)).ShouldBeEmpty();

        var import = await coordinator.PostAsync($"/api/labs/{labId}/organisations/import", Csv(csv));

        import.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await import.Content.ReadFromJsonAsync<ImportReport>())!.Imported.ShouldBeTrue();
        var organisations = await OrganisationsOf(coordinator, labId);
        organisations.Select(o => o.Name).ShouldBe([first, second], ignoreOrder: true);
        var deich = organisations.Single(o => o.Name == second);
        deich.Street.ShouldBe("Am Deich 1; Hinterhaus");
        deich.Involvements.Single().Role.ShouldBe("Multiplier");
        deich.Involvements.Single().Since.ShouldBe(new DateOnly(2025, 4, 1));
        organisations.Single(o => o.Name == first).IsVenue.ShouldBeTrue();
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_is_refused_with_a_clear_message()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var latin1 = Encoding.Latin1;

        var response = await coordinator.PostAsync($"/api/labs/{labId}/organisations/import", Csv($"{Header}\r\n{Row(Stakeholders.UniqueName("Begegnungsstätte Größe"))}\r\n", latin1));

        var errors = await Stakeholders.ErrorsOf(response);
        errors["file"].Single().ShouldContain("UTF-8");
        (await OrganisationsOf(coordinator, labId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_with_missing_columns_names_them_and_imports_nothing()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;

        var response = await coordinator.PostAsync($"/api/labs/{labId}/organisations/import", Csv("Name;Sektor;Art;Ort\r\nVerein A;Zivilgesellschaft;Verein;Bremen\r\n"));

        var message = (await Stakeholders.ErrorsOf(response))["file"].Single();
        message.ShouldContain("Straße");
        message.ShouldContain("PLZ");
        message.ShouldContain("AGS");
        message.ShouldContain("Rollen");
        message.ShouldContain("Beteiligt seit");
        (await OrganisationsOf(coordinator, labId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Duplicate_names_are_reported_per_row_and_nothing_is_imported()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var existing = Stakeholders.UniqueName("Bibliothek");
        await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(existing));
        var twice = Stakeholders.UniqueName("Verein");
        var fine = Stakeholders.UniqueName("Seniorentreff");

        var response = await coordinator.PostAsync($"/api/labs/{labId}/organisations/import",
            Csv($"{Header}\r\n{Row(twice)}\r\n{Row(fine)}\r\n{Row(twice.ToUpperInvariant())}\r\n{Row(existing)}\r\n"));

        var errors = await Stakeholders.ErrorsOf(response);
        errors.Keys.ShouldBe(["rows[4].name", "rows[5].name"], ignoreOrder: true);
        errors["rows[4].name"].Single().ShouldContain("Zeile 2");
        errors["rows[5].name"].Single().ShouldContain("gibt es bereits");
        (await OrganisationsOf(coordinator, labId)).Select(o => o.Name).ShouldBe([existing]);
    }

    [Fact]
    public async Task Invalid_rows_are_reported_with_their_line_and_field_and_valid_rows_are_not_imported_either()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;

        var response = await coordinator.PostAsync($"/api/labs/{labId}/organisations/import",
            Csv($"{Header}\r\n{Row(Stakeholders.UniqueName("Gut"))}\r\n{Row(Stakeholders.UniqueName("Falsch"), ags: "4011000", sector: "Kirche", roles: "Sponsor")}\r\n"));

        var errors = await Stakeholders.ErrorsOf(response);
        errors.Keys.ShouldBe(["rows[3].municipalityKey", "rows[3].sector", "rows[3].involvements"], ignoreOrder: true);
        (await OrganisationsOf(coordinator, labId)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(1_001)]
    public async Task A_file_with_too_many_rows_is_refused_and_nothing_is_imported(int rows)
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var text = new StringBuilder(Header).Append("\r\n");
        var prefix = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < rows; i++)
        {
            text.Append(Row($"Verein {prefix} {i}")).Append("\r\n");
        }

        var response = await coordinator.PostAsync($"/api/labs/{labId}/organisations/import", Csv(text.ToString()));

        (await Stakeholders.ErrorsOf(response))["file"].Single().ShouldContain("höchstens 1.000");
        (await OrganisationsOf(coordinator, labId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_empty_file_and_a_header_without_rows_are_refused()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;

        (await Stakeholders.ErrorsOf(await coordinator.PostAsync($"/api/labs/{labId}/organisations/import", new ByteArrayContent([])))).ShouldContainKey("file");
        (await Stakeholders.ErrorsOf(await coordinator.PostAsync($"/api/labs/{labId}/organisations/import", Csv(Header + "\r\n")))).ShouldContainKey("file");
    }

    [Fact]
    public async Task The_export_is_a_CSV_in_the_import_format_without_contact_persons()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var name = Stakeholders.UniqueName("Begegnungsstätte");
        var organisation = await coordinator.CreateOrganisationAsync(labId, Stakeholders.OrganisationBody(name));
        await coordinator.CreateContactAsync(labId, organisation, Stakeholders.ContactBody("Erika Exportverbot", "erika.exportverbot@example.org"));

        var response = await coordinator.GetAsync($"/api/labs/{labId}/organisations.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(Header);
        lines[1].ShouldBe($"{name};Zivilgesellschaft;Begegnungsstätte;Findorffstraße 108;28215;Bremen;04011000;https://www.example.org;ja;ja;ja;nein;Netzwerkpartner;01.03.2025");
        text.ShouldNotContain("Exportverbot");
    }

    [Fact]
    public async Task The_export_bytes_are_pinned_for_quotes_semicolons_line_breaks_formulas_and_umlauts()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        var name = Stakeholders.UniqueName("=Treff \"Süd\"; Öl");
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Stakeholders.OrganisationBody(name))!.AsObject();
        body["street"] = "Am Deich 1\nHinterhaus";
        body["city"] = "-Bremen";
        await coordinator.CreateOrganisationAsync(labId, body);

        var bytes = await coordinator.GetByteArrayAsync($"/api/labs/{labId}/organisations.csv");

        var quotedName = "\"'" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var expected = $"\uFEFF{Header}\r\n{quotedName};Zivilgesellschaft;Begegnungsstätte;\"Am Deich 1\nHinterhaus\";28215;'-Bremen;04011000;https://www.example.org;ja;ja;ja;nein;Netzwerkpartner;01.03.2025\r\n";
        Encoding.UTF8.GetString(bytes).ShouldBe(expected);
        bytes.ShouldBe(Encoding.UTF8.GetBytes(expected));
    }

    [Fact]
    public async Task An_exported_file_is_accepted_by_the_import_of_another_lab_once_the_names_are_free()
    {
        var (labA, coordinatorA) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinatorA;
        var (labB, coordinatorB) = await platform.LabWithCoordinatorAsync();
        using var __ = coordinatorB;
        var name = Stakeholders.UniqueName("Verein");
        await coordinatorA.CreateOrganisationAsync(labA, Stakeholders.OrganisationBody(name));
        var exported = Encoding.UTF8.GetString((await coordinatorA.GetByteArrayAsync($"/api/labs/{labA}/organisations.csv")).AsSpan(3));
        var renamed = exported.Replace(name, name + " Nord", StringComparison.Ordinal);

        var response = await coordinatorB.PostAsync($"/api/labs/{labB}/organisations/import", Csv(renamed));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await OrganisationsOf(coordinatorB, labB)).Single().Name.ShouldBe(name + " Nord");
    }

    [Fact]
    public async Task Reviewers_and_other_labs_cannot_import()
    {
        var (labId, coordinator) = await platform.LabWithCoordinatorAsync();
        using var _ = coordinator;
        using var reviewer = await platform.ClientAsAsync(LaborPlattform.Shared.Authorization.Roles.MinistryReviewer);
        using var anonymous = platform.CreateBrowserlikeClient();
        var csv = $"{Header}\r\n{Row(Stakeholders.UniqueName("Verein"))}\r\n";

        (await reviewer.PostAsync($"/api/labs/{labId}/organisations/import", Csv(csv))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.PostAsync($"/api/labs/{labId}/organisations/import", Csv(csv))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await OrganisationsOf(coordinator, labId)).ShouldBeEmpty();
    }
}
