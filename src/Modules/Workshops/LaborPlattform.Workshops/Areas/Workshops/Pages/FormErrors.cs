using LaborPlattform.Shared.Errors;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborPlattform.Workshops.Areas.Workshops.Pages;

internal static class FormErrors
{
    /// <summary>
    /// Runs a change from a form. Input the browser sent that the server could not read (a number or date typed by
    /// hand) is refused first with a German message. Refused fields of the command land next to the form field
    /// <paramref name="fieldFor"/> names for them (the command's fields are the API's, the form's are simpler);
    /// fields the form does not show, and conflicts (stale version, archived lab), go to the error summary.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this PageModel page, Func<Task> change, Func<string, string?> fieldFor)
    {
        var unreadable = page.ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList();
        if (unreadable.Count > 0)
        {
            foreach (var key in unreadable)
            {
                page.ModelState[key]!.Errors.Clear();
                page.ModelState.AddModelError(key, "Diese Eingabe ist nicht lesbar. Bitte geben Sie Zahlen mit Ziffern und ein Datum als TT.MM.JJJJ ein.");
            }

            return false;
        }

        try
        {
            await change();
            return true;
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                var property = fieldFor(field);
                foreach (var message in messages.Distinct())
                {
                    page.ModelState.AddModelError(property is null ? string.Empty : $"Input.{property}", message);
                }
            }

            return false;
        }
        catch (ConflictException conflict)
        {
            page.ModelState.AddModelError(string.Empty, conflict.Message);
            return false;
        }
    }
}
