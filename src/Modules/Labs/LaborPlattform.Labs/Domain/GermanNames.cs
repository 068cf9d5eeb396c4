namespace LaborPlattform.Labs.Domain;

/// <summary>The German words the pages show for the domain's enumerations.</summary>
internal static class GermanNames
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
