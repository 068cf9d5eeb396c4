using LaborPlattform.Shared.Errors;
using LaborPlattform.Shared.Messaging;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LaborPlattform.Shared.Web;

public static class ModelStateExtensions
{
    /// <summary>
    /// Puts the field errors of a refused command next to the form fields they belong to.
    /// <paramref name="prefix"/> is the name of the bound input model, e.g. <c>Input</c>; errors whose field is
    /// not on the form (<paramref name="formFields"/> given and not containing it) go to the summary.
    /// </summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationFailedException exception, string prefix = "Input")
    {
        foreach (var (field, messages) in exception.Errors)
        {
            var key = string.IsNullOrEmpty(field) ? string.Empty : $"{prefix}.{FieldNames.ToProperty(field)}";
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
