using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Stakeholders.ManageNetworks;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

/// <summary>A network with its members and its size month by month; contributors add members here.</summary>
[Authorize(Policy = Policies.ReadLab)]
internal sealed class NetworkModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<StakeholdersResource> t, TimeProvider time)
    : LabPageModel<StakeholdersResource>(sender, authorization, t)
{
    [FromRoute]
    public Guid NetworkId { get; set; }

    public NetworkDto Network { get; private set; } = default!;

    public IReadOnlyList<NetworkSizeMonth> Months { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Candidates { get; private set; } = [];

    [BindProperty]
    public JoinInput Join { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Join.JoinedOn = Shared.Time.Berlin.Today(time);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostJoinAsync(int version, CancellationToken ct)
    {
        await RequireContributeAsync();
        if (await this.TryAsync(() => Sender.Send(new AddMembership(LabId, NetworkId, version, Join.OrganisationId ?? Guid.Empty, Join.JoinedOn, Join.LeftOn), ct).AsTask(), "Join"))
        {
            TempData["Status"] = T["Die Organisation wurde in das Netzwerk aufgenommen."].Value;
            return RedirectToPage();
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct) || await Sender.Send(new GetNetwork(LabId, NetworkId), ct) is not { } network)
        {
            return false;
        }

        Network = network;
        var today = Shared.Time.Berlin.Today(time);
        var sizes = await Sender.Send(new GetNetworkSizes(LabId, new DateOnly(today.Year, today.Month, 1).AddMonths(-11), today), ct);
        Months = sizes.SingleOrDefault(s => s.NetworkId == NetworkId)?.Months.Reverse().ToList() ?? [];
        var current = network.Memberships.Where(m => m.IsCurrent).Select(m => m.OrganisationId).ToHashSet();
        Candidates = (await Sender.Send(new GetLabOrganisations(LabId), ct))
            .Where(o => !current.Contains(o.Id))
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToList();
        return true;
    }

    public sealed class JoinInput
    {
        public Guid? OrganisationId { get; set; }

        public DateOnly? JoinedOn { get; set; }

        public DateOnly? LeftOn { get; set; }
    }
}
