namespace LaborPlattform.Shared.Authorization;

/// <summary>The platform's roles. Coordinators and municipal staff act only in the labs they are scoped to.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string LabCoordinator = nameof(LabCoordinator);
    public const string MunicipalStaff = nameof(MunicipalStaff);
    public const string MinistryReviewer = nameof(MinistryReviewer);

    public static readonly IReadOnlyList<string> All = [Administrator, LabCoordinator, MunicipalStaff, MinistryReviewer];

    /// <summary>Roles whose rights hold only in the labs named by <see cref="PlatformClaims.LabScope"/> claims.</summary>
    public static readonly IReadOnlyList<string> LabScoped = [LabCoordinator, MunicipalStaff];

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Administration",
        LabCoordinator => "Laborkoordination",
        MunicipalStaff => "Kommunale Mitarbeitende",
        MinistryReviewer => "Ministerium / Spitzenverband (lesend)",
        _ => role,
    };
}

public static class PlatformClaims
{
    /// <summary>One claim per lab the user works in; the value is the lab id.</summary>
    public const string LabScope = "lp:lab";

    public const string DisplayName = "lp:name";
}
