using LaborPlattform.Workshops.Contracts;

namespace LaborPlattform.Workshops.Common;

/// <summary>An outcome as the figures other modules get (Contracts): breakdowns completed by "not stated".</summary>
internal static class OutcomeFigures
{
    public static ParticipantFigures Participants(Outcome outcome) => new(
        outcome.Participants,
        AgeBands(outcome),
        Sectors(outcome),
        outcome.FirstTimeDigitalUsers,
        outcome.OrganisationIds.Distinct().Count());

    public static ResultCounts Results(Outcome outcome) => new(outcome.IdeasCollected, outcome.Decisions.Count, outcome.FollowUps.Count);

    /// <summary>The age breakdown, or null when none was recorded.</summary>
    public static AgeBandCounts? AgeBands(Outcome outcome) => outcome.AgeBands is { } a
        ? new AgeBandCounts(a.Under30, a.From30To49, a.From50To69, a.Age70AndOver, outcome.Participants - a.Sum)
        : null;

    /// <summary>The sector breakdown, or null when none was recorded.</summary>
    public static SectorCounts? Sectors(Outcome outcome) => outcome.Sectors is { } s
        ? new SectorCounts(s.Administration, s.CivilSociety, s.Politics, s.Academia, s.Business, s.Citizens, outcome.Participants - s.Sum)
        : null;

    /// <summary>For sums: everyone of an outcome without age breakdown is "not stated".</summary>
    public static AgeBandCounts AgeBandsOrNotStated(Outcome outcome) => AgeBands(outcome) ?? AgeBandCounts.Zero with { NotStated = outcome.Participants };

    public static SectorCounts SectorsOrNotStated(Outcome outcome) => Sectors(outcome) ?? SectorCounts.Zero with { NotStated = outcome.Participants };
}
