namespace LaborPlattform.Reporting;

/// <summary>Marker for the Reporting module's UI texts (German keys).</summary>
public sealed class ReportingResource;
