namespace LaborPlattform.Workshops.Contracts;

/// <summary>
/// Participants by age band. The five numbers add up to the participant total they belong to:
/// <paramref name="NotStated"/> holds everyone whose age band was not recorded.
/// </summary>
/// <param name="Under30">Participants under 30.</param>
/// <param name="From30To49">Participants aged 30 to 49.</param>
/// <param name="From50To69">Participants aged 50 to 69.</param>
/// <param name="Age70AndOver">Participants aged 70 and over.</param>
/// <param name="NotStated">Participants without a recorded age band (breakdown missing or incomplete).</param>
public sealed record AgeBandCounts(int Under30, int From30To49, int From50To69, int Age70AndOver, int NotStated)
{
    public static readonly AgeBandCounts Zero = new(0, 0, 0, 0, 0);

    /// <summary>Everyone counted here, stated or not.</summary>
    public int Total => Under30 + From30To49 + From50To69 + Age70AndOver + NotStated;

    public AgeBandCounts Plus(AgeBandCounts other) => new(
        Under30 + other.Under30, From30To49 + other.From30To49, From50To69 + other.From50To69, Age70AndOver + other.Age70AndOver, NotStated + other.NotStated);
}

/// <summary>
/// Participants by sector (<see cref="ParticipantSectors"/>). The seven numbers add up to the participant total
/// they belong to: <paramref name="NotStated"/> holds everyone whose sector was not recorded.
/// </summary>
/// <param name="Administration">From public administration.</param>
/// <param name="CivilSociety">From associations, welfare organisations, initiatives.</param>
/// <param name="Politics">From politics (council members, senior citizens' councils).</param>
/// <param name="Academia">From universities and research.</param>
/// <param name="Business">From companies.</param>
/// <param name="Citizens">Citizens who came on their own account.</param>
/// <param name="NotStated">Participants without a recorded sector (breakdown missing or incomplete).</param>
public sealed record SectorCounts(int Administration, int CivilSociety, int Politics, int Academia, int Business, int Citizens, int NotStated)
{
    public static readonly SectorCounts Zero = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Everyone counted here, stated or not.</summary>
    public int Total => Administration + CivilSociety + Politics + Academia + Business + Citizens + NotStated;

    public SectorCounts Plus(SectorCounts other) => new(
        Administration + other.Administration, CivilSociety + other.CivilSociety, Politics + other.Politics, Academia + other.Academia,
        Business + other.Business, Citizens + other.Citizens, NotStated + other.NotStated);
}

/// <summary>What came out of an event, counted.</summary>
/// <param name="IdeasCollected">Number of ideas collected (e.g. cards on the wall of a co-creation workshop).</param>
/// <param name="Decisions">Number of decisions recorded.</param>
/// <param name="FollowUps">Number of follow-ups agreed (each with an owning organisation and a due date).</param>
public sealed record ResultCounts(int IdeasCollected, int Decisions, int FollowUps)
{
    public static readonly ResultCounts Zero = new(0, 0, 0);
}

/// <summary>The participant figures of one event (an outcome). Never names: people are only counted.</summary>
/// <param name="Total">Everyone who took part.</param>
/// <param name="ByAgeBand">By age band; null when no age breakdown was recorded (then all are "not stated").</param>
/// <param name="BySector">By sector; null when no sector breakdown was recorded.</param>
/// <param name="FirstTimeDigitalUsers">Of the participants, how many used a digital service for the first time; null when not recorded.</param>
/// <param name="Organisations">Number of organisations that took part.</param>
public sealed record ParticipantFigures(int Total, AgeBandCounts? ByAgeBand, SectorCounts? BySector, int? FirstTimeDigitalUsers, int Organisations);
