using LaborPlattform.Stakeholders.Contracts;

namespace LaborPlattform.Stakeholders.ReportStakeholders;

internal sealed class CountInvolvedOrganisationsHandler(StakeholdersDbContext db) : IQueryHandler<GetInvolvedOrganisationCounts, InvolvedOrganisationCounts>
{
    public async ValueTask<InvolvedOrganisationCounts> Handle(GetInvolvedOrganisationCounts query, CancellationToken cancellationToken)
    {
        if (query.To < query.From)
        {
            throw new ValidationFailedException("to", "Das Ende des Zeitraums darf nicht vor seinem Beginn liegen.");
        }

        var organisations = await db.Organisations.AsNoTracking().Include(o => o.Involvements)
            .Where(o => o.Involvements.Any(i => i.LabId == query.LabId && i.Since <= query.To && (i.Until == null || i.Until >= query.From)))
            .ToListAsync(cancellationToken);

        var inLab = organisations
            .Select(o => (Organisation: o, Involvements: o.Involvements.Where(i => i.LabId == query.LabId).ToList()))
            .ToList();
        var bySector = Enum.GetValues<Sector>()
            .Select(s => new SectorCount(s.ToString(), s.Name(), inLab.Count(x => x.Organisation.Sector == s)))
            .ToList();
        var byRole = Enum.GetValues<InvolvementRole>()
            .Select(r => new RoleCount(r.ToString(), r.Name(), inLab.Count(x => x.Involvements.Any(i => i.Role == r && i.Overlaps(query.From, query.To)))))
            .Where(r => r.Count > 0)
            .ToList();
        var newInPeriod = inLab.Count(x => x.Involvements.Min(i => i.Since) >= query.From);

        return new InvolvedOrganisationCounts(query.LabId, query.From, query.To, inLab.Count, newInPeriod, bySector, byRole);
    }
}

internal static class ReportStakeholdersEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/labs/{labId:guid}/organisation-counts", async (Guid labId, DateOnly from, DateOnly to, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetInvolvedOrganisationCounts(labId, from, to), ct)))
            .RequireAuthorization(Policies.ReadLab)
            .WithName("CountInvolvedOrganisations")
            .WithSummary("How many organisations were involved in the lab between from and to (inclusive), by sector and role.")
            .ProducesValidationProblem();
    }
}
