namespace LaborPlattform.Host;

/// <summary>Marker for the host's UI texts (German keys; translations in <c>Resources/HostResource.*.resx</c>).</summary>
public sealed class HostResource;
