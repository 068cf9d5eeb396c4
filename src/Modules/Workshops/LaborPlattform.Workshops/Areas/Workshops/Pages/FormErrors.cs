using LaborPlattform.Shared.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborPlattform.Workshops.Areas.Workshops.Pages;

internal static class FormErrors
{
    /// <summary>The shared form helper; <paramref name="fieldFor"/> names the property of <c>Input</c> for a command field (null: the summary).</summary>
    public static Task<bool> TrySaveAsync(this PageModel page, Func<Task> change, Func<string, string?> fieldFor) =>
        page.TryAsync(change, field => fieldFor(field) is { } property ? $"Input.{property}" : null);
}
