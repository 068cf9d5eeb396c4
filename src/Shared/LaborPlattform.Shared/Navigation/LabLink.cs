namespace LaborPlattform.Shared.Navigation;

/// <summary>
/// A module's area for one lab, linked from the lab's page (e.g. its sub-projects or its organisations). The
/// Labs module renders them without knowing the other modules; <see cref="HrefTemplate"/> contains
/// <c>{labId}</c>. <see cref="Policy"/> is a lab-scoped policy checked for that lab.
/// </summary>
public sealed record LabLink(string Text, string HrefTemplate, int Order, Type Resources, string Policy)
{
    public string Href(Guid labId) => HrefTemplate.Replace("{labId}", labId.ToString(), StringComparison.Ordinal);
}
