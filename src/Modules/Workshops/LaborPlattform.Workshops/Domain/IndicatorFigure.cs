namespace LaborPlattform.Workshops.Domain;

/// <summary>Which figure of an outcome an event contributes to a cumulative indicator of its sub-project.</summary>
internal enum IndicatorFigure
{
    /// <summary>All participants.</summary>
    Participants = 1,

    /// <summary>Participants aged 70 and over (needs the age breakdown).</summary>
    Participants70Plus = 2,

    /// <summary>First-time digital users (needs that figure).</summary>
    FirstTimeDigitalUsers = 3,

    /// <summary>One per event that took place (for indicators that count events).</summary>
    Events = 4,
}
