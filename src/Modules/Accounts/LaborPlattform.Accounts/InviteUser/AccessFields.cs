using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Accounts.InviteUser;

/// <summary>Name, roles and labs of an account: what inviting a person and changing their access share.</summary>
internal interface IAccessFields
{
    string DisplayName { get; }

    IReadOnlyList<string> Roles { get; }

    IReadOnlyList<Guid> LabIds { get; }
}

internal sealed class AccessFieldsValidator<T> : AbstractValidator<T>
    where T : IAccessFields
{
    public AccessFieldsValidator()
    {
        RuleFor(x => x.DisplayName)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen an, der in der Plattform angezeigt wird.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.Roles)
            .NotEmpty().WithMessage("Bitte wählen Sie mindestens eine Rolle.")
            .Must(roles => roles.All(r => LaborPlattform.Shared.Authorization.Roles.All.Contains(r))).WithMessage("Diese Rolle gibt es nicht.");
        RuleFor(x => x.LabIds)
            .NotEmpty()
            .When(x => x.Roles.Any(r => LaborPlattform.Shared.Authorization.Roles.LabScoped.Contains(r)))
            .WithMessage("Laborkoordination und kommunale Mitarbeitende arbeiten in bestimmten Laboren: bitte wählen Sie mindestens ein Labor.");
    }
}

internal static class LabScopes
{
    /// <summary>The labs to store for the account; administrators and reviewers are not scoped, so labs given for them are dropped.</summary>
    public static async Task<IReadOnlyList<Guid>> CheckAsync(ISender sender, IAccessFields fields, CancellationToken ct)
    {
        if (!fields.Roles.Any(r => Roles.LabScoped.Contains(r)))
        {
            return [];
        }

        var labIds = fields.LabIds.Distinct().ToList();
        foreach (var labId in labIds)
        {
            if (!(await sender.Send(new GetLabState(labId), ct)).Exists)
            {
                throw new ValidationFailedException("labIds", "Mindestens eines der gewählten Labore gibt es nicht.");
            }
        }

        return labIds;
    }
}
