using System.Security.Claims;
using LaborPlattform.Shared.Auditing;

namespace LaborPlattform.Accounts;

/// <summary>The signed-in user of the current request; "System" outside requests (start-up, jobs, demo data).</summary>
internal sealed class CurrentActor(IHttpContextAccessor http) : ICurrentActor
{
    public const string SystemName = "System";

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => User?.FindFirstValue(PlatformClaims.DisplayName) ?? SystemName;

    private ClaimsPrincipal? User => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;
}
