namespace LaborPlattform.Shared.Persistence;

/// <summary>
/// Marks a property that holds personal data. The audit trail records that such a field changed, never its
/// value, so erasing a person (GDPR Art. 17) leaves nothing behind in the trail.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalAttribute : Attribute;
