namespace LaborPlattform.Stakeholders;

/// <summary>Marker for the Stakeholders module's UI texts (German keys; translations in <c>Resources/StakeholdersResource.*.resx</c>).</summary>
public sealed class StakeholdersResource;
