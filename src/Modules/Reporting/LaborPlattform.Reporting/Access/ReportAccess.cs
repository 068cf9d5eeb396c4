using System.Security.Claims;
using LaborPlattform.Reporting.Contracts;

namespace LaborPlattform.Reporting.Access;

/// <summary>
/// Who may request and read which report. A lab progress report belongs to its lab: administrators and reviewers
/// read all, coordinators and municipal staff those of their labs. Reports across a programme compare labs, so only
/// administrators and reviewers (who read every lab) may request and read them. Anonymous users get none.
/// </summary>
internal sealed class ReportAccess(IHttpContextAccessor http, IAuthorizationService authorization)
{
    public ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    public Task<bool> MayUseAsync(string type, Guid? labId) => MayUseAsync(User, type, labId);

    public async Task<bool> MayUseAsync(ClaimsPrincipal user, string type, Guid? labId)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        return type == ReportTypes.LabProgress && labId is { } lab
            ? await authorization.AllowsLabAsync(user, lab, Policies.ReadLab)
            : LabPermissions.ReadsAllLabs(user);
    }

    public async Task EnsureMayUseAsync(string type, Guid? labId)
    {
        if (!await MayUseAsync(type, labId))
        {
            throw new ForbiddenException();
        }
    }

    public Task<bool> MayReadAsync(ReportRequest report) => MayUseAsync(report.Type, report.LabId);

    /// <summary>The labs whose reports the user may see; null means every report.</summary>
    public IReadOnlyList<Guid>? VisibleLabs() => LabPermissions.ReadsAllLabs(User) ? null : LabPermissions.ScopedLabs(User);
}
