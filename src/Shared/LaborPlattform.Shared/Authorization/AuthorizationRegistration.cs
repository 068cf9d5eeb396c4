using LaborPlattform.Shared.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Claims;

namespace LaborPlattform.Shared.Authorization;

public static class AuthorizationRegistration
{
    public static IServiceCollection AddPlatformPolicies(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, LabAccessHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Administrator, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ReadAllLabs, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.MinistryReviewer))
            .AddPolicy(Policies.ReadLab, p => p.RequireAuthenticatedUser().AddRequirements(new LabAccessRequirement(LabAccess.Read)))
            .AddPolicy(Policies.ContributeToLab, p => p.RequireAuthenticatedUser().AddRequirements(new LabAccessRequirement(LabAccess.Contribute)))
            .AddPolicy(Policies.EditLab, p => p.RequireAuthenticatedUser().AddRequirements(new LabAccessRequirement(LabAccess.Edit)));
        return services;
    }

    /// <summary>
    /// Checks a lab-scoped policy for a lab known only after loading data (e.g. the lab of a sub-project) and
    /// throws <see cref="ForbiddenException"/> when refused.
    /// </summary>
    public static async Task RequireLabAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Guid labId, string policy)
    {
        var result = await authorization.AuthorizeAsync(user, new LabResource(labId), policy);
        if (!result.Succeeded)
        {
            throw new ForbiddenException();
        }
    }

    public static async Task<bool> AllowsLabAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Guid labId, string policy) =>
        (await authorization.AuthorizeAsync(user, new LabResource(labId), policy)).Succeeded;
}
