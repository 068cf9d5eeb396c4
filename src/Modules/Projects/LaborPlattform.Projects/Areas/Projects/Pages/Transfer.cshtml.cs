using LaborPlattform.Projects.ManageTransfers;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>Records that another municipality adopted the sub-project's approach (<c>…/transfer/neu</c>) or corrects an entry (<c>…/transfer/{id}</c>).</summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class TransferModel(ISender sender, IStringLocalizer<ProjectsResource> t) : SubProjectPageModel(sender)
{
    public const string NewKey = "neu";

    [FromRoute]
    public string Transfer { get; set; } = NewKey;

    public bool IsNew => Transfer == NewKey;

    [BindProperty]
    public TransferInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadSubProjectAsync(ct) || (!IsNew && Existing() is null))
        {
            return NotFound();
        }

        if (SubProject.IsReadOnly)
        {
            return Redirect(DetailsUrl);
        }

        Input.Version = SubProject.Version;
        if (Existing() is { } existing)
        {
            Input.MunicipalityKey = existing.MunicipalityKey;
            Input.MunicipalityName = existing.MunicipalityName;
            Input.AdoptedOn = existing.AdoptedOn;
            Input.Note = existing.Note;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsNew && !Guid.TryParse(Transfer, out _))
        {
            return NotFound();
        }

        var saved = await this.TrySaveAsync(async () =>
        {
            if (IsNew)
            {
                await Sender.Send(new AddTransfer(LabId, SubProjectId, Input.Version, Input.MunicipalityKey ?? string.Empty, Input.MunicipalityName ?? string.Empty, Input.AdoptedOn, Input.Note), ct);
            }
            else
            {
                await Sender.Send(new EditTransfer(LabId, SubProjectId, Guid.Parse(Transfer), Input.Version, Input.MunicipalityKey ?? string.Empty, Input.MunicipalityName ?? string.Empty, Input.AdoptedOn, Input.Note), ct);
            }
        });
        if (saved)
        {
            return BackToSubProject(IsNew ? t["Die Übernahme wurde eingetragen."] : t["Die Übernahme wurde gespeichert."]);
        }

        return await LoadSubProjectAsync(ct) ? Page() : NotFound();
    }

    private ReadSubProjects.TransferView? Existing() =>
        Guid.TryParse(Transfer, out var id) ? SubProject.Transfers.SingleOrDefault(x => x.Id == id) : null;

    public sealed class TransferInput
    {
        public int Version { get; set; }

        public string? MunicipalityKey { get; set; }

        public string? MunicipalityName { get; set; }

        public DateOnly? AdoptedOn { get; set; }

        public string? Note { get; set; }
    }
}
