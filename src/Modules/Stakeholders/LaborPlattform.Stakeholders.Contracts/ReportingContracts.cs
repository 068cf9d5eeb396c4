using Mediator;

namespace LaborPlattform.Stakeholders.Contracts;

/// <summary>
/// How many organisations were involved in a lab during a period, by sector and by role (for progress reports).
/// An organisation counts when one of its involvements in the lab overlaps the period: it started on or before
/// <paramref name="To"/> and did not end before <paramref name="From"/>. Both dates are inclusive calendar days.
/// </summary>
public sealed record GetInvolvedOrganisationCounts(Guid LabId, DateOnly From, DateOnly To) : IQuery<InvolvedOrganisationCounts>;

/// <param name="LabId">The lab asked for.</param>
/// <param name="From">First day of the period (inclusive).</param>
/// <param name="To">Last day of the period (inclusive).</param>
/// <param name="Total">Distinct organisations involved at some time in the period.</param>
/// <param name="NewInPeriod">Of those, the organisations whose earliest involvement in the lab started within the period.</param>
/// <param name="BySector">One line per sector (all six, also those with 0, in the order of <see cref="Sectors.All"/>); the counts add up to <paramref name="Total"/>.</param>
/// <param name="ByRole">One line per role with at least one organisation; an organisation with two roles counts in both, so these need not add up to the total.</param>
public sealed record InvolvedOrganisationCounts(
    Guid LabId,
    DateOnly From,
    DateOnly To,
    int Total,
    int NewInPeriod,
    IReadOnlyList<SectorCount> BySector,
    IReadOnlyList<RoleCount> ByRole);

/// <param name="Sector">One of <see cref="Sectors"/>.</param>
/// <param name="SectorName">The German name for the report, e.g. "Zivilgesellschaft".</param>
/// <param name="Count">Distinct organisations of this sector.</param>
public sealed record SectorCount(string Sector, string SectorName, int Count);

/// <param name="Role">One of <see cref="InvolvementRoles"/>.</param>
/// <param name="RoleName">The German name, e.g. "Netzwerkpartner".</param>
/// <param name="Count">Distinct organisations with this role in the period.</param>
public sealed record RoleCount(string Role, string RoleName, int Count);

/// <summary>
/// The size of each network of a lab, month by month, from the month of <paramref name="From"/> to the month of
/// <paramref name="To"/> (at most 120 months). A membership counts on every day from its join date up to and
/// including its leave date.
/// </summary>
public sealed record GetNetworkSizes(Guid LabId, DateOnly From, DateOnly To) : IQuery<IReadOnlyList<NetworkSize>>;

/// <param name="NetworkId">The network.</param>
/// <param name="Name">Its name, e.g. "Digitalambulanzen".</param>
/// <param name="MembersAtStart">Members on <c>From</c>.</param>
/// <param name="MembersAtEnd">Members on <c>To</c>.</param>
/// <param name="Months">One entry per calendar month of the period, oldest first.</param>
public sealed record NetworkSize(Guid NetworkId, string Name, int MembersAtStart, int MembersAtEnd, IReadOnlyList<NetworkSizeMonth> Months);

/// <param name="Year">Calendar year.</param>
/// <param name="Month">Calendar month, 1–12.</param>
/// <param name="Members">Members on the last day of the month (or on <c>To</c> for the last month of the period).</param>
/// <param name="Joined">Memberships that started in the month (within the period).</param>
/// <param name="Left">Memberships whose leave date is in the month (within the period).</param>
public sealed record NetworkSizeMonth(int Year, int Month, int Members, int Joined, int Left);

/// <summary>
/// Published support offers (the public directory's content), ordered by municipality, then title. Every filter
/// is optional: a lab, a municipality (AGS of the place: the venue's, otherwise the offering organisation's),
/// a kind (<see cref="SupportOfferKinds"/>), and <paramref name="PublishedOnOrBefore"/> to leave out offers
/// first published after a report's as-of time.
/// </summary>
public sealed record GetPublishedSupportOffers(
    Guid? LabId = null,
    string? MunicipalityKey = null,
    string? Kind = null,
    DateTimeOffset? PublishedOnOrBefore = null) : IQuery<IReadOnlyList<PublishedSupportOffer>>;

/// <summary>A published support offer, everything a reader needs to take it up. Contains no personal data.</summary>
/// <param name="Id">The offer.</param>
/// <param name="LabId">The lab the offer belongs to.</param>
/// <param name="OrganisationId">The organisation that makes the offer.</param>
/// <param name="OrganisationName">Its name.</param>
/// <param name="Title">Short title, e.g. "Smartphone-Sprechstunde".</param>
/// <param name="Description">Plain-language description.</param>
/// <param name="Kind">One of <see cref="SupportOfferKinds"/>.</param>
/// <param name="KindName">German name of the kind, e.g. "Kurs".</param>
/// <param name="Audience">Who it is for, e.g. "Seniorinnen und Senioren ohne Vorkenntnisse".</param>
/// <param name="Location">One of <see cref="SupportOfferLocations"/>.</param>
/// <param name="Venue">The venue when <paramref name="Location"/> is Venue, otherwise null.</param>
/// <param name="MunicipalityKey">AGS the offer is listed under (the venue's, otherwise the organisation's).</param>
/// <param name="City">Town of that address.</param>
/// <param name="Schedule">When, as free text, e.g. "dienstags 10–12 Uhr".</param>
/// <param name="Recurrence">Weekly, Fortnightly, Monthly or null (see <paramref name="Schedule"/>).</param>
/// <param name="IsFree">Free of charge.</param>
/// <param name="Fee">Fee in euros when not free, otherwise null.</param>
/// <param name="ContactChannel">How to get in touch or register (an organisation's phone, e-mail or web form; never a private person).</param>
/// <param name="PublishedAt">When it was last published (UTC).</param>
public sealed record PublishedSupportOffer(
    Guid Id,
    Guid LabId,
    Guid OrganisationId,
    string OrganisationName,
    string Title,
    string Description,
    string Kind,
    string KindName,
    string Audience,
    string Location,
    VenueDto? Venue,
    string MunicipalityKey,
    string City,
    string Schedule,
    string? Recurrence,
    bool IsFree,
    decimal? Fee,
    string ContactChannel,
    DateTimeOffset PublishedAt);
