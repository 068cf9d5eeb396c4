using LaborPlattform.Stakeholders.ImportOrganisations;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

/// <summary>
/// CSV import in two steps without JavaScript: upload and check (a preview with every row's problems), then
/// confirm. The checked file travels back with the confirmation and is checked again before anything is saved.
/// </summary>
[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class ImportModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<StakeholdersResource> t)
    : LabPageModel<StakeholdersResource>(sender, authorization, t)
{
    public ImportReport? Report { get; private set; }

    /// <summary>The checked file, base64, for the confirmation form.</summary>
    public string? CheckedFile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return NotFound();
        }

        return IsArchived ? Redirect($"/intern/labore/{LabId}/organisationen") : Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? file, CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", T["Bitte wählen Sie eine CSV-Datei aus."]);
            return Page();
        }

        if (file.Length > ImportOrganisationsHandler.MaxBytes)
        {
            ModelState.AddModelError("File", T["Die Datei ist größer als 2 MB. Bitte teilen Sie sie auf."]);
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return await RunAsync(buffer.ToArray(), preview: true, ct);
    }

    public async Task<IActionResult> OnPostImportAsync(string? content, CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return NotFound();
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(content ?? string.Empty);
        }
        catch (FormatException)
        {
            ModelState.AddModelError("File", T["Die geprüfte Datei ist nicht mehr lesbar. Bitte laden Sie sie erneut hoch."]);
            return Page();
        }

        return await RunAsync(bytes, preview: false, ct);
    }

    private async Task<IActionResult> RunAsync(byte[] bytes, bool preview, CancellationToken ct)
    {
        try
        {
            Report = await Sender.Send(new ImportOrganisations.ImportOrganisations(LabId, bytes, preview), ct);
        }
        catch (ConflictException conflict)
        {
            ModelState.AddModelError(string.Empty, conflict.Message);
            return Page();
        }

        if (Report.Imported)
        {
            TempData["Status"] = T["{0} Organisationen wurden eingelesen.", Report.Rows.Count].Value;
            return Redirect($"/intern/labore/{LabId}/organisationen");
        }

        foreach (var error in Report.FileErrors)
        {
            ModelState.AddModelError("File", error);
        }

        if (Report.Rows.Any(r => r.Errors.Count > 0))
        {
            ModelState.AddModelError(string.Empty, T["{0} Zeilen der Datei enthalten Fehler; es wurde nichts eingelesen. Die Fehler stehen in der Tabelle unten.", Report.Rows.Count(r => r.Errors.Count > 0)]);
        }

        CheckedFile = Report.IsValid ? Convert.ToBase64String(bytes) : null;
        return Page();
    }
}
