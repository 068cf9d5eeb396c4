using System.Security.Claims;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Authorization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Host.Home;

/// <summary>Where signed-in people land: their roles and the labs they work in.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class InternalHomePage(ISender sender, IStringLocalizer<HostResource> t) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public IReadOnlyList<string> RoleNames { get; private set; } = [];

    public bool AllLabs { get; private set; }

    public IReadOnlyList<LabDto> Labs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        DisplayName = User.FindFirstValue(PlatformClaims.DisplayName) ?? string.Empty;
        RoleNames = Roles.All.Where(User.IsInRole).Select(r => t[Roles.DisplayName(r)].Value).ToList();
        AllLabs = LabPermissions.ReadsAllLabs(User);
        Labs = await sender.Send(new GetLabs(LabIds: AllLabs ? null : LabPermissions.ScopedLabs(User)), ct);
    }
}
