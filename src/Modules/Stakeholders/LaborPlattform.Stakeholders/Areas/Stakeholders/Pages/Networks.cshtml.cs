using LaborPlattform.Stakeholders.ManageNetworks;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

[Authorize(Policy = Policies.ReadLab)]
internal sealed class NetworksModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<StakeholdersResource> t)
    : LabPageModel<StakeholdersResource>(sender, authorization, t)
{
    public IReadOnlyList<NetworkDto> Networks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return NotFound();
        }

        Networks = await Sender.Send(new GetNetworks(LabId), ct);
        return Page();
    }
}
