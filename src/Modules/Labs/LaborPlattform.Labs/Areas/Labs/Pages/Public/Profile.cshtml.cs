using LaborPlattform.Labs.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborPlattform.Labs.Areas.Labs.Pages.Public;

/// <summary>A lab's public profile: who takes part and what it works on. Coordinators and staff are not named here.</summary>
[AllowAnonymous]
internal sealed class ProfileModel(ISender sender) : PageModel
{
    public LabDto Lab { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var lab = await sender.Send(new GetLabBySlug(slug), ct);
        if (lab is null || lab.IsArchived)
        {
            return NotFound();
        }

        Lab = lab;
        return Page();
    }
}
