using Mediator;

namespace LaborPlattform.Stakeholders.Contracts;

/// <summary>An organisation as other modules need it for lists and pickers.</summary>
/// <param name="Sector">One of <see cref="Sectors"/>.</param>
/// <param name="Kind">One of <see cref="OrganisationKinds"/>.</param>
public sealed record OrganisationSummary(Guid Id, string Name, string Sector, string Kind);

/// <summary>The organisations with these ids; unknown ids are simply absent. Ordered by name.</summary>
public sealed record GetOrganisationsByIds(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyList<OrganisationSummary>>;

/// <summary>
/// The organisations involved in a lab (in any role, involvement not ended), ordered by name: for pickers in
/// other modules. An unknown lab gives an empty list.
/// </summary>
public sealed record GetLabOrganisations(Guid LabId) : IQuery<IReadOnlyList<OrganisationSummary>>;

/// <summary>
/// A place where events and offers take place: an organisation that has premises open to the public, or that
/// is involved in a lab in the role <see cref="InvolvementRoles.Venue"/>. Its address and accessibility are
/// public (they are shown next to published offers and events).
/// </summary>
/// <param name="Id">The organisation's id.</param>
/// <param name="MunicipalityKey">Official municipality key (AGS, 8 digits) of the address.</param>
/// <param name="StepFreeAccess">The premises can be entered without steps (ramp or lift).</param>
/// <param name="AccessibleToilet">There is a wheelchair-accessible toilet.</param>
/// <param name="HearingLoop">There is an induction loop for hearing aids.</param>
public sealed record VenueDto(
    Guid Id,
    string Name,
    string Street,
    string PostalCode,
    string City,
    string MunicipalityKey,
    bool StepFreeAccess,
    bool AccessibleToilet,
    bool HearingLoop);

/// <summary>
/// The venues of a lab (organisations involved in it, involvement not ended, that are venues), or of all labs
/// when <paramref name="LabId"/> is null; ordered by name.
/// </summary>
public sealed record GetVenues(Guid? LabId) : IQuery<IReadOnlyList<VenueDto>>;

/// <summary>One venue, or null when the organisation does not exist or is not a venue.</summary>
public sealed record GetVenue(Guid OrganisationId) : IQuery<VenueDto?>;
