namespace LaborPlattform.Labs.Domain;

/// <summary>What a coordinator can change about a lab in one edit.</summary>
internal sealed record LabDetails(
    string Name,
    string ShortDescription,
    string FederalStateCode,
    DateOnly FundingStart,
    DateOnly FundingEnd,
    IReadOnlyCollection<Guid> ThemeIds);
