namespace LaborPlattform.Workshops.Domain;

/// <summary>Where an event takes place.</summary>
internal enum VenueKind
{
    /// <summary>A venue of the Stakeholders module (an organisation with premises).</summary>
    Organisation = 1,

    /// <summary>A free address entered with the event.</summary>
    Address = 2,

    /// <summary>Online, with a link.</summary>
    Online = 3,
}
