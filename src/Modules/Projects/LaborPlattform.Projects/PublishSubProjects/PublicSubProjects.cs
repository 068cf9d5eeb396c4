using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Common;
using LaborPlattform.Projects.ReadSubProjects;

namespace LaborPlattform.Projects.PublishSubProjects;

/// <summary>The published sub-projects of a lab, for everyone; null when there is no such lab or it is archived (its public pages are gone).</summary>
internal sealed record GetPublicSubProjects(string LabSlug) : IQuery<PublicLabSubProjects?>;

/// <summary>One published sub-project, for everyone; null when it is not published or not of this lab.</summary>
internal sealed record GetPublicSubProject(string LabSlug, Guid SubProjectId) : IQuery<PublicSubProjectView?>;

internal sealed class PublicSubProjectsHandler(ProjectsDbContext db, ISender sender) :
    IQueryHandler<GetPublicSubProjects, PublicLabSubProjects?>,
    IQueryHandler<GetPublicSubProject, PublicSubProjectView?>
{
    private static readonly StringComparer German = StringComparer.Create(Shared.Time.Berlin.Culture, ignoreCase: true);

    public async ValueTask<PublicLabSubProjects?> Handle(GetPublicSubProjects query, CancellationToken cancellationToken)
    {
        if (await PublicLabAsync(query.LabSlug, cancellationToken) is not { } lab)
        {
            return null;
        }

        var subProjects = await Published(lab.Id).ToListAsync(cancellationToken);
        var themes = await sender.Send(new GetThemes(), cancellationToken);
        return new PublicLabSubProjects(lab.Slug, lab.Name, subProjects.Select(s => ToView(s, lab, themes)).OrderBy(s => s.Title, German).ToList());
    }

    public async ValueTask<PublicSubProjectView?> Handle(GetPublicSubProject query, CancellationToken cancellationToken)
    {
        if (await PublicLabAsync(query.LabSlug, cancellationToken) is not { } lab)
        {
            return null;
        }

        var subProject = await Published(lab.Id).SingleOrDefaultAsync(s => s.Id == query.SubProjectId, cancellationToken);
        return subProject is null ? null : ToView(subProject, lab, await sender.Send(new GetThemes(), cancellationToken));
    }

    private async Task<LabDto?> PublicLabAsync(string slug, CancellationToken ct) =>
        await sender.Send(new GetLabBySlug(slug), ct) is { IsArchived: false } lab ? lab : null;

    private IQueryable<SubProject> Published(Guid labId) =>
        db.SubProjects.AsNoTracking().WithParts().Where(s => s.LabId == labId && s.IsPublished && s.ReadOnlySince == null);

    private static PublicSubProjectView ToView(SubProject s, LabDto lab, IReadOnlyList<ThemeDto> themes)
    {
        var members = lab.Municipalities.ToDictionary(m => m.MunicipalityKey, m => m.Name);
        return new PublicSubProjectView(
            s.Id,
            lab.Slug,
            lab.Name,
            s.Title,
            s.PublicSummary,
            s.Status.ToString(),
            s.StartDate,
            s.PlannedEnd,
            themes.Where(t => s.Themes.Any(x => x.ThemeId == t.Id)).Select(t => t.Name).OrderBy(n => n, German).ToList(),
            s.TargetGroups,
            s.Municipalities.Where(m => members.ContainsKey(m.MunicipalityKey)).Select(m => members[m.MunicipalityKey]).OrderBy(n => n, German).ToList(),
            Parse.Names(s.Principles),
            s.Milestones.OrderBy(m => m.DueDate).Select(m => new PublicMilestoneView(m.Title, m.DueDate, m.CompletedOn)).ToList(),
            s.Transfers.OrderBy(t => t.AdoptedOn).Select(t => new PublicTransferView(t.MunicipalityName, t.AdoptedOn)).ToList());
    }
}

internal static class PublicSubProjectsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/public/labs/{labSlug}/subprojects", async Task<Results<Ok<PublicLabSubProjects>, NotFound>> (string labSlug, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetPublicSubProjects(labSlug), ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .AllowAnonymous()
            .WithName("ListPublicSubProjects")
            .WithSummary("Published sub-projects of a lab (open data, no sign-in): public summary and facts, no internal notes.");

        api.MapGet("/public/labs/{labSlug}/subprojects/{subProjectId:guid}", async Task<Results<Ok<PublicSubProjectView>, NotFound>> (string labSlug, Guid subProjectId, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetPublicSubProject(labSlug, subProjectId), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .AllowAnonymous()
            .WithName("GetPublicSubProject")
            .WithSummary("One published sub-project (no sign-in).");
    }
}
