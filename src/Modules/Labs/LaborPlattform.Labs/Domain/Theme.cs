namespace LaborPlattform.Labs.Domain;

/// <summary>A theme labs and sub-projects work on (energy transition, digital participation, …); administrators add more.</summary>
internal sealed class Theme
{
    private Theme()
    {
    }

    public Theme(Guid id, string key, string name)
    {
        Id = id;
        Key = key;
        Name = name.Trim();
    }

    public Guid Id { get; private set; }

    /// <summary>Stable identifier for code and reports (e.g. <c>energy-transition</c>).</summary>
    public string Key { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public void Rename(string name) => Name = name.Trim();
}
