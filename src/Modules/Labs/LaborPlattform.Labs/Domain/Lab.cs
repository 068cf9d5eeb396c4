using System.Text.RegularExpressions;

namespace LaborPlattform.Labs.Domain;

/// <summary>
/// A lab: a consortium of municipalities, civil-society partners and universities in a programme. The lab is
/// the aggregate for its members, universities and teaching links: every change to them is a change of the
/// lab (one version, one lock), and an archived lab refuses all changes.
/// </summary>
internal sealed partial class Lab : IVersioned
{
    private readonly List<LabTheme> _themes = [];
    private readonly List<MemberMunicipality> _municipalities = [];
    private readonly List<PartnerUniversity> _universities = [];

    private Lab()
    {
    }

    public Lab(Guid id, string slug, Guid programmeId, LabDetails details, DateTimeOffset createdAt)
    {
        Id = id;
        Slug = slug;
        ProgrammeId = programmeId;
        CreatedAt = createdAt;
        Status = LabStatus.Active;
        Version = 1;
        Apply(details);
    }

    public Guid Id { get; private set; }

    /// <summary>The lab's name in URLs, e.g. <c>bremen-bremerhaven</c>; fixed at registration so links stay valid.</summary>
    public string Slug { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string ShortDescription { get; private set; } = string.Empty;

    public string FederalStateCode { get; private set; } = string.Empty;

    public Guid ProgrammeId { get; private set; }

    public DateOnly FundingStart { get; private set; }

    public DateOnly FundingEnd { get; private set; }

    public LabStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<LabTheme> Themes => _themes;

    public IReadOnlyList<MemberMunicipality> Municipalities => _municipalities;

    public IReadOnlyList<PartnerUniversity> Universities => _universities;

    public void Edit(LabDetails details, LabStatus status)
    {
        EnsureNotArchived();
        if (status == LabStatus.Archived)
        {
            throw new ValidationFailedException("status", "Ein Labor wird über „Archivieren“ archiviert, nicht über die Bearbeitung.");
        }

        Apply(details);
        Status = status;
    }

    public void Archive(DateTimeOffset at)
    {
        EnsureNotArchived();
        Status = LabStatus.Archived;
        ArchivedAt = at;
    }

    public MemberMunicipality AddMunicipality(string key, string name, MunicipalityKind kind, ConsortiumRole role, string fieldPrefix = "")
    {
        EnsureNotArchived();
        if (_municipalities.Any(m => m.Key == key))
        {
            throw new ValidationFailedException(fieldPrefix + "municipalityKey", $"Die Kommune mit dem Schlüssel {key} gehört bereits zu diesem Labor.");
        }

        EnsureSingleLead(role, exceptKey: null, fieldPrefix);
        var member = new MemberMunicipality(Guid.CreateVersion7(), Id, key, name, kind, role);
        _municipalities.Add(member);
        return member;
    }

    public void UpdateMunicipality(string key, string name, MunicipalityKind kind, ConsortiumRole role)
    {
        EnsureNotArchived();
        var member = _municipalities.SingleOrDefault(m => m.Key == key) ?? throw new NotFoundException("Kommune", key);
        EnsureSingleLead(role, exceptKey: key, string.Empty);
        member.Update(name, kind, role);
    }

    public void RemoveMunicipality(string key)
    {
        EnsureNotArchived();
        var member = _municipalities.SingleOrDefault(m => m.Key == key) ?? throw new NotFoundException("Kommune", key);
        _municipalities.Remove(member);
    }

    public PartnerUniversity AddUniversity(string name, string fieldPrefix = "")
    {
        EnsureNotArchived();
        if (_universities.Any(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ValidationFailedException(fieldPrefix + "name", $"Die Hochschule „{name}“ ist bereits Partnerin dieses Labors.");
        }

        var university = new PartnerUniversity(Guid.CreateVersion7(), Id, name);
        _universities.Add(university);
        return university;
    }

    public void RemoveUniversity(Guid universityId)
    {
        EnsureNotArchived();
        var university = University(universityId);
        _universities.Remove(university);
    }

    public TeachingLink AddTeachingLink(Guid universityId, string course, string term)
    {
        EnsureNotArchived();
        return University(universityId).AddTeachingLink(course, term);
    }

    public void RemoveTeachingLink(Guid universityId, Guid linkId)
    {
        EnsureNotArchived();
        University(universityId).RemoveTeachingLink(linkId);
    }

    private PartnerUniversity University(Guid universityId) =>
        _universities.SingleOrDefault(u => u.Id == universityId) ?? throw new NotFoundException("Hochschule", universityId);

    private void Apply(LabDetails details)
    {
        Name = details.Name.Trim();
        ShortDescription = details.ShortDescription.Trim();
        FederalStateCode = details.FederalStateCode;
        FundingStart = details.FundingStart;
        FundingEnd = details.FundingEnd;

        var wanted = details.ThemeIds.Distinct().ToHashSet();
        _themes.RemoveAll(t => !wanted.Contains(t.ThemeId));
        foreach (var themeId in wanted.Where(id => _themes.All(t => t.ThemeId != id)))
        {
            _themes.Add(new LabTheme(Id, themeId));
        }
    }

    private void EnsureSingleLead(ConsortiumRole role, string? exceptKey, string fieldPrefix)
    {
        if (role != ConsortiumRole.Lead)
        {
            return;
        }

        var lead = _municipalities.FirstOrDefault(m => m.Role == ConsortiumRole.Lead && m.Key != exceptKey);
        if (lead is not null)
        {
            throw new ValidationFailedException(fieldPrefix + "role", $"Das Labor hat bereits eine federführende Kommune ({lead.Name}). Ein Konsortium hat genau eine Federführung.");
        }
    }

    private void EnsureNotArchived()
    {
        if (Status == LabStatus.Archived)
        {
            throw new ConflictException("Das Labor ist archiviert und kann nicht mehr geändert werden.", ConflictException.ReadOnlyCode);
        }
    }

    /// <summary>URL name from a lab name: lower case, umlauts transcribed, everything else a hyphen.</summary>
    public static string SlugFor(string name)
    {
        var text = name.Trim().ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal)
            .Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal);
        var slug = NonAlphanumeric().Replace(text, "-").Trim('-');
        return slug.Length == 0 ? "labor" : slug[..Math.Min(slug.Length, 80)].TrimEnd('-');
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
