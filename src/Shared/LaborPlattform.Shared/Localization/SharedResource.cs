namespace LaborPlattform.Shared.Localization;

/// <summary>
/// Marker for the shared UI texts. German is the neutral language and the key; translations (e.g. English)
/// live in <c>Resources/Localization/SharedResource.en.resx</c>.
/// </summary>
public sealed class SharedResource;
