namespace LaborPlattform.Workshops.Contracts;

/// <summary>
/// The formats every installation starts with (values of <c>Format</c> fields). The list is extensible:
/// administrators add further formats, whose keys are then valid as well; <c>FormatName</c> fields carry the
/// German name of whatever format an event has.
/// </summary>
public static class WorkshopFormats
{
    public const string CoCreationWorkshop = "CoCreationWorkshop";
    public const string Course = "Course";
    public const string ConsultationHour = "ConsultationHour";
    public const string Talk = "Talk";
    public const string Hackathon = "Hackathon";
    public const string CitizenDialogue = "CitizenDialogue";
    public const string Seminar = "Seminar";
    public const string NetworkMeeting = "NetworkMeeting";

    /// <summary>The built-in formats in the order forms list them.</summary>
    public static readonly IReadOnlyList<string> BuiltIn =
        [CoCreationWorkshop, Course, ConsultationHour, Talk, Hackathon, CitizenDialogue, Seminar, NetworkMeeting];
}

/// <summary>The age bands participants are counted in (never individually: only how many per band).</summary>
public static class AgeBands
{
    public const string Under30 = "Under30";
    public const string From30To49 = "From30To49";
    public const string From50To69 = "From50To69";
    public const string Age70AndOver = "Age70AndOver";

    public static readonly IReadOnlyList<string> All = [Under30, From30To49, From50To69, Age70AndOver];
}

/// <summary>
/// The sectors participants are counted by. Five match the organisation sectors of the Stakeholders module
/// (same values); <see cref="Citizens"/> stands for people who came on their own account.
/// </summary>
public static class ParticipantSectors
{
    public const string Administration = "Administration";
    public const string CivilSociety = "CivilSociety";
    public const string Politics = "Politics";
    public const string Academia = "Academia";
    public const string Business = "Business";
    public const string Citizens = "Citizens";

    public static readonly IReadOnlyList<string> All = [Administration, CivilSociety, Politics, Academia, Business, Citizens];
}

/// <summary>Where an event takes place.</summary>
public static class VenueKinds
{
    /// <summary>At a venue: an organisation of the Stakeholders module with premises.</summary>
    public const string Organisation = "Organisation";

    /// <summary>At an address entered with the event.</summary>
    public const string Address = "Address";

    /// <summary>Online, with a link.</summary>
    public const string Online = "Online";

    public static readonly IReadOnlyList<string> All = [Organisation, Address, Online];
}
