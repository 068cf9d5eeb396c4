using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Accounts.InviteUser;

internal interface IAccessForm
{
    IStringLocalizer<AccountsResource> T { get; }

    AccessInput Access { get; }

    IReadOnlyList<SelectListItem> RoleItems { get; }

    IReadOnlyList<SelectListItem> LabItems { get; }
}

internal abstract class AccessFormModel(ISender sender, IStringLocalizer<AccountsResource> t) : PageModel, IAccessForm
{
    public IStringLocalizer<AccountsResource> T { get; } = t;

    protected ISender Sender { get; } = sender;

    [BindProperty]
    public AccessInput Access { get; set; } = new();

    public IReadOnlyList<SelectListItem> RoleItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> LabItems { get; private set; } = [];

    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        RoleItems = Roles.All.Select(r => new SelectListItem(T[Roles.DisplayName(r)], r)).ToList();
        LabItems = (await Sender.Send(new GetLabs(), ct)).Select(l => new SelectListItem(l.Name, l.Id.ToString())).ToList();
    }
}

internal sealed class AccessInput
{
    public string DisplayName { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];

    public List<Guid> LabIds { get; set; } = [];
}
