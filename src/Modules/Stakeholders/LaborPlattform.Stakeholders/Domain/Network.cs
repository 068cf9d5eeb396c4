namespace LaborPlattform.Stakeholders.Domain;

/// <summary>
/// A network of partner organisations in a lab, such as "Digitalambulanzen". Memberships keep their join and
/// leave dates, so the size on any day (and its development for reports) can be computed; an organisation that
/// leaves and rejoins has two memberships that must not overlap.
/// </summary>
internal sealed class Network : IVersioned
{
    private readonly List<Membership> _memberships = [];

    private Network()
    {
    }

    public Network(Guid id, Guid labId, string name, string description, DateTimeOffset createdAt)
    {
        Id = id;
        LabId = labId;
        CreatedAt = createdAt;
        Version = 1;
        Edit(name, description);
    }

    public Guid Id { get; private set; }

    public Guid LabId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<Membership> Memberships => _memberships;

    public void Edit(string name, string description)
    {
        Name = name.Trim();
        Description = description.Trim();
    }

    public Membership Join(Guid organisationId, DateOnly joinedOn, DateOnly? leftOn)
    {
        CheckPeriod(organisationId, joinedOn, leftOn, exceptId: null);
        var membership = new Membership(Guid.CreateVersion7(), Id, organisationId, joinedOn, leftOn);
        _memberships.Add(membership);
        return membership;
    }

    public void ChangeMembership(Guid membershipId, DateOnly joinedOn, DateOnly? leftOn)
    {
        var membership = Find(membershipId);
        CheckPeriod(membership.OrganisationId, joinedOn, leftOn, membershipId);
        membership.Change(joinedOn, leftOn);
    }

    public void RemoveMembership(Guid membershipId) => _memberships.Remove(Find(membershipId));

    /// <summary>Members on a day: joined on or before it and not left before it.</summary>
    public int SizeOn(DateOnly day) => _memberships.Where(m => m.IsMemberOn(day)).Select(m => m.OrganisationId).Distinct().Count();

    private Membership Find(Guid membershipId) =>
        _memberships.SingleOrDefault(m => m.Id == membershipId) ?? throw new NotFoundException("Mitgliedschaft", membershipId);

    private void CheckPeriod(Guid organisationId, DateOnly joinedOn, DateOnly? leftOn, Guid? exceptId)
    {
        if (leftOn is { } left && left < joinedOn)
        {
            throw new ValidationFailedException("leftOn", "Der Austritt darf nicht vor dem Beitritt liegen.");
        }

        var overlapping = _memberships.FirstOrDefault(m =>
            m.OrganisationId == organisationId && m.Id != exceptId
            && m.JoinedOn <= (leftOn ?? DateOnly.MaxValue) && joinedOn <= (m.LeftOn ?? DateOnly.MaxValue));
        if (overlapping is not null)
        {
            throw new ValidationFailedException("joinedOn", overlapping.LeftOn is null
                ? "Die Organisation ist bereits Mitglied dieses Netzwerks."
                : "Die Organisation war in diesem Zeitraum bereits Mitglied des Netzwerks.");
        }
    }
}

internal sealed class Membership
{
    private Membership()
    {
    }

    public Membership(Guid id, Guid networkId, Guid organisationId, DateOnly joinedOn, DateOnly? leftOn)
    {
        Id = id;
        NetworkId = networkId;
        OrganisationId = organisationId;
        JoinedOn = joinedOn;
        LeftOn = leftOn;
    }

    public Guid Id { get; private set; }

    public Guid NetworkId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DateOnly JoinedOn { get; private set; }

    /// <summary>Last day of membership; null while it lasts.</summary>
    public DateOnly? LeftOn { get; private set; }

    public bool IsMemberOn(DateOnly day) => JoinedOn <= day && (LeftOn is null || LeftOn >= day);

    public void Change(DateOnly joinedOn, DateOnly? leftOn)
    {
        JoinedOn = joinedOn;
        LeftOn = leftOn;
    }
}
