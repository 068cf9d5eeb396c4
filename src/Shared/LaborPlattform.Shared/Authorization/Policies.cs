namespace LaborPlattform.Shared.Authorization;

/// <summary>
/// The named policies every endpoint and page uses. Lab-scoped policies need the lab: from the route value
/// <c>labId</c> when used on an endpoint, or passed as resource (<see cref="LabResource"/>) when checked in code.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in, enabled user.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Administrators only.</summary>
    public const string Administrator = "Administrator";

    /// <summary>May read a lab's internal data: administrators, reviewers, and coordinators and staff of that lab.</summary>
    public const string ReadLab = "ReadLab";

    /// <summary>May change a lab and its sub-projects: administrators and coordinators of that lab.</summary>
    public const string EditLab = "EditLab";

    /// <summary>
    /// May record the lab's day-to-day work (workshops, outcomes, stakeholders): administrators, coordinators
    /// and municipal staff of that lab.
    /// </summary>
    public const string ContributeToLab = "ContributeToLab";

    /// <summary>May read internal data of all labs: administrators and reviewers.</summary>
    public const string ReadAllLabs = "ReadAllLabs";
}

/// <summary>A lab as the subject of an authorisation check made in code.</summary>
public readonly record struct LabResource(Guid LabId);
