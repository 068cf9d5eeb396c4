using LaborPlattform.Shared.Errors;
using LaborPlattform.Shared.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

internal static class FormErrors
{
    /// <summary>
    /// Like <see cref="PageCommands.TryAsync"/>, for forms whose list rows are not the command's list items (a form
    /// shows every role, the command gets the chosen ones): <paramref name="listField"/>[i] errors are moved to
    /// the form row <paramref name="rowOf"/>(i).
    /// </summary>
    public static async Task<bool> TryAsync(this PageModel page, Func<Task> change, string listField, Func<int, int> rowOf)
    {
        try
        {
            await change();
            return true;
        }
        catch (ValidationFailedException invalid)
        {
            var remapped = invalid.Errors.ToDictionary(e => Remap(e.Key, listField, rowOf), e => e.Value, StringComparer.Ordinal);
            page.ModelState.AddValidationErrors(new ValidationFailedException(remapped));
            return false;
        }
        catch (ConflictException conflict)
        {
            page.ModelState.AddModelError(string.Empty, conflict.Message);
            return false;
        }
    }

    private static string Remap(string key, string listField, Func<int, int> rowOf)
    {
        var prefix = listField + "[";
        if (!key.StartsWith(prefix, StringComparison.Ordinal))
        {
            return key;
        }

        var end = key.IndexOf(']', prefix.Length);
        return end > 0 && int.TryParse(key.AsSpan(prefix.Length, end - prefix.Length), out var index)
            ? $"{prefix}{rowOf(index)}{key[end..]}"
            : key;
    }
}
