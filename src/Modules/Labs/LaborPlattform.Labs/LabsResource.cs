namespace LaborPlattform.Labs;

/// <summary>Marker for the Labs module's UI texts (German keys; translations in <c>Resources/LabsResource.*.resx</c>).</summary>
public sealed class LabsResource;
