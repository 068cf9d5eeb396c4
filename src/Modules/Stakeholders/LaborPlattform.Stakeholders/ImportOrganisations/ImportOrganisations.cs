using System.Globalization;
using LaborPlattform.Shared.Messaging;
using LaborPlattform.Stakeholders.Common;
using LaborPlattform.Stakeholders.ManageOrganisations;

namespace LaborPlattform.Stakeholders.ImportOrganisations;

/// <summary>
/// Imports organisations from a CSV file into a lab, all or nothing: every row is checked first (and, with
/// <paramref name="PreviewOnly"/>, only checked); if any row or the file itself is wrong nothing is imported
/// and the report names every problem with its line.
/// </summary>
internal sealed record ImportOrganisations(Guid LabId, byte[] Content, bool PreviewOnly) : ICommand<ImportReport>;

/// <param name="Imported">Whether the organisations were saved (never for a preview or a file with errors).</param>
/// <param name="FileErrors">Problems of the whole file (encoding, columns, size); rows are not checked then.</param>
/// <param name="Rows">Every data row with what was read and its problems.</param>
internal sealed record ImportReport(bool Imported, IReadOnlyList<string> FileErrors, IReadOnlyList<ImportRow> Rows)
{
    public bool IsValid => FileErrors.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Errors.Count == 0);

    public int ErrorCount => FileErrors.Count + Rows.Sum(r => r.Errors.Values.Sum(e => e.Length));

    /// <summary>Problem-details keys: <c>file</c>, and <c>rows[L].field</c> where L is the line in the file (the header is line 1).</summary>
    public Dictionary<string, string[]> ToProblemErrors()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (FileErrors.Count > 0)
        {
            errors["file"] = [.. FileErrors];
        }

        foreach (var row in Rows)
        {
            foreach (var (field, messages) in row.Errors)
            {
                errors[$"rows[{row.Line}].{field}"] = messages;
            }
        }

        return errors;
    }
}

/// <param name="Line">The line in the file where the row starts (the header is line 1).</param>
/// <param name="Errors">Field (camelCase, as in the API) to messages.</param>
internal sealed record ImportRow(int Line, string Name, string Sector, string Kind, string Address, string MunicipalityKey, string Roles, string Since, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>The columns of the import and export file (German headers; the order in the file does not matter).</summary>
internal static class OrganisationColumns
{
    public const string Name = "Name";
    public const string Sector = "Sektor";
    public const string Kind = "Art";
    public const string Street = "Straße";
    public const string PostalCode = "PLZ";
    public const string City = "Ort";
    public const string MunicipalityKey = "AGS";
    public const string Website = "Website";
    public const string PublicPremises = "Räume für Veranstaltungen";
    public const string StepFree = "Stufenloser Zugang";
    public const string Toilet = "Barrierefreies WC";
    public const string HearingLoop = "Induktive Höranlage";
    public const string Roles = "Rollen";
    public const string Since = "Beteiligt seit";

    public static readonly string[] Required = [Name, Sector, Kind, Street, PostalCode, City, MunicipalityKey, Roles, Since];

    public static readonly string[] All = [Name, Sector, Kind, Street, PostalCode, City, MunicipalityKey, Website, PublicPremises, StepFree, Toilet, HearingLoop, Roles, Since];
}

internal sealed class ImportOrganisationsHandler(StakeholdersDbContext db, ISender sender, TimeProvider time) : ICommandHandler<ImportOrganisations, ImportReport>
{
    public const int MaxRows = 1000;
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    public async ValueTask<ImportReport> Handle(ImportOrganisations command, CancellationToken cancellationToken)
    {
        await sender.EnsureWritableAsync(command.LabId, cancellationToken);
        var (report, organisations) = await CheckAsync(command, cancellationToken);
        if (command.PreviewOnly || !report.IsValid)
        {
            return report;
        }

        // One SaveChanges is one transaction: all rows or none.
        db.Organisations.AddRange(organisations);
        var names = organisations.Select(o => o.NormalizedName).ToList();
        var ids = organisations.Select(o => o.Id).ToList();
        await db.SaveAsync(
            () => db.Organisations.AsNoTracking().AnyAsync(o => names.Contains(o.NormalizedName) && !ids.Contains(o.Id), cancellationToken),
            "file",
            "Während der Prüfung wurde eine der Organisationen von jemand anderem erfasst. Es wurde nichts eingelesen; bitte prüfen Sie die Datei erneut.",
            cancellationToken);
        return report with { Imported = true };
    }

    private async Task<(ImportReport Report, List<Organisation> Organisations)> CheckAsync(ImportOrganisations command, CancellationToken ct)
    {
        static (ImportReport, List<Organisation>) FileError(params string[] errors) => (new ImportReport(false, errors, []), []);

        if (command.Content.Length == 0)
        {
            return FileError("Die Datei ist leer.");
        }

        if (command.Content.Length > MaxBytes)
        {
            return FileError("Die Datei ist größer als 2 MB. Bitte teilen Sie sie auf.");
        }

        var text = CsvTable.DecodeUtf8(command.Content);
        if (text is null)
        {
            return FileError("Die Datei ist nicht in UTF-8 gespeichert, daher würden Umlaute falsch übernommen. Speichern Sie sie in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ oder in LibreOffice mit dem Zeichensatz „Unicode (UTF-8)“ und laden Sie sie erneut hoch.");
        }

        var records = CsvTable.Parse(text);
        if (records.Count == 0)
        {
            return FileError("Die Datei enthält keine Zeilen.");
        }

        var header = records[0].Cells.Select(h => h.Trim()).ToList();
        var missing = OrganisationColumns.Required.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            return FileError($"Es fehlen Spalten: {string.Join(", ", missing)}. Die erste Zeile muss die Spaltennamen enthalten: {string.Join(";", OrganisationColumns.All)}.");
        }

        var rows = records.Skip(1).ToList();
        if (rows.Count == 0)
        {
            return FileError("Die Datei enthält nur die Kopfzeile, aber keine Organisationen.");
        }

        if (rows.Count > MaxRows)
        {
            return FileError($"Die Datei enthält {rows.Count.ToString("N0", CultureInfo.GetCultureInfo("de-DE"))} Zeilen; höchstens {MaxRows.ToString("N0", CultureInfo.GetCultureInfo("de-DE"))} Organisationen können auf einmal eingelesen werden. Bitte teilen Sie die Datei auf.");
        }

        var index = header.Select((h, i) => (h, i)).GroupBy(x => x.h, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        var existing = (await db.Organisations.AsNoTracking().Select(o => o.NormalizedName).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var validator = new OrganisationFieldsValidator<CsvOrganisation>();
        var now = time.GetUtcNow();
        var report = new List<ImportRow>(rows.Count);
        var organisations = new List<Organisation>(rows.Count);

        foreach (var record in rows)
        {
            string Cell(string column) =>
                index.TryGetValue(column, out var i) && i < record.Cells.Count ? record.Cells[i].Trim() : string.Empty;

            var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            void Add(string field, string message)
            {
                if (!errors.TryGetValue(field, out var list))
                {
                    errors[field] = list = [];
                }

                list.Add(message);
            }

            var row = new CsvOrganisation(Cell(OrganisationColumns.Name), Cell(OrganisationColumns.Sector), Cell(OrganisationColumns.Kind), Cell(OrganisationColumns.Street),
                Cell(OrganisationColumns.PostalCode), Cell(OrganisationColumns.City), Cell(OrganisationColumns.MunicipalityKey), Cell(OrganisationColumns.Website));
            foreach (var failure in validator.Validate(row).Errors)
            {
                Add(FieldNames.ToClient(failure.PropertyName), failure.ErrorMessage);
            }

            var flags = new bool[4];
            string[] flagColumns = [OrganisationColumns.PublicPremises, OrganisationColumns.StepFree, OrganisationColumns.Toilet, OrganisationColumns.HearingLoop];
            string[] flagFields = ["hasPublicPremises", "stepFreeAccess", "accessibleToilet", "hearingLoop"];
            for (var f = 0; f < flags.Length; f++)
            {
                if (ParseFlag(Cell(flagColumns[f])) is { } flag)
                {
                    flags[f] = flag;
                }
                else
                {
                    Add(flagFields[f], $"„{flagColumns[f]}“ ist „ja“, „nein“ oder leer.");
                }
            }

            var roles = new List<InvolvementRole>();
            var rolesText = Cell(OrganisationColumns.Roles);
            if (string.IsNullOrWhiteSpace(rolesText))
            {
                Add("involvements", "Bitte geben Sie in „Rollen“ mindestens eine Rolle an: Konsortialpartner, Netzwerkpartner, Multiplikator oder Veranstaltungsort.");
            }
            else
            {
                foreach (var part in rolesText.Split([',', '|', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (Names.Parse<InvolvementRole>(part, Names.Name) is { } role)
                    {
                        if (!roles.Contains(role))
                        {
                            roles.Add(role);
                        }
                    }
                    else
                    {
                        Add("involvements", $"Unbekannte Rolle „{part}“. Erlaubt sind Konsortialpartner, Netzwerkpartner, Multiplikator und Veranstaltungsort.");
                    }
                }
            }

            var sinceText = Cell(OrganisationColumns.Since);
            DateOnly since = default;
            if (!DateOnly.TryParseExact(sinceText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out since))
            {
                Add("since", "Bitte geben Sie in „Beteiligt seit“ ein Datum wie 01.03.2024 an.");
            }

            if (!string.IsNullOrWhiteSpace(row.Name))
            {
                var normalized = Organisation.Normalize(row.Name);
                if (seen.TryGetValue(normalized, out var firstLine))
                {
                    Add("name", $"Der Name „{row.Name}“ steht bereits in Zeile {firstLine}. Jede Organisation darf nur einmal vorkommen.");
                }
                else
                {
                    seen[normalized] = record.Line;
                    if (existing.Contains(normalized))
                    {
                        Add("name", $"Eine Organisation „{row.Name}“ gibt es bereits auf der Plattform.");
                    }
                }
            }

            if (errors.Count == 0)
            {
                var organisation = new Organisation(
                    Guid.CreateVersion7(),
                    row.ToDetails(flags[0], flags[1], flags[2], flags[3]),
                    now);
                organisation.SetInvolvements(command.LabId, roles.Select(r => new InvolvementDetails(r, since, null)).ToList());
                organisations.Add(organisation);
            }

            report.Add(new ImportRow(
                record.Line,
                row.Name,
                row.Sector,
                row.Kind,
                $"{row.Street}, {row.PostalCode} {row.City}".Trim(' ', ','),
                row.MunicipalityKey,
                rolesText,
                sinceText,
                errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal)));
        }

        return (new ImportReport(false, [], report), organisations);
    }

    private static bool? ParseFlag(string value) => value.Trim().ToLowerInvariant() switch
    {
        "" or "nein" or "n" or "no" or "false" or "0" or "-" => false,
        "ja" or "j" or "x" or "yes" or "true" or "1" => true,
        _ => null,
    };

    private sealed record CsvOrganisation(string Name, string Sector, string Kind, string Street, string PostalCode, string City, string MunicipalityKey, string? Website) : IOrganisationFields;
}

internal static class ImportOrganisationsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/labs/{labId:guid}/organisations/import", async Task<Results<Ok<ImportReport>, ValidationProblem>> (Guid labId, bool? preview, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                var limited = request.Body;
                var chunk = new byte[81920];
                int read;
                while ((read = await limited.ReadAsync(chunk, ct)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                    if (buffer.Length > ImportOrganisationsHandler.MaxBytes)
                    {
                        throw new ValidationFailedException("file", "Die Datei ist größer als 2 MB. Bitte teilen Sie sie auf.");
                    }
                }

                var report = await sender.Send(new ImportOrganisations(labId, buffer.ToArray(), preview ?? false), ct);
                return report.IsValid
                    ? TypedResults.Ok(report)
                    : TypedResults.ValidationProblem(report.ToProblemErrors(), detail: "Es wurde nichts eingelesen. Bitte korrigieren Sie die genannten Zeilen und laden Sie die Datei erneut hoch.", title: "Die Datei enthält Fehler.");
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .Accepts<string>("text/csv")
            .WithName("ImportOrganisations")
            .WithSummary("Imports organisations from a CSV file (UTF-8, separator ; or ,, at most 1,000 rows) into the lab, all or nothing. ?preview=true only checks. Errors are keyed file or rows[L].field, L being the line in the file.")
            .ProducesValidationProblem();
}
