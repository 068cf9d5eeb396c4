using FluentValidation;

namespace LaborPlattform.Shared.Validation;

public static class VersionRules
{
    public const string Message = "Bitte geben Sie die Version an, die Sie bearbeitet haben.";

    /// <summary>
    /// An edit names the version it started from (optimistic concurrency, see <c>IVersioned</c>); versions start at 1,
    /// so 0 means the client did not send it.
    /// </summary>
    public static IRuleBuilderOptions<T, int> IsEditedVersion<T>(this IRuleBuilder<T, int> rule) =>
        rule.GreaterThan(0).WithMessage(Message);
}
