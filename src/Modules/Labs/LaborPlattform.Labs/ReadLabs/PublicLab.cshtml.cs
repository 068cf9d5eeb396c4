using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Navigation;

namespace LaborPlattform.Labs.ReadLabs;

/// <summary>A lab's public profile: who takes part and what it works on. Coordinators and staff are not named here.</summary>
[AllowAnonymous]
internal sealed class PublicLabPage(ISender sender, IEnumerable<PublicLabLink> labLinks, IStringLocalizerFactory localizers) : PageModel
{
    public LabDto Lab { get; private set; } = default!;

    /// <summary>The other modules' public pages about this lab (published sub-projects, events).</summary>
    public IReadOnlyList<(string Text, string Href)> ModuleLinks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var lab = await sender.Send(new GetLabBySlug(slug), ct);
        if (lab is null || lab.IsArchived)
        {
            return NotFound();
        }

        Lab = lab;
        ModuleLinks = labLinks.OrderBy(l => l.Order).Select(l => (localizers.Create(l.Resources)[l.Text].Value, l.Href(lab.Slug))).ToList();
        return Page();
    }
}
