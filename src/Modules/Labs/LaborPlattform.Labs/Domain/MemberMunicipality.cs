namespace LaborPlattform.Labs.Domain;

internal sealed class MemberMunicipality
{
    private MemberMunicipality()
    {
    }

    public MemberMunicipality(Guid id, Guid labId, string key, string name, MunicipalityKind kind, ConsortiumRole role)
    {
        Id = id;
        LabId = labId;
        Key = key;
        Name = name.Trim();
        Kind = kind;
        Role = role;
    }

    public Guid Id { get; private set; }

    public Guid LabId { get; private set; }

    /// <summary>AGS, unique within the lab.</summary>
    public string Key { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public MunicipalityKind Kind { get; private set; }

    public ConsortiumRole Role { get; private set; }

    public void Update(string name, MunicipalityKind kind, ConsortiumRole role)
    {
        Name = name.Trim();
        Kind = kind;
        Role = role;
    }
}
