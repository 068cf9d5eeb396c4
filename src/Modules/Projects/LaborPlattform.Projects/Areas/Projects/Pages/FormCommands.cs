using System.Text.RegularExpressions;
using LaborPlattform.Shared.Errors;
using LaborPlattform.Shared.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

internal static partial class FormCommands
{
    /// <summary>
    /// Runs a change from a form. Input the browser sent in a form the server could not read (a date or number
    /// typed by hand) is refused first with a German message, and nothing runs. Refused input from the command
    /// lands next to its field: an error on one entry of a list (<c>municipalityKeys[1]</c>) is shown at the
    /// list. A conflict (stale version, archived lab) goes to the error summary.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this PageModel page, Func<Task> change, string prefix = "Input")
    {
        var unreadable = page.ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList();
        if (unreadable.Count > 0)
        {
            foreach (var key in unreadable)
            {
                page.ModelState[key]!.Errors.Clear();
                page.ModelState.AddModelError(key, "Diese Eingabe ist nicht lesbar. Bitte geben Sie ein Datum als TT.MM.JJJJ und Zahlen mit Ziffern ein.");
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
            var collapsed = invalid.Errors
                .GroupBy(e => ListIndex().Replace(e.Key, string.Empty), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).Distinct().ToArray(), StringComparer.Ordinal);
            page.ModelState.AddValidationErrors(new ValidationFailedException(collapsed), prefix);
            return false;
        }
        catch (ConflictException conflict)
        {
            page.ModelState.AddModelError(string.Empty, conflict.Message);
            return false;
        }
    }

    /// <summary>"municipalityKeys[1]" and "targetGroups[0].name" both become the list's own field.</summary>
    [GeneratedRegex(@"\[\d+\].*$")]
    private static partial Regex ListIndex();
}
