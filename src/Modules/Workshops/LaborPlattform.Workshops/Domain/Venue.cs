namespace LaborPlattform.Workshops.Domain;

/// <summary>
/// Where an event takes place. For a venue of the Stakeholders module the name, address, municipality key and
/// accessibility are a copy taken when the event is saved (the calendar filters by municipality in SQL, and reports
/// must still name the place if the organisation later stops being a venue); pages show the venue's current data
/// where it is still available. Accessibility flags are null when unknown (free addresses, online).
/// </summary>
internal sealed record Venue(
    VenueKind Kind,
    Guid? OrganisationId,
    string Name,
    string Street,
    string PostalCode,
    string City,
    string MunicipalityKey,
    string OnlineUrl,
    bool? StepFreeAccess,
    bool? AccessibleToilet,
    bool? HearingLoop)
{
    public static readonly Venue None = new(VenueKind.Online, null, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, null, null, null);

    public static Venue Online(string url) => None with { Kind = VenueKind.Online, Name = "Online", OnlineUrl = url.Trim() };
}
