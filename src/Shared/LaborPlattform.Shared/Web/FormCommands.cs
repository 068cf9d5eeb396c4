using System.Text.RegularExpressions;
using LaborPlattform.Shared.Errors;
using LaborPlattform.Shared.Messaging;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborPlattform.Shared.Web;

/// <summary>
/// The one way a page runs a change from a form. Input the browser sent that the server could not read (a date or
/// number typed by hand) is refused first with a German message, and nothing runs; an empty field is left to the
/// command's own rules, which say what is missing. Refused fields of the command land next to the form fields
/// (see <see cref="FormFields"/>), a conflict (stale version, archived lab, duplicate) in the error summary; the
/// page is shown again with what the person typed. Not found and forbidden go on to the error page.
/// </summary>
public static partial class FormCommands
{
    public const string UnreadableMessage = "Diese Eingabe ist nicht lesbar. Bitte geben Sie ein Datum als TT.MM.JJJJ und Zahlen mit Ziffern ein.";

    /// <summary>Runs <paramref name="change"/>; errors of field <c>name</c> go to <c>Input.Name</c> (<paramref name="prefix"/>).</summary>
    public static Task<bool> TryAsync(this PageModel page, Func<Task> change, string prefix = "Input") =>
        page.TryAsync(change, FormFields.Under(prefix));

    /// <summary>Runs <paramref name="change"/>; <paramref name="fieldFor"/> names the form field of a command field (null: the summary).</summary>
    public static async Task<bool> TryAsync(this PageModel page, Func<Task> change, Func<string, string?> fieldFor)
    {
        if (RefuseUnreadableInput(page))
        {
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
                var key = string.IsNullOrEmpty(field) ? string.Empty : fieldFor(field) ?? string.Empty;
                foreach (var message in messages.Distinct())
                {
                    if (page.ModelState[key] is not { } entry || entry.Errors.All(e => e.ErrorMessage != message))
                    {
                        page.ModelState.AddModelError(key, message);
                    }
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

    /// <summary>
    /// Binding errors are the framework's (English) words for a value it could not convert. An empty value is not
    /// unreadable, only missing: that error is dropped so the command's rule can say what is needed.
    /// </summary>
    private static bool RefuseUnreadableInput(PageModel page)
    {
        var refused = false;
        foreach (var (key, entry) in page.ModelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList())
        {
            entry!.Errors.Clear();
            if (string.IsNullOrWhiteSpace(entry.AttemptedValue))
            {
                entry.ValidationState = Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Valid;
                continue;
            }

            page.ModelState.AddModelError(key, UnreadableMessage);
            refused = true;
        }

        return refused;
    }
}

/// <summary>Where a command's field errors go on a form.</summary>
public static partial class FormFields
{
    /// <summary><c>municipalities[1].name</c> goes to <c>Input.Municipalities[1].Name</c>.</summary>
    public static Func<string, string?> Under(string prefix) => field => Join(prefix, FieldNames.ToProperty(field));

    /// <summary>
    /// For forms that show a list as one field: <c>municipalityKeys[1]</c> and <c>targetGroups[0].name</c> both go to
    /// the list's own field (<c>Input.MunicipalityKeys</c>, <c>Input.TargetGroups</c>).
    /// </summary>
    public static Func<string, string?> ListsAsOneField(string prefix = "Input") =>
        field => Join(prefix, FieldNames.ToProperty(ListIndex().Replace(field, string.Empty)));

    /// <summary>
    /// For forms whose rows are not the command's list items (the form shows every role, the command gets the chosen
    /// ones): an error of <paramref name="listField"/>[i] goes to the form row <paramref name="rowOf"/>(i).
    /// </summary>
    public static Func<string, string?> RowsOf(string listField, Func<int, int> rowOf, string prefix = "Input") => field =>
    {
        var start = listField + "[";
        if (field.StartsWith(start, StringComparison.Ordinal)
            && field.IndexOf(']', start.Length) is var end and > 0
            && int.TryParse(field.AsSpan(start.Length, end - start.Length), out var index))
        {
            field = $"{start}{rowOf(index)}{field[end..]}";
        }

        return Join(prefix, FieldNames.ToProperty(field));
    };

    private static string Join(string prefix, string property) => string.IsNullOrEmpty(prefix) ? property : $"{prefix}.{property}";

    [GeneratedRegex(@"\[\d+\].*$")]
    private static partial Regex ListIndex();
}
