namespace LaborPlattform.Projects.Areas.Projects.Pages;

internal static class ProjectForms
{
    /// <summary>The shared form helper; an error on one entry of a list (<c>municipalityKeys[1]</c>) is shown at the list.</summary>
    public static Task<bool> TrySaveAsync(this PageModel page, Func<Task> change, string prefix = "Input") =>
        page.TryAsync(change, FormFields.ListsAsOneField(prefix));
}
