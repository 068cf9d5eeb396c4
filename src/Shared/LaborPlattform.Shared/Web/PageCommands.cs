using LaborPlattform.Shared.Errors;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborPlattform.Shared.Web;

public static class PageCommands
{
    /// <summary>
    /// Runs a change from a form. Refused input lands next to the fields (<paramref name="prefix"/> is the bound
    /// model's name), a conflict (stale version, archived lab) in the error summary; the page is shown again with
    /// what the person typed. Not found and forbidden go on to the error page.
    /// </summary>
    public static async Task<bool> TryAsync(this PageModel page, Func<Task> change, string prefix = "Input")
    {
        try
        {
            await change();
            return true;
        }
        catch (ValidationFailedException invalid)
        {
            page.ModelState.AddValidationErrors(invalid, prefix);
            return false;
        }
        catch (ConflictException conflict)
        {
            page.ModelState.AddModelError(string.Empty, conflict.Message);
            return false;
        }
    }
}
