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

internal sealed record AgeBandFigures(int Under30, int From30To49, int From50To69, int Age70AndOver)
{
    public int Sum => Under30 + From30To49 + From50To69 + Age70AndOver;
}

internal sealed record SectorFigures(int Administration, int CivilSociety, int Politics, int Academia, int Business, int Citizens)
{
    public int Sum => Administration + CivilSociety + Politics + Academia + Business + Citizens;
}

/// <param name="Task">What is to be done.</param>
/// <param name="OwnerOrganisationId">The organisation (Stakeholders module) that takes care of it: follow-ups are owned by organisations, not by named people.</param>
/// <param name="DueDate">By when.</param>
internal sealed record FollowUp(string Task, Guid OwnerOrganisationId, DateOnly DueDate);
