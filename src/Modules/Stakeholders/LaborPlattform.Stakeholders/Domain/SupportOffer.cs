namespace LaborPlattform.Stakeholders.Domain;

/// <summary>
/// A support offer (Unterstützungsangebot) of an organisation in a lab: a course, a consultation hour, a help
/// line, home visits or lending of devices. Published offers appear in the public directory. Its contact channel
/// is the organisation's (a phone number, an address), never a private person's.
/// </summary>
internal sealed class SupportOffer : IVersioned
{
    private SupportOffer()
    {
    }

    public SupportOffer(Guid id, Guid labId, SupportOfferDetails details, DateTimeOffset now)
    {
        Id = id;
        LabId = labId;
        CreatedAt = now;
        Version = 1;
        Edit(details, now);
    }

    public Guid Id { get; private set; }

    public Guid LabId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public SupportOfferKind Kind { get; private set; }

    public string Audience { get; private set; } = string.Empty;

    public OfferLocation Location { get; private set; }

    /// <summary>The venue (an organisation) when <see cref="Location"/> is <see cref="OfferLocation.Venue"/>.</summary>
    public Guid? VenueId { get; private set; }

    public string Schedule { get; private set; } = string.Empty;

    public Recurrence? Recurrence { get; private set; }

    public bool IsFree { get; private set; }

    /// <summary>Fee in euros when not free.</summary>
    public decimal? Fee { get; private set; }

    public string ContactChannel { get; private set; } = string.Empty;

    public bool Published { get; private set; }

    /// <summary>When the offer was last switched to published; kept while published.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public void Edit(SupportOfferDetails details, DateTimeOffset now)
    {
        OrganisationId = details.OrganisationId;
        Title = details.Title.Trim();
        Description = details.Description.Trim();
        Kind = details.Kind;
        Audience = details.Audience.Trim();
        Location = details.Location;
        VenueId = details.Location == OfferLocation.Venue ? details.VenueId : null;
        Schedule = details.Schedule.Trim();
        Recurrence = details.Recurrence;
        IsFree = details.IsFree;
        Fee = details.IsFree ? null : details.Fee;
        ContactChannel = details.ContactChannel.Trim();
        if (details.Published && !Published)
        {
            PublishedAt = now;
        }

        Published = details.Published;
        if (!Published)
        {
            PublishedAt = null;
        }
    }
}

internal sealed record SupportOfferDetails(
    Guid OrganisationId,
    string Title,
    string Description,
    SupportOfferKind Kind,
    string Audience,
    OfferLocation Location,
    Guid? VenueId,
    string Schedule,
    Recurrence? Recurrence,
    bool IsFree,
    decimal? Fee,
    string ContactChannel,
    bool Published);
