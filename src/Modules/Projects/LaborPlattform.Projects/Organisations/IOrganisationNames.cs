namespace LaborPlattform.Projects.Organisations;

/// <summary>
/// The one place where the names of responsible organisations are resolved. Organisations belong to the
/// Stakeholders module; this module keeps only their ids. Until that module's Contracts are wired in here, the
/// ids are shown honestly as "Organisation" plus the first eight characters of the id.
/// </summary>
internal interface IOrganisationNames
{
    /// <summary>A display name for every id asked for (ids without a known organisation included).</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken ct);
}

/// <summary>The current behaviour: no directory yet, so each id is shown by its short form.</summary>
internal sealed class OrganisationIdsAsNames : IOrganisationNames
{
    public Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<Guid, string>>(organisationIds.Distinct().ToDictionary(id => id, ShortName));

    public static string ShortName(Guid id) => $"Organisation {id.ToString("N")[..8]}";
}
