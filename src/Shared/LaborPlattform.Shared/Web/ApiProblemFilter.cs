using LaborPlattform.Shared.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LaborPlattform.Shared.Web;

/// <summary>
/// Turns the platform's refusals into RFC 9457 problem details for API callers: 400 with the fields named,
/// 403, 404 and 409 (with a <c>code</c>: <c>stale</c>, <c>read-only</c> or <c>duplicate</c>), the same bodies as
/// <see cref="ApiProblems"/>. Nothing else is caught: an unexpected error stays a 500 without details.
/// </summary>
internal sealed class ApiProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ValidationFailedException invalid)
        {
            return ApiValidation.Problem(invalid.Errors);
        }
        catch (NotFoundException notFound)
        {
            return ApiProblems.NotFound(notFound.Message);
        }
        catch (ForbiddenException forbidden)
        {
            return ApiProblems.Forbidden(forbidden.Message);
        }
        catch (ConflictException conflict)
        {
            return ApiProblems.Conflict(
                conflict.Message,
                conflict.Code,
                conflict.Code == ConflictException.StaleCode ? "Veraltete Version." : "Änderung nicht möglich.");
        }
    }
}

/// <summary>400 with the refused fields, as <c>ValidationProblem</c> in endpoint signatures.</summary>
public static class ApiValidation
{
    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Problem(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value),
            detail: "Bitte korrigieren Sie die genannten Felder.",
            title: "Die Eingaben sind nicht gültig.");

    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Problem(string field, string message) =>
        Problem(new Dictionary<string, string[]> { [field] = [message] });
}

public static class ModuleApi
{
    /// <summary>The route group a module maps its API into: <c>/api</c>, tagged for the OpenAPI document, with problem details for refusals.</summary>
    public static RouteGroupBuilder MapModuleApi(this IEndpointRouteBuilder app, string tag) =>
        app.MapGroup("/api").WithTags(tag).AddEndpointFilter<ApiProblemFilter>();
}
