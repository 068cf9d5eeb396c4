namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

internal static class FormErrors
{
    /// <summary>The shared form helper, for forms whose list rows are not the command's list items (see <see cref="FormFields.RowsOf"/>).</summary>
    public static Task<bool> TryAsync(this PageModel page, Func<Task> change, string listField, Func<int, int> rowOf) =>
        page.TryAsync(change, FormFields.RowsOf(listField, rowOf));
}
