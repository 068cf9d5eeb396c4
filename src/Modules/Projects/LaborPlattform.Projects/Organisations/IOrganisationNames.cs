using LaborPlattform.Stakeholders.Contracts;

namespace LaborPlattform.Projects.Organisations;

/// <summary>
/// The one place where the names of responsible organisations are resolved. Organisations belong to the
/// Stakeholders module; this module keeps only their ids and asks that module's Contracts for the names.
/// </summary>
internal interface IOrganisationNames
{
    /// <summary>A display name for every id asked for (ids without a known organisation included).</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken ct);
}

/// <summary>Names from the Stakeholders directory; an id no longer there (e.g. a deleted organisation) is said to be so.</summary>
internal sealed class DirectoryOrganisationNames(ISender sender) : IOrganisationNames
{
    public const string Unknown = "Organisation nicht mehr im Akteursverzeichnis";

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken ct)
    {
        var ids = organisationIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var known = (await sender.Send(new GetOrganisationsByIds(ids), ct)).ToDictionary(o => o.Id, o => o.Name);
        return ids.ToDictionary(id => id, id => known.GetValueOrDefault(id, Unknown));
    }
}
