namespace LaborPlattform.Labs.Contracts;

/// <summary>A lab (consortium) as other modules see it.</summary>
public sealed record LabDto(
    Guid Id,
    string Slug,
    string Name,
    string ShortDescription,
    string FederalStateCode,
    string FederalStateName,
    Guid ProgrammeId,
    string ProgrammeName,
    DateOnly FundingStart,
    DateOnly FundingEnd,
    string Status,
    IReadOnlyList<ThemeDto> Themes,
    IReadOnlyList<MemberMunicipalityDto> Municipalities,
    IReadOnlyList<PartnerUniversityDto> Universities,
    int Version)
{
    public bool IsArchived => Status == LabStatuses.Archived;
}

public static class LabStatuses
{
    public const string Active = "Active";
    public const string Finished = "Finished";
    public const string Archived = "Archived";
}

public sealed record ThemeDto(Guid Id, string Key, string Name);

/// <param name="MunicipalityKey">Official municipality key (Amtlicher Gemeindeschlüssel, AGS), 8 digits.</param>
/// <param name="Kind">County, City, Municipality or CityState.</param>
/// <param name="Role">Lead or Partner in the consortium.</param>
public sealed record MemberMunicipalityDto(string MunicipalityKey, string Name, string Kind, string Role);

public sealed record PartnerUniversityDto(Guid Id, string Name, IReadOnlyList<TeachingLinkDto> TeachingLinks);

/// <param name="Term">e.g. "WiSe 2025/26" or "SoSe 2026".</param>
public sealed record TeachingLinkDto(Guid Id, string Course, string Term);

public sealed record ProgrammeDto(Guid Id, string Name, string Description, int StartYear, int? EndYear, int Version);

public static class MunicipalityKinds
{
    public const string County = "County";
    public const string City = "City";
    public const string Municipality = "Municipality";
    public const string CityState = "CityState";
}

public static class ConsortiumRoles
{
    public const string Lead = "Lead";
    public const string Partner = "Partner";
}
