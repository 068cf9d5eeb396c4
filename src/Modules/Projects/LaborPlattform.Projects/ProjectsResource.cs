namespace LaborPlattform.Projects;

/// <summary>Marker for the Projects module's UI texts (German keys; translations in <c>Resources/ProjectsResource.*.resx</c>).</summary>
public sealed class ProjectsResource;
