using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Errors;
using Mediator;

namespace LaborPlattform.Shared.Labs;

/// <summary>
/// Every change of a module's data belongs to a lab; an archived lab's data is read-only. The Labs module owns that
/// state, so each change asks it first (never stale, and no copy to keep current through <see cref="LabArchived"/>).
/// </summary>
public static class LabGuard
{
    /// <summary>
    /// The lab must exist (404) and not be archived (409 <c>read-only</c> with <paramref name="readOnlyMessage"/>,
    /// which says what stays readable).
    /// </summary>
    public static async Task EnsureLabWritableAsync(this ISender sender, Guid labId, string readOnlyMessage, CancellationToken ct)
    {
        var state = await sender.Send(new GetLabState(labId), ct);
        if (!state.Exists)
        {
            throw new NotFoundException("Labor", labId);
        }

        if (state.IsArchived)
        {
            throw new ConflictException(readOnlyMessage, ConflictException.ReadOnlyCode);
        }
    }
}
