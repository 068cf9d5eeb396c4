using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs.ReadLabs;

/// <summary>The public list of labs: name, state, what they work on. No internal data.</summary>
[AllowAnonymous]
internal sealed class PublicLabsPage(ISender sender) : PageModel
{
    public IReadOnlyList<LabDto> Labs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Labs = await sender.Send(new GetLabs(), ct);
}
