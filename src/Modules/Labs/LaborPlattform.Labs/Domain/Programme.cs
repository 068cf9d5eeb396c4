namespace LaborPlattform.Labs.Domain;

/// <summary>A funding programme, e.g. "Regionale Open Government Labore" or its predecessor "Open Government Modellkommunen" (2017–2019).</summary>
internal sealed class Programme : IVersioned
{
    private Programme()
    {
    }

    public Programme(Guid id, string name, string description, int startYear, int? endYear)
    {
        Id = id;
        Version = 1;
        Edit(name, description, startYear, endYear);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public int StartYear { get; private set; }

    public int? EndYear { get; private set; }

    public int Version { get; private set; }

    public void Edit(string name, string description, int startYear, int? endYear)
    {
        Name = name.Trim();
        Description = description.Trim();
        StartYear = startYear;
        EndYear = endYear;
    }
}
