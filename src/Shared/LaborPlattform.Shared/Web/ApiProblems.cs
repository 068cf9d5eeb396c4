using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace LaborPlattform.Shared.Web;

/// <summary>
/// The API's refusals as typed results, so an endpoint's signature shows what it can answer
/// (<c>Results&lt;Ok&lt;LabDto&gt;, NotFoundProblem&gt;</c>) and the OpenAPI document lists it. Every refusal is an RFC 9457
/// problem (<c>application/problem+json</c>) with the same title per status, whether an endpoint returns it or
/// <see cref="ApiProblemFilter"/> turns a handler's exception into it.
/// </summary>
public static class ApiProblems
{
    public const string NotFoundTitle = "Nicht gefunden.";
    public const string ForbiddenTitle = "Keine Berechtigung.";

    public static NotFoundProblem NotFound(string resource, object id) => NotFound($"{resource} '{id}' wurde nicht gefunden.");

    public static NotFoundProblem NotFound(string detail) =>
        new(Problem(StatusCodes.Status404NotFound, NotFoundTitle, detail));

    public static ForbiddenProblem Forbidden(string detail) =>
        new(Problem(StatusCodes.Status403Forbidden, ForbiddenTitle, detail));

    public static ConflictProblem Conflict(string detail, string code, string title) =>
        new(Problem(StatusCodes.Status409Conflict, title, detail, code));

    private static ProblemDetails Problem(int status, string title, string detail, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return problem;
    }

    internal static void Declare(EndpointBuilder builder, int status) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
}

/// <summary>404: the addressed resource does not exist, or is not visible to the caller at all.</summary>
public sealed class NotFoundProblem : ProblemResult, IEndpointMetadataProvider
{
    internal NotFoundProblem(ProblemDetails problem)
        : base(problem)
    {
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => ApiProblems.Declare(builder, StatusCodes.Status404NotFound);
}

/// <summary>403: the caller is signed in but may not do this.</summary>
public sealed class ForbiddenProblem : ProblemResult, IEndpointMetadataProvider
{
    internal ForbiddenProblem(ProblemDetails problem)
        : base(problem)
    {
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => ApiProblems.Declare(builder, StatusCodes.Status403Forbidden);
}

/// <summary>409: a stale version, a read-only state (archived lab) or a duplicate; <c>code</c> says which.</summary>
public sealed class ConflictProblem : ProblemResult, IEndpointMetadataProvider
{
    internal ConflictProblem(ProblemDetails problem)
        : base(problem)
    {
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => ApiProblems.Declare(builder, StatusCodes.Status409Conflict);
}

/// <summary>Writes its problem as <c>application/problem+json</c> through ASP.NET Core's own problem result.</summary>
public abstract class ProblemResult(ProblemDetails problem) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>, IContentTypeHttpResult
{
    public ProblemDetails Value { get; } = problem;

    object? IValueHttpResult.Value => Value;

    public int? StatusCode => Value.Status;

    public string ContentType => "application/problem+json";

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(Value).ExecuteAsync(httpContext);
}
