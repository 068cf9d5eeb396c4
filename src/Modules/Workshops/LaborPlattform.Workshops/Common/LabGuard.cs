using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Errors;
using Mediator;

namespace LaborPlattform.Workshops.Common;

/// <summary>
/// Every change of an event belongs to a lab; an archived lab's events are read-only. The Labs module owns that
/// state, so each change asks it (never stale, and no copy to keep current through <see cref="LabArchived"/>).
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
                "Das Labor ist archiviert. Seine Veranstaltungen bleiben lesbar, können aber nicht mehr geändert werden.",
                ConflictException.ReadOnlyCode);
        }
    }
}
