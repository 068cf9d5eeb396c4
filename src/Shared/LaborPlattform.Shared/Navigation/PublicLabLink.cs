namespace LaborPlattform.Shared.Navigation;

/// <summary>
/// A module's public pages for one lab, linked from the lab's public profile (e.g. its published sub-projects or its
/// events in the calendar). Anyone may follow them; <see cref="HrefTemplate"/> contains <c>{slug}</c>, the lab's
/// URL name.
/// </summary>
public sealed record PublicLabLink(string Text, string HrefTemplate, int Order, Type Resources)
{
    public string Href(string slug) => HrefTemplate.Replace("{slug}", Uri.EscapeDataString(slug), StringComparison.Ordinal);
}
