using LaborPlattform.Shared.Labs;

namespace LaborPlattform.Workshops;

/// <summary>
/// Base of the pages under <c>/intern/labore/{labId}/veranstaltungen/…</c>: the shared lab page (name, state, whether
/// the person may plan events and log outcomes there) plus the address of the lab's event list.
/// </summary>
internal abstract class WorkshopsLabPage(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t)
    : LabPageModel<WorkshopsResource>(sender, authorization, t)
{
    public string EventsUrl => $"/intern/labore/{LabId}/veranstaltungen";

    /// <summary>For <c>this.TryAsync</c>: an error of a command field goes to the property of <c>Input</c> that <paramref name="fieldFor"/> names (null: the summary).</summary>
    protected static Func<string, string?> InputField(Func<string, string?> fieldFor) =>
        field => fieldFor(field) is { } property ? $"Input.{property}" : null;
}
