using LaborPlattform.Stakeholders.ManageNetworks;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class MembershipEditModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<StakeholdersResource> t)
    : LabPageModel<StakeholdersResource>(sender, authorization, t)
{
    [FromRoute]
    public Guid NetworkId { get; set; }

    [FromRoute]
    public Guid MembershipId { get; set; }

    [BindProperty]
    public MembershipInput Input { get; set; } = new();

    public string NetworkName { get; private set; } = string.Empty;

    public string OrganisationName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var membership = await LoadAsync(ct);
        if (membership is null)
        {
            return NotFound();
        }

        if (IsArchived)
        {
            return Redirect($"/intern/labore/{LabId}/netzwerke/{NetworkId}");
        }

        Input.JoinedOn = membership.JoinedOn;
        Input.LeftOn = membership.LeftOn;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.TryAsync(() => Sender.Send(new ChangeMembership(LabId, NetworkId, Input.Version, MembershipId, Input.JoinedOn, Input.LeftOn), ct).AsTask()))
        {
            TempData["Status"] = T["Die Mitgliedschaft wurde gespeichert."].Value;
            return Redirect($"/intern/labore/{LabId}/netzwerke/{NetworkId}");
        }

        var version = Input.Version;
        var found = await LoadAsync(ct) is not null;
        Input.Version = version;
        return found ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int version, CancellationToken ct)
    {
        if (await this.TryAsync(() => Sender.Send(new RemoveMembership(LabId, NetworkId, version, MembershipId), ct).AsTask()))
        {
            TempData["Status"] = T["Der Eintrag wurde gelöscht."].Value;
            return Redirect($"/intern/labore/{LabId}/netzwerke/{NetworkId}");
        }

        var membership = await LoadAsync(ct);
        if (membership is null)
        {
            return NotFound();
        }

        Input.JoinedOn = membership.JoinedOn;
        Input.LeftOn = membership.LeftOn;
        return Page();
    }

    private async Task<MembershipDto?> LoadAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct) || await Sender.Send(new GetNetwork(LabId, NetworkId), ct) is not { } network)
        {
            return null;
        }

        var membership = network.Memberships.SingleOrDefault(m => m.Id == MembershipId);
        NetworkName = network.Name;
        OrganisationName = membership?.OrganisationName ?? string.Empty;
        Input.Version = network.Version;
        return membership;
    }

    public sealed class MembershipInput
    {
        public int Version { get; set; }

        public DateOnly? JoinedOn { get; set; }

        public DateOnly? LeftOn { get; set; }
    }
}
