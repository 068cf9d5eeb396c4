namespace LaborPlattform.Shared.Navigation;

public enum NavigationArea
{
    /// <summary>Shown to everyone, signed in or not.</summary>
    Public,

    /// <summary>Shown to signed-in users whom <see cref="NavigationItem.Policy"/> allows.</summary>
    Internal,

    /// <summary>Shown to administrators.</summary>
    Administration,
}

/// <summary>
/// An entry a module contributes to the main navigation. <see cref="Text"/> is the German text and the key of
/// its translation in the resources of <see cref="Resources"/>.
/// </summary>
public sealed record NavigationItem(string Text, string Href, NavigationArea Area, int Order, Type Resources, string? Policy = null);
