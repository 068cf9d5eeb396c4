using Microsoft.AspNetCore.Http;

namespace LaborPlattform.Shared.Web;

/// <summary>The API (<c>/api/…</c>) answers with status codes and problem details; pages answer with pages.</summary>
public static class ApiRequests
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
