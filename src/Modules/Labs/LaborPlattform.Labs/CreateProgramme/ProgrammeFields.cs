namespace LaborPlattform.Labs.CreateProgramme;

/// <summary>A programme's details as creating and editing take them. The start year is required; it is nullable so an
/// empty form field stays empty rather than showing 0.</summary>
internal interface IProgrammeFields
{
    string Name { get; }

    string Description { get; }

    int? StartYear { get; }

    int? EndYear { get; }
}

/// <summary>The field rules of a programme's details, shared by creating and editing.</summary>
internal sealed class ProgrammeFieldsValidator<T> : AbstractValidator<T>
    where T : IProgrammeFields
{
    public ProgrammeFieldsValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen des Programms an.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.Description)
            .MaximumLength(4000).WithMessage("Die Beschreibung darf höchstens 4.000 Zeichen lang sein.");
        RuleFor(x => x.StartYear)
            .Must(year => year is >= 2000 and <= 2100).WithMessage("Bitte geben Sie das Startjahr vierstellig an (2000 bis 2100).");
        RuleFor(x => x.EndYear)
            .Must((x, end) => end is null || end >= (x.StartYear ?? 0)).WithMessage("Das Endjahr darf nicht vor dem Startjahr liegen.");
    }
}
