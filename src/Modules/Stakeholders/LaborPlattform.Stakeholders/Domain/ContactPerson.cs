namespace LaborPlattform.Stakeholders.Domain;

/// <summary>
/// A person to contact at an organisation. Personal data (GDPR): every field that describes the person is
/// <see cref="PersonalAttribute">[Personal]</see>, so the audit trail records that it changed and never its
/// value, and erasing the person (Art. 17) leaves nothing of them behind. The legal basis and, for consent, its
/// date and purpose are recorded when the person is entered.
/// </summary>
internal sealed class ContactPerson : IVersioned
{
    private ContactPerson()
    {
    }

    public ContactPerson(Guid id, Guid organisationId, ContactPersonDetails details, DateTimeOffset recordedAt, string? recordedBy)
    {
        Id = id;
        OrganisationId = organisationId;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
        Version = 1;
        Edit(details);
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    [Personal]
    public string Name { get; private set; } = string.Empty;

    [Personal]
    public string? Function { get; private set; }

    [Personal]
    public string? Email { get; private set; }

    [Personal]
    public string? Phone { get; private set; }

    [Personal]
    public ContactChannel PreferredChannel { get; private set; }

    [Personal]
    public LegalBasis LegalBasis { get; private set; }

    /// <summary>The day the person consented (for consent) or the day the basis was established.</summary>
    [Personal]
    public DateOnly BasisDate { get; private set; }

    /// <summary>What the data is used for, as agreed with the person.</summary>
    [Personal]
    public string Purpose { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The user id of whoever entered the person (not the person's data).</summary>
    public string? RecordedBy { get; private set; }

    public int Version { get; private set; }

    public void Edit(ContactPersonDetails details)
    {
        Name = details.Name.Trim();
        Function = Blank(details.Function);
        Email = Blank(details.Email);
        Phone = Blank(details.Phone);
        PreferredChannel = details.PreferredChannel;
        LegalBasis = details.LegalBasis;
        BasisDate = details.BasisDate;
        Purpose = details.Purpose.Trim();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal sealed record ContactPersonDetails(
    string Name,
    string? Function,
    string? Email,
    string? Phone,
    ContactChannel PreferredChannel,
    LegalBasis LegalBasis,
    DateOnly BasisDate,
    string Purpose);
