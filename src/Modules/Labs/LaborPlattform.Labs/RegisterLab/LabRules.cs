using System.Text.RegularExpressions;
using FluentValidation;
using LaborPlattform.Labs.Domain;
using LaborPlattform.Shared.Validation;

namespace LaborPlattform.Labs.RegisterLab;

/// <summary>Value rules the lab commands share.</summary>
internal static partial class LabRules
{
    public static MunicipalityKind? ParseKind(string? kind) => EnumNames.Parse<MunicipalityKind>(kind);

    public static ConsortiumRole? ParseRole(string? role) => EnumNames.Parse<ConsortiumRole>(role);

    /// <summary>"WiSe 2025/26" (winter term, the second year following the first) or "SoSe 2026".</summary>
    public static bool IsTerm(string? term)
    {
        if (string.IsNullOrWhiteSpace(term))
        {
            return false;
        }

        var match = TermPattern().Match(term.Trim());
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups["kind"].Value == "SoSe")
        {
            return !match.Groups["next"].Success;
        }

        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return match.Groups["next"].Success
            && int.Parse(match.Groups["next"].Value, System.Globalization.CultureInfo.InvariantCulture) == (year + 1) % 100;
    }

    [GeneratedRegex(@"^(?<kind>WiSe|SoSe) (?<year>(19|20)\d{2})(/(?<next>\d{2}))?$")]
    private static partial Regex TermPattern();
}

/// <summary>The fields of a member municipality, in whichever command they come.</summary>
internal interface IMunicipalityFields
{
    string MunicipalityKey { get; }

    string Name { get; }

    string Kind { get; }

    string Role { get; }
}

internal sealed class MunicipalityFieldsValidator<T> : AbstractValidator<T>
    where T : IMunicipalityFields
{
    public MunicipalityFieldsValidator()
    {
        RuleFor(x => x.MunicipalityKey)
            .Must((x, key) => MunicipalityKey.Problem(key, LabRules.ParseKind(x.Kind)) is null)
            .WithMessage((x, key) => MunicipalityKey.Problem(key, LabRules.ParseKind(x.Kind))!);
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen der Kommune an.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.Kind)
            .Must(k => LabRules.ParseKind(k) is not null).WithMessage("Bitte wählen Sie die Art der Kommune: Landkreis, Stadt, Gemeinde oder Stadtstaat.");
        RuleFor(x => x.Role)
            .Must(r => LabRules.ParseRole(r) is not null).WithMessage("Bitte wählen Sie die Rolle im Konsortium: federführend oder Partner.");
    }
}
