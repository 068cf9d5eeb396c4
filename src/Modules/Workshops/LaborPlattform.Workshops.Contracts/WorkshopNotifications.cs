using Mediator;

namespace LaborPlattform.Workshops.Contracts;

/// <summary>
/// The outcome of one event date was logged or corrected (published after it is saved). Carries figures only,
/// never names. When the event counts towards an indicator of a sub-project, the Workshops module itself records
/// the contribution with the Projects module (<c>RecordIndicatorContribution</c>, source key
/// <c>workshop-occurrence:{OccurrenceId}</c>); subscribers must not record it a second time.
/// </summary>
/// <param name="OccurrenceId">The event date whose outcome was logged.</param>
/// <param name="WorkshopId">The event or series.</param>
/// <param name="LabId">The lab.</param>
/// <param name="SubProjectId">The sub-project the event was held for, or null.</param>
/// <param name="Format">Format key (see <see cref="WorkshopFormats"/>).</param>
/// <param name="HeldOn">Berlin calendar day the event took place.</param>
/// <param name="Participants">Participant figures as logged.</param>
/// <param name="Results">Counts of ideas, decisions and follow-ups.</param>
/// <param name="IsCorrection">True when an earlier outcome of the same date was replaced.</param>
/// <param name="LoggedAt">When it was saved (UTC).</param>
public sealed record WorkshopOutcomeLogged(
    Guid OccurrenceId,
    Guid WorkshopId,
    Guid LabId,
    Guid? SubProjectId,
    string Format,
    DateOnly HeldOn,
    ParticipantFigures Participants,
    ResultCounts Results,
    bool IsCorrection,
    DateTimeOffset LoggedAt) : INotification;
