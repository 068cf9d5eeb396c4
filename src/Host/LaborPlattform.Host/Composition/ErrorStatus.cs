using LaborPlattform.Shared.Errors;

namespace LaborPlattform.Host.Composition;

internal static class ErrorStatus
{
    /// <summary>
    /// The status a refusal gets when it reaches the error page (pages; the API turns refusals into problem
    /// details in its endpoint filter before they get here).
    /// </summary>
    public static int For(Exception exception) => exception switch
    {
        ValidationFailedException => StatusCodes.Status400BadRequest,
        ForbiddenException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        ConflictException => StatusCodes.Status409Conflict,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static bool IsRefusal(Exception exception) =>
        exception is ValidationFailedException or ForbiddenException or NotFoundException or ConflictException or BadHttpRequestException;
}
