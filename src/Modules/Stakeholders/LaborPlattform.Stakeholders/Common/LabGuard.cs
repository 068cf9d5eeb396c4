using LaborPlattform.Shared.Labs;

namespace LaborPlattform.Stakeholders.Common;

/// <summary>Stakeholder data of an archived lab is read-only: the shared lab guard with this module's words for what stays readable.</summary>
internal static class LabGuard
{
    public const string ReadOnlyMessage = "Das Labor ist archiviert. Seine Organisationen, Netzwerke, Angebote und Ansprechpersonen bleiben lesbar, können aber nicht mehr geändert werden.";

    public static Task EnsureWritableAsync(this ISender sender, Guid labId, CancellationToken ct) =>
        sender.EnsureLabWritableAsync(labId, ReadOnlyMessage, ct);
}
