using Mediator;

namespace LaborPlattform.Labs.Contracts;

/// <summary>One lab, or null when there is none with this id.</summary>
public sealed record GetLab(Guid LabId) : IQuery<LabDto?>;

/// <summary>One lab by its URL name (e.g. <c>bremen-bremerhaven</c>), or null.</summary>
public sealed record GetLabBySlug(string Slug) : IQuery<LabDto?>;

/// <summary>Labs matching the filter, ordered by name; every filter value is optional. Archived labs only when asked for.</summary>
public sealed record GetLabs(
    Guid? ProgrammeId = null,
    string? FederalStateCode = null,
    Guid? ThemeId = null,
    bool IncludeArchived = false,
    IReadOnlyCollection<Guid>? LabIds = null) : IQuery<IReadOnlyList<LabDto>>;

/// <summary>
/// Whether a lab exists and whether it can still be changed (archived labs are read-only everywhere). Cheap:
/// modules ask it before every change that belongs to a lab.
/// </summary>
public sealed record GetLabState(Guid LabId) : IQuery<LabState>;

public sealed record LabState(bool Exists, bool IsArchived, string? Name);

/// <summary>The programmes, oldest first.</summary>
public sealed record GetProgrammes : IQuery<IReadOnlyList<ProgrammeDto>>;

/// <summary>The themes labs and sub-projects can be tagged with (an extensible list kept by administrators).</summary>
public sealed record GetThemes : IQuery<IReadOnlyList<ThemeDto>>;
