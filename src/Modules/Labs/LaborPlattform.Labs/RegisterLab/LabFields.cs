using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs.RegisterLab;

/// <summary>A lab's details as registering and editing take them (API body and form alike).</summary>
internal interface ILabFields
{
    string Name { get; }

    string ShortDescription { get; }

    string FederalStateCode { get; }

    DateOnly FundingStart { get; }

    DateOnly FundingEnd { get; }

    IReadOnlyList<Guid>? ThemeIds { get; }
}

/// <summary>The field rules of a lab's details, shared by registering and editing.</summary>
internal sealed class LabFieldsValidator<T> : AbstractValidator<T>
    where T : ILabFields
{
    public LabFieldsValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen des Labors an.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.ShortDescription)
            .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("Bitte beschreiben Sie das Labor in wenigen Sätzen.")
            .MaximumLength(2000).WithMessage("Die Kurzbeschreibung darf höchstens 2.000 Zeichen lang sein.");
        RuleFor(x => x.FederalStateCode)
            .Must(code => FederalStates.ByCode(code) is not null).WithMessage("Bitte wählen Sie ein Bundesland aus.");
        RuleFor(x => x.FundingStart).NotEmpty().WithMessage("Bitte geben Sie den Beginn der Förderung an.");
        RuleFor(x => x.FundingEnd)
            .GreaterThanOrEqualTo(x => x.FundingStart).WithMessage("Das Ende der Förderung darf nicht vor ihrem Beginn liegen.");
    }
}

/// <summary>What the lab fields partial (<c>_LabFields</c>) needs from the register and edit pages.</summary>
internal interface ILabForm
{
    IStringLocalizer<LabsResource> T { get; }

    ILabFields Input { get; }

    IReadOnlyList<SelectListItem> StateItems { get; }

    IReadOnlyList<SelectListItem> ThemeItems { get; }
}
