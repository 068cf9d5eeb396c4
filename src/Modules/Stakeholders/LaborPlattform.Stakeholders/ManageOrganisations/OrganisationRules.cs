namespace LaborPlattform.Stakeholders.ManageOrganisations;

/// <summary>The fields of an organisation, in whichever command (form, API, CSV row) they come.</summary>
internal interface IOrganisationFields
{
    string Name { get; }

    string Sector { get; }

    string Kind { get; }

    string Street { get; }

    string PostalCode { get; }

    string City { get; }

    string MunicipalityKey { get; }

    string? Website { get; }
}

/// <param name="Role">ConsortiumPartner, NetworkPartner, Multiplier or Venue (or the German name).</param>
/// <param name="Since">First day of the involvement.</param>
/// <param name="Until">Last day, when it has ended.</param>
internal sealed record InvolvementInput(string Role, DateOnly? Since, DateOnly? Until = null);

internal sealed class OrganisationFieldsValidator<T> : AbstractValidator<T>
    where T : IOrganisationFields
{
    public OrganisationFieldsValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen der Organisation an.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.Sector)
            .Must(s => Names.Parse<Sector>(s, Names.Name) is not null)
            .WithMessage("Bitte wählen Sie den Sektor: Politik, Verwaltung, Zivilgesellschaft, Wissenschaft, Wirtschaft oder Medien.");
        RuleFor(x => x.Kind)
            .Must(k => Names.Parse<OrganisationKind>(k, Names.Name) is not null)
            .WithMessage("Bitte wählen Sie die Art der Organisation, z. B. Begegnungsstätte, Verein oder Bibliothek.");
        RuleFor(x => x.Street)
            .Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Bitte geben Sie Straße und Hausnummer an.")
            .MaximumLength(200).WithMessage("Straße und Hausnummer dürfen höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.PostalCode)
            .Must(Rules.IsPostalCode).WithMessage("Die Postleitzahl besteht aus 5 Ziffern, z. B. 28195.");
        RuleFor(x => x.City)
            .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("Bitte geben Sie den Ort an.")
            .MaximumLength(120).WithMessage("Der Ort darf höchstens 120 Zeichen lang sein.");
        RuleFor(x => x.MunicipalityKey)
            .Must(k => Rules.MunicipalityKeyProblem(k) is null)
            .WithMessage((_, k) => Rules.MunicipalityKeyProblem(k)!);
        RuleFor(x => x.Website)
            .Must(w => string.IsNullOrWhiteSpace(w) || Rules.IsWebsite(w))
            .WithMessage("Bitte geben Sie die Internetadresse vollständig an, z. B. https://www.beispiel.de.")
            .MaximumLength(500).WithMessage("Die Internetadresse darf höchstens 500 Zeichen lang sein.");
    }
}

internal sealed class InvolvementInputValidator : AbstractValidator<InvolvementInput>
{
    public InvolvementInputValidator()
    {
        RuleFor(x => x.Role)
            .Must(r => Names.Parse<InvolvementRole>(r, Names.Name) is not null)
            .WithMessage("Die Rolle ist Konsortialpartner, Netzwerkpartner, Multiplikator oder Veranstaltungsort.");
        RuleFor(x => x.Since).NotNull().WithMessage("Bitte geben Sie an, seit wann die Organisation beteiligt ist.");
        RuleFor(x => x.Until)
            .Must((x, until) => until is null || x.Since is null || until >= x.Since)
            .WithMessage("Das Ende der Beteiligung darf nicht vor ihrem Beginn liegen.");
    }
}

internal static class OrganisationMapping
{
    public static OrganisationDetails ToDetails(this IOrganisationFields fields, bool hasPublicPremises, bool stepFreeAccess, bool accessibleToilet, bool hearingLoop) => new(
        fields.Name,
        Names.Parse<Sector>(fields.Sector, Names.Name)!.Value,
        Names.Parse<OrganisationKind>(fields.Kind, Names.Name)!.Value,
        fields.Street,
        fields.PostalCode,
        fields.City,
        fields.MunicipalityKey,
        fields.Website,
        hasPublicPremises,
        stepFreeAccess,
        accessibleToilet,
        hearingLoop);

    public static IReadOnlyList<InvolvementDetails> ToDetails(this IReadOnlyList<InvolvementInput>? involvements) =>
        (involvements ?? []).Select(i => new InvolvementDetails(Names.Parse<InvolvementRole>(i.Role, Names.Name)!.Value, i.Since!.Value, i.Until)).ToList();
}
