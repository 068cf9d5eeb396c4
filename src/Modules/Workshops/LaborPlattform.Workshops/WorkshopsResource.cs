namespace LaborPlattform.Workshops;

/// <summary>Marker for the Workshops module's UI texts (German keys; translations would live in <c>Resources/WorkshopsResource.*.resx</c>).</summary>
public sealed class WorkshopsResource;
