namespace LaborPlattform.Labs.AddMunicipality;

/// <summary>The fields of a member municipality, in whichever command they come (register a lab, add or change a member).</summary>
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
            .Must((x, key) => MunicipalityKey.Problem(key, EnumNames.Parse<MunicipalityKind>(x.Kind)) is null)
            .WithMessage((x, key) => MunicipalityKey.Problem(key, EnumNames.Parse<MunicipalityKind>(x.Kind))!);
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen der Kommune an.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.Kind)
            .Must(k => EnumNames.Parse<MunicipalityKind>(k) is not null).WithMessage("Bitte wählen Sie die Art der Kommune: Landkreis, Stadt, Gemeinde oder Stadtstaat.");
        RuleFor(x => x.Role)
            .Must(r => EnumNames.Parse<ConsortiumRole>(r) is not null).WithMessage("Bitte wählen Sie die Rolle im Konsortium: federführend oder Partner.");
    }
}
