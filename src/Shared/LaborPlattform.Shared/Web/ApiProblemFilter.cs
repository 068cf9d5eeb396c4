using LaborPlattform.Shared.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LaborPlattform.Shared.Web;

/// <summary>
/// Turns the platform's refusals into RFC 9457 problem details for API callers: 400 with the fields named,
/// 403, 404 and 409 (with a <c>code</c>: <c>stale</c> or <c>read-only</c>). Nothing else is caught: an
/// unexpected error stays a 500 without details.
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
            return TypedResults.ValidationProblem(
                invalid.Errors.ToDictionary(e => e.Key, e => e.Value),
                detail: "Bitte korrigieren Sie die genannten Felder.",
                title: "Die Eingaben sind nicht gültig.");
        }
        catch (NotFoundException notFound)
        {
            return TypedResults.Problem(notFound.Message, statusCode: StatusCodes.Status404NotFound, title: "Nicht gefunden.");
        }
        catch (ForbiddenException forbidden)
        {
            return TypedResults.Problem(forbidden.Message, statusCode: StatusCodes.Status403Forbidden, title: "Keine Berechtigung.");
        }
        catch (ConflictException conflict)
        {
            return TypedResults.Problem(
                conflict.Message,
                statusCode: StatusCodes.Status409Conflict,
                title: conflict.Code == ConflictException.StaleCode ? "Veraltete Version." : "Änderung nicht möglich.",
                extensions: new Dictionary<string, object?> { ["code"] = conflict.Code });
        }
    }
}

public static class ModuleApi
{
    /// <summary>The route group a module maps its API into: <c>/api</c>, tagged for the OpenAPI document, with problem details for refusals.</summary>
    public static RouteGroupBuilder MapModuleApi(this IEndpointRouteBuilder app, string tag) =>
        app.MapGroup("/api").WithTags(tag).AddEndpointFilter<ApiProblemFilter>();
}
