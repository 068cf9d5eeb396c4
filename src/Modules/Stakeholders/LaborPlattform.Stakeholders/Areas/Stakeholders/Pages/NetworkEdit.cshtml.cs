using LaborPlattform.Stakeholders.ManageNetworks;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class NetworkEditModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<StakeholdersResource> t)
    : LabPageModel<StakeholdersResource>(sender, authorization, t)
{
    [FromRoute]
    public Guid? NetworkId { get; set; }

    [BindProperty]
    public NetworkInput Input { get; set; } = new();

    public bool IsNew => NetworkId is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return NotFound();
        }

        if (IsArchived)
        {
            return Redirect($"/intern/labore/{LabId}/netzwerke");
        }

        if (!IsNew)
        {
            if (await Sender.Send(new GetNetwork(LabId, NetworkId!.Value), ct) is not { } network)
            {
                return NotFound();
            }

            Input = new NetworkInput { Version = network.Version, Name = network.Name, Description = network.Description };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Guid? id = NetworkId;
        var saved = await this.TryAsync(async () =>
        {
            if (IsNew)
            {
                id = await Sender.Send(new CreateNetwork(LabId, Input.Name, Input.Description), ct);
            }
            else
            {
                await Sender.Send(new EditNetwork(LabId, NetworkId!.Value, Input.Version, Input.Name, Input.Description), ct);
            }
        });
        if (saved)
        {
            TempData["Status"] = (IsNew ? T["Das Netzwerk wurde angelegt."] : T["Das Netzwerk wurde gespeichert."]).Value;
            return Redirect($"/intern/labore/{LabId}/netzwerke/{id}");
        }

        return await LoadLabAsync(ct) ? Page() : NotFound();
    }

    public sealed class NetworkInput
    {
        public int Version { get; set; }

        public string Name { get; set; } = string.Empty;

        public string? Description { get; set; }
    }
}
