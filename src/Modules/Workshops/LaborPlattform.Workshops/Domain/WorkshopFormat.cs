namespace LaborPlattform.Workshops.Domain;

/// <summary>
/// A format of events (course, talk, co-creation workshop …). The eight of the issue come with every installation;
/// administrators add further ones. A format in use is never deleted: it is retired (<see cref="IsActive"/>), so
/// existing events keep it and new ones cannot choose it.
/// </summary>
internal sealed class WorkshopFormat : IVersioned
{
    private WorkshopFormat()
    {
    }

    public WorkshopFormat(string key, string name, int position)
    {
        Key = key;
        Name = name.Trim();
        Position = position;
        IsActive = true;
        Version = 1;
    }

    /// <summary>Stable key for code, API and reports, e.g. <c>Course</c>.</summary>
    public string Key { get; private set; } = string.Empty;

    /// <summary>German name, e.g. "Kurs".</summary>
    public string Name { get; private set; } = string.Empty;

    public int Position { get; private set; }

    public bool IsActive { get; private set; }

    public int Version { get; private set; }

    public void Edit(string name, bool isActive)
    {
        Name = name.Trim();
        IsActive = isActive;
    }
}
