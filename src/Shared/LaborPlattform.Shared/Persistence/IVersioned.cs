namespace LaborPlattform.Shared.Persistence;

/// <summary>
/// An aggregate edited by people who may work at the same time. <see cref="Version"/> is its optimistic
/// concurrency token: every edit names the version it started from and bumps it by one; an edit that names
/// an older version is refused and writes nothing.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
