namespace LaborPlattform.Projects.Common;

internal static class VersionRule
{
    /// <summary>Every change to a sub-project names the version the person saw.</summary>
    public static void VersionRules<T>(this IRuleBuilder<T, int> rule) => rule
        .GreaterThan(0).WithMessage("Bitte geben Sie die Version des Teilprojekts an, die Sie gesehen haben.");
}
