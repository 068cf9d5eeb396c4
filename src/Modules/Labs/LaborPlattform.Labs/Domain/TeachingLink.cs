namespace LaborPlattform.Labs.Domain;

/// <summary>A course at a partner university in which lab work is taught (the programme's transfer channel into teaching).</summary>
internal sealed class TeachingLink
{
    private TeachingLink()
    {
    }

    public TeachingLink(Guid id, Guid universityId, string course, string term)
    {
        Id = id;
        UniversityId = universityId;
        Course = course.Trim();
        Term = term.Trim();
    }

    public Guid Id { get; private set; }

    public Guid UniversityId { get; private set; }

    public string Course { get; private set; } = string.Empty;

    /// <summary>"WiSe 2025/26" or "SoSe 2026".</summary>
    public string Term { get; private set; } = string.Empty;
}
