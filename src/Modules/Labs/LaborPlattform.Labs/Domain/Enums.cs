namespace LaborPlattform.Labs.Domain;

internal enum LabStatus
{
    Active = 1,
    Finished = 2,
    Archived = 3,
}

internal enum MunicipalityKind
{
    County = 1,
    City = 2,
    Municipality = 3,
    CityState = 4,
}

internal enum ConsortiumRole
{
    Lead = 1,
    Partner = 2,
}

internal static class LabTexts
{
    public static string Name(this LabStatus status) => status switch
    {
        LabStatus.Active => "aktiv",
        LabStatus.Finished => "abgeschlossen",
        LabStatus.Archived => "archiviert",
        _ => status.ToString(),
    };

    public static string Name(this MunicipalityKind kind) => kind switch
    {
        MunicipalityKind.County => "Landkreis",
        MunicipalityKind.City => "Stadt",
        MunicipalityKind.Municipality => "Gemeinde",
        MunicipalityKind.CityState => "Stadtstaat",
        _ => kind.ToString(),
    };

    public static string Name(this ConsortiumRole role) => role switch
    {
        ConsortiumRole.Lead => "federführend",
        ConsortiumRole.Partner => "Partner",
        _ => role.ToString(),
    };
}
