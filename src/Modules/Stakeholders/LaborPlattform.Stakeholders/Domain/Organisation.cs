namespace LaborPlattform.Stakeholders.Domain;

/// <summary>
/// An actor in one or more labs: a community centre, an association, a municipal administration, a university.
/// The organisation is the aggregate for its involvements in labs; contact persons, offers and network
/// memberships refer to it. Its name is unique on the platform (compared without regard to case), so the same
/// partner is not recorded twice.
/// </summary>
internal sealed class Organisation : IVersioned
{
    private readonly List<Involvement> _involvements = [];

    private Organisation()
    {
    }

    public Organisation(Guid id, OrganisationDetails details, DateTimeOffset createdAt)
    {
        Id = id;
        CreatedAt = createdAt;
        Version = 1;
        Apply(details);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The name in upper case, for the uniqueness check and lookups.</summary>
    public string NormalizedName { get; private set; } = string.Empty;

    public Sector Sector { get; private set; }

    public OrganisationKind Kind { get; private set; }

    public string Street { get; private set; } = string.Empty;

    public string PostalCode { get; private set; } = string.Empty;

    public string City { get; private set; } = string.Empty;

    /// <summary>AGS of the address.</summary>
    public string MunicipalityKey { get; private set; } = string.Empty;

    public string? Website { get; private set; }

    /// <summary>The organisation has rooms where events and offers for the public take place (it is a venue).</summary>
    public bool HasPublicPremises { get; private set; }

    public bool StepFreeAccess { get; private set; }

    public bool AccessibleToilet { get; private set; }

    public bool HearingLoop { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<Involvement> Involvements => _involvements;

    /// <summary>A venue: premises open to the public, or involved in some lab as a venue.</summary>
    public bool IsVenue => HasPublicPremises || _involvements.Any(i => i.Role == InvolvementRole.Venue);

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();

    public void Edit(OrganisationDetails details) => Apply(details);

    /// <summary>
    /// Replaces the organisation's involvements in one lab (other labs' involvements stay as they are). An
    /// organisation stays in the lab with at least one role; ending a role is done with its end date, so reports
    /// of past periods still count it.
    /// </summary>
    public void SetInvolvements(Guid labId, IReadOnlyList<InvolvementDetails> involvements)
    {
        if (involvements.Count == 0)
        {
            throw new ValidationFailedException("involvements", "Bitte wählen Sie mindestens eine Rolle der Organisation in diesem Labor.");
        }

        for (var i = 0; i < involvements.Count; i++)
        {
            var wanted = involvements[i];
            if (wanted.Until is { } until && until < wanted.Since)
            {
                throw new ValidationFailedException($"involvements[{i}].until", "Das Ende der Beteiligung darf nicht vor ihrem Beginn liegen.");
            }

            if (involvements.Take(i).Any(o => o.Role == wanted.Role))
            {
                throw new ValidationFailedException($"involvements[{i}].role", $"Die Rolle „{wanted.Role.Name()}“ ist doppelt angegeben.");
            }
        }

        _involvements.RemoveAll(i => i.LabId == labId && involvements.All(w => w.Role != i.Role));
        foreach (var wanted in involvements)
        {
            var existing = _involvements.SingleOrDefault(i => i.LabId == labId && i.Role == wanted.Role);
            if (existing is null)
            {
                _involvements.Add(new Involvement(Guid.CreateVersion7(), Id, labId, wanted.Role, wanted.Since, wanted.Until));
            }
            else
            {
                existing.Change(wanted.Since, wanted.Until);
            }
        }
    }

    public bool IsInvolvedIn(Guid labId) => _involvements.Any(i => i.LabId == labId);

    private void Apply(OrganisationDetails details)
    {
        Name = details.Name.Trim();
        NormalizedName = Normalize(details.Name);
        Sector = details.Sector;
        Kind = details.Kind;
        Street = details.Street.Trim();
        PostalCode = details.PostalCode.Trim();
        City = details.City.Trim();
        MunicipalityKey = details.MunicipalityKey.Trim();
        Website = string.IsNullOrWhiteSpace(details.Website) ? null : details.Website.Trim();
        HasPublicPremises = details.HasPublicPremises;
        StepFreeAccess = details.StepFreeAccess;
        AccessibleToilet = details.AccessibleToilet;
        HearingLoop = details.HearingLoop;
    }
}

internal sealed record OrganisationDetails(
    string Name,
    Sector Sector,
    OrganisationKind Kind,
    string Street,
    string PostalCode,
    string City,
    string MunicipalityKey,
    string? Website,
    bool HasPublicPremises,
    bool StepFreeAccess,
    bool AccessibleToilet,
    bool HearingLoop);

internal sealed record InvolvementDetails(InvolvementRole Role, DateOnly Since, DateOnly? Until);

/// <summary>An organisation's role in a lab since a date (and until a date when it ended).</summary>
internal sealed class Involvement
{
    private Involvement()
    {
    }

    public Involvement(Guid id, Guid organisationId, Guid labId, InvolvementRole role, DateOnly since, DateOnly? until)
    {
        Id = id;
        OrganisationId = organisationId;
        LabId = labId;
        Role = role;
        Since = since;
        Until = until;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid LabId { get; private set; }

    public InvolvementRole Role { get; private set; }

    public DateOnly Since { get; private set; }

    /// <summary>Last day of the involvement; null while it lasts.</summary>
    public DateOnly? Until { get; private set; }

    public bool Overlaps(DateOnly from, DateOnly to) => Since <= to && (Until is null || Until >= from);

    public void Change(DateOnly since, DateOnly? until)
    {
        Since = since;
        Until = until;
    }
}
