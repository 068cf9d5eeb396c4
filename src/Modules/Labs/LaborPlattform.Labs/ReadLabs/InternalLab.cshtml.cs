using LaborPlattform.Accounts.Contracts;
using LaborPlattform.Labs.AddUniversity;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Labs.RemoveMunicipality;
using LaborPlattform.Labs.RemoveTeachingLink;
using LaborPlattform.Labs.RemoveUniversity;
using LaborPlattform.Shared.Navigation;

namespace LaborPlattform.Labs.ReadLabs;

/// <summary>
/// A lab with its consortium, universities and team. Readable by everyone who may read the lab; the changes
/// posted from here (remove a member, add or remove a university or course) need the right to edit it. Their forms
/// post plain fields (<c>key</c>, <c>version</c>, …), so the commands are built from them; the lab always comes from the route.
/// </summary>
[Authorize(Policy = Policies.ReadLab)]
internal sealed class InternalLabPage(ISender sender, IAuthorizationService authorization, IStringLocalizer<LabsResource> t, IEnumerable<LabLink> labLinks, IStringLocalizerFactory localizers) : PageModel
{
    [FromRoute]
    public Guid LabId { get; set; }

    public LabDto Lab { get; private set; } = default!;

    public IReadOnlyList<TeamMember> Team { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanArchive { get; private set; }

    /// <summary>The other modules' areas for this lab that the person may open (text, address).</summary>
    public IReadOnlyList<(string Text, string Href)> ModuleLinks { get; private set; } = [];

    /// <summary>The add-university form's field (<c>University.Name</c>), bound only when that form is posted.</summary>
    public AddUniversityCommand University { get; private set; } = new(Guid.Empty, 0, string.Empty);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRemoveMunicipalityAsync(string key, int version, CancellationToken ct) =>
        ChangeAsync(() => sender.Send(new RemoveMunicipalityCommand(LabId, version, key), ct).AsTask(), t["Die Kommune wurde entfernt."], ct);

    public Task<IActionResult> OnPostAddUniversityAsync([FromForm(Name = nameof(University))] AddUniversityCommand university, int version, CancellationToken ct)
    {
        University = university;
        return ChangeAsync(() => sender.Send(university with { LabId = LabId, Version = version }, ct).AsTask(), t["Die Hochschule wurde hinzugefügt."], ct, "University");
    }

    public Task<IActionResult> OnPostRemoveUniversityAsync(Guid universityId, int version, CancellationToken ct) =>
        ChangeAsync(() => sender.Send(new RemoveUniversityCommand(LabId, version, universityId), ct).AsTask(), t["Die Hochschule wurde entfernt."], ct);

    public Task<IActionResult> OnPostRemoveTeachingLinkAsync(Guid universityId, Guid teachingLinkId, int version, CancellationToken ct) =>
        ChangeAsync(() => sender.Send(new RemoveTeachingLinkCommand(LabId, version, universityId, teachingLinkId), ct).AsTask(), t["Die Lehrveranstaltung wurde entfernt."], ct);

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string done, CancellationToken ct, string prefix = "Input")
    {
        await authorization.RequireLabAsync(User, LabId, Policies.EditLab);
        if (await this.TryAsync(change, prefix))
        {
            TempData["Status"] = done;
            return RedirectToPage();
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await sender.Send(new GetLab(LabId), ct) is not { } lab)
        {
            return false;
        }

        Lab = lab;
        Team = await sender.Send(new GetLabTeam(LabId), ct);
        CanEdit = !lab.IsArchived && await authorization.AllowsLabAsync(User, LabId, Policies.EditLab);
        CanArchive = !lab.IsArchived && User.IsInRole(Roles.Administrator);
        var links = new List<(string, string)>();
        foreach (var link in labLinks.OrderBy(l => l.Order))
        {
            if (await authorization.AllowsLabAsync(User, LabId, link.Policy))
            {
                links.Add((localizers.Create(link.Resources)[link.Text], link.Href(LabId)));
            }
        }

        ModuleLinks = links;
        return true;
    }
}
