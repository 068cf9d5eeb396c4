using System.Globalization;
using LaborPlattform.Shared.Csv;
using LaborPlattform.Stakeholders.ImportOrganisations;
using LaborPlattform.Stakeholders.ReadOrganisations;

namespace LaborPlattform.Stakeholders.ExportOrganisations;

/// <summary>
/// The lab's organisations as CSV in the import format (so an export can be corrected and imported elsewhere).
/// Contact persons are never part of it: the file leaves the platform.
/// </summary>
internal sealed record ExportOrganisationsQuery(Guid LabId) : IQuery<byte[]>;

internal sealed class ExportOrganisationsHandler(StakeholdersDbContext db) : IQueryHandler<ExportOrganisationsQuery, byte[]>
{
    public async ValueTask<byte[]> Handle(ExportOrganisationsQuery query, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().Include(o => o.Involvements)
            .Where(o => o.Involvements.Any(i => i.LabId == query.LabId))
            .ToListAsync(cancellationToken);
        var csv = new CsvWriter().Row(OrganisationColumns.All);
        foreach (var o in organisations.OrderBy(o => o.Name, OrganisationDtoMapping.German))
        {
            var involvements = o.Involvements.Where(i => i.LabId == query.LabId).OrderBy(i => i.Role).ToList();
            csv.Row(
                o.Name,
                o.Sector.Name(),
                o.Kind.Name(),
                o.Street,
                o.PostalCode,
                o.City,
                o.MunicipalityKey,
                o.Website,
                YesNo(o.HasPublicPremises),
                YesNo(o.StepFreeAccess),
                YesNo(o.AccessibleToilet),
                YesNo(o.HearingLoop),
                string.Join(", ", involvements.Select(i => i.Role.Name())),
                involvements.Min(i => i.Since).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        }

        return csv.ToBytes();
    }

    private static string YesNo(bool value) => value ? "ja" : "nein";
}

internal static class ExportOrganisationsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/labs/{labId:guid}/organisations.csv", async (Guid labId, ISender sender, CancellationToken ct) =>
                TypedResults.File(await sender.Send(new ExportOrganisationsQuery(labId), ct), "text/csv; charset=utf-8", "organisationen.csv"))
            .RequireAuthorization(Policies.ReadLab)
            .WithName("ExportOrganisations")
            .WithSummary("The lab's organisations as CSV (UTF-8 with BOM, separator ;), in the import format; without contact persons.");
}
