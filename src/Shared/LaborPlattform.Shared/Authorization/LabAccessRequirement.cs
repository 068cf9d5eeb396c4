using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace LaborPlattform.Shared.Authorization;

public enum LabAccess
{
    Read,
    Contribute,
    Edit,
}

public sealed class LabAccessRequirement(LabAccess access) : IAuthorizationRequirement
{
    public LabAccess Access { get; } = access;
}

/// <summary>
/// Decides lab-scoped access from roles and lab scope claims. Reviewers read everything and change nothing;
/// a coordinator of lab A has no rights in lab B.
/// </summary>
internal sealed class LabAccessHandler : AuthorizationHandler<LabAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, LabAccessRequirement requirement)
    {
        var labId = context.Resource switch
        {
            LabResource lab => lab.LabId,
            Guid id => id,
            HttpContext http => RouteLabId(http),
            _ => null,
        };

        if (labId is { } id2 && LabPermissions.Allows(context.User, id2, requirement.Access))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static Guid? RouteLabId(HttpContext http) =>
        http.Request.RouteValues.TryGetValue("labId", out var value) && Guid.TryParse(value?.ToString(), out var id) ? id : null;
}

public static class LabPermissions
{
    public static bool Allows(ClaimsPrincipal user, Guid labId, LabAccess access)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (user.IsInRole(Roles.Administrator))
        {
            return true;
        }

        if (access == LabAccess.Read && user.IsInRole(Roles.MinistryReviewer))
        {
            return true;
        }

        if (!IsScopedTo(user, labId))
        {
            return false;
        }

        return access switch
        {
            LabAccess.Edit => user.IsInRole(Roles.LabCoordinator),
            LabAccess.Contribute or LabAccess.Read => user.IsInRole(Roles.LabCoordinator) || user.IsInRole(Roles.MunicipalStaff),
            _ => false,
        };
    }

    public static bool IsScopedTo(ClaimsPrincipal user, Guid labId)
    {
        var value = labId.ToString();
        return user.FindAll(PlatformClaims.LabScope).Any(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The labs the user works in (empty for administrators and reviewers, who are not scoped).</summary>
    public static IReadOnlyList<Guid> ScopedLabs(ClaimsPrincipal user) =>
        user.FindAll(PlatformClaims.LabScope).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();

    /// <summary>Administrators and reviewers see every lab's internal data.</summary>
    public static bool ReadsAllLabs(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.MinistryReviewer));
}
