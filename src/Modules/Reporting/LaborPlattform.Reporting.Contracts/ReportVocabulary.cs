namespace LaborPlattform.Reporting.Contracts;

/// <summary>The kinds of report (the <c>type</c> of a report request).</summary>
public static class ReportTypes
{
    /// <summary>Progress report (Fortschrittsbericht) of one lab.</summary>
    public const string LabProgress = "LabProgress";

    /// <summary>Programme report for the ministry: all labs of a programme compared.</summary>
    public const string Programme = "Programme";

    /// <summary>Report for the municipal umbrella associations: participating municipalities by kind.</summary>
    public const string MunicipalAssociations = "MunicipalAssociations";

    public static readonly IReadOnlyList<string> All = [LabProgress, Programme, MunicipalAssociations];
}

/// <summary>Who a report is written for; printed on its cover page.</summary>
public static class ReportAudiences
{
    public const string Ministry = "Ministry";
    public const string MunicipalAssociations = "MunicipalAssociations";
    public const string Lab = "Lab";

    public static readonly IReadOnlyList<string> All = [Ministry, MunicipalAssociations, Lab];
}

/// <summary>The reporting period of a request: a calendar quarter, half-year or year, or custom dates.</summary>
public static class ReportPeriodKinds
{
    public const string Quarter = "Quarter";
    public const string HalfYear = "HalfYear";
    public const string Year = "Year";
    public const string Custom = "Custom";

    public static readonly IReadOnlyList<string> All = [Quarter, HalfYear, Year, Custom];
}

/// <summary>Where a report request stands: queued, running, done (archived) or failed (with a reason; can be retried).</summary>
public static class ReportStates
{
    public const string Queued = "Queued";
    public const string Running = "Running";
    public const string Done = "Done";
    public const string Failed = "Failed";
}
