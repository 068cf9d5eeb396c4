namespace LaborPlattform.Workshops.Domain;

/// <summary>
/// What happened at one event date, logged afterwards. People are only counted, never named: there is no field
/// for a name anywhere in here, and the API refuses any it is sent (see <c>LogOutcome</c>).
/// </summary>
/// <param name="Participants">Everyone who took part.</param>
/// <param name="AgeBands">Optional breakdown by age band; adds up to at most <paramref name="Participants"/>.</param>
/// <param name="Sectors">Optional breakdown by sector; adds up to at most <paramref name="Participants"/>.</param>
/// <param name="FirstTimeDigitalUsers">Optional: how many used a digital service for the first time (at most <paramref name="Participants"/>).</param>
/// <param name="OrganisationIds">Organisations (Stakeholders module) that took part.</param>
/// <param name="IdeasCollected">Number of ideas collected.</param>
/// <param name="Decisions">Decisions taken, one short text each.</param>
/// <param name="FollowUps">Follow-ups agreed, each with an owning organisation and a due date.</param>
/// <param name="Minutes">Short minutes (internal).</param>
internal sealed record Outcome(
    int Participants,
    AgeBandFigures? AgeBands,
    SectorFigures? Sectors,
    int? FirstTimeDigitalUsers,
    IReadOnlyList<Guid> OrganisationIds,
    int IdeasCollected,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<FollowUp> FollowUps,
    string Minutes)
{
    /// <summary>The value this outcome contributes to an indicator, or null when the figure was not recorded.</summary>
    public int? Figure(IndicatorFigure figure) => figure switch
    {
        IndicatorFigure.Participants => Participants,
        IndicatorFigure.Participants70Plus => AgeBands?.Age70AndOver,
        IndicatorFigure.FirstTimeDigitalUsers => FirstTimeDigitalUsers,
        IndicatorFigure.Events => 1,
        _ => null,
    };
}
