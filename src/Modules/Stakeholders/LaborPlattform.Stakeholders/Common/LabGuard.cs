using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Stakeholders.Common;

/// <summary>
/// Every change of stakeholder data belongs to a lab; an archived lab's data is read-only. The Labs module owns
/// that state, so each change asks it first (cheaper and simpler than keeping a copy current through
/// <see cref="LabArchived"/>, and never stale).
/// </summary>
internal static class LabGuard
{
    public static async Task EnsureWritableAsync(this ISender sender, Guid labId, CancellationToken ct)
    {
        var state = await sender.Send(new GetLabState(labId), ct);
        if (!state.Exists)
        {
            throw new NotFoundException("Labor", labId);
        }

        if (state.IsArchived)
        {
            throw new ConflictException(
                "Das Labor ist archiviert. Seine Organisationen, Netzwerke, Angebote und Ansprechpersonen bleiben lesbar, können aber nicht mehr geändert werden.",
                ConflictException.ReadOnlyCode);
        }
    }
}
