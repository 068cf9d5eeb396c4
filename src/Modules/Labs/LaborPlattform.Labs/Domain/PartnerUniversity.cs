namespace LaborPlattform.Labs.Domain;

internal sealed class PartnerUniversity
{
    private readonly List<TeachingLink> _teachingLinks = [];

    private PartnerUniversity()
    {
    }

    public PartnerUniversity(Guid id, Guid labId, string name)
    {
        Id = id;
        LabId = labId;
        Name = name.Trim();
    }

    public Guid Id { get; private set; }

    public Guid LabId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public IReadOnlyList<TeachingLink> TeachingLinks => _teachingLinks;

    public TeachingLink AddTeachingLink(string course, string term)
    {
        var link = new TeachingLink(Guid.CreateVersion7(), Id, course, term);
        _teachingLinks.Add(link);
        return link;
    }

    public void RemoveTeachingLink(Guid linkId)
    {
        var link = _teachingLinks.SingleOrDefault(l => l.Id == linkId) ?? throw new NotFoundException("Lehrveranstaltung", linkId);
        _teachingLinks.Remove(link);
    }
}
