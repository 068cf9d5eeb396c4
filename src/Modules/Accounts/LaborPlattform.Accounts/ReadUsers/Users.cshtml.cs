using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Accounts.ReadUsers;

/// <summary>All accounts with roles, labs and state (administrators).</summary>
[Authorize(Policy = Policies.Administrator)]
internal sealed class UsersPage(ISender sender) : PageModel
{
    private Dictionary<Guid, string> _labNames = [];

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public string LabName(Guid labId) => _labNames.GetValueOrDefault(labId, labId.ToString());

    public async Task OnGetAsync(CancellationToken ct)
    {
        Users = await sender.Send(new GetUsersQuery(), ct);
        _labNames = (await sender.Send(new GetLabs(IncludeArchived: true), ct)).ToDictionary(l => l.Id, l => l.Name);
    }
}
