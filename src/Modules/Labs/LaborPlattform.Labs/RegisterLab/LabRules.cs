using System.Text.RegularExpressions;
using FluentValidation;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Labs.Domain;

namespace LaborPlattform.Labs.RegisterLab;

/// <summary>The field rules of a lab's details, shared by registering and editing.</summary>
internal static partial class LabRules
{
    public static void NameRules<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen des Labors an.")
        .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");

    public static void ShortDescriptionRules<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("Bitte beschreiben Sie das Labor in wenigen Sätzen.")
        .MaximumLength(2000).WithMessage("Die Kurzbeschreibung darf höchstens 2.000 Zeichen lang sein.");

    public static void FederalStateRules<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(code => FederalStates.ByCode(code) is not null).WithMessage("Bitte wählen Sie ein Bundesland aus.");

    public static MunicipalityKind? ParseKind(string? kind) =>
        Enum.TryParse<MunicipalityKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null;

    public static ConsortiumRole? ParseRole(string? role) =>
        Enum.TryParse<ConsortiumRole>(role, ignoreCase: true, out var r) && Enum.IsDefined(r) ? r : null;

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
