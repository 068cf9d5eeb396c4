using LaborPlattform.Labs.Contracts;
using LaborPlattform.Stakeholders.Contracts;

namespace LaborPlattform.Projects.CreateSubProject;

/// <summary>The fields of a sub-project, in whichever command they come (create or edit).</summary>
internal interface ISubProjectFields
{
    string Title { get; }

    string Goal { get; }

    string? Description { get; }

    string? InternalNotes { get; }

    IReadOnlyList<Guid>? ThemeIds { get; }

    IReadOnlyList<string>? TargetGroups { get; }

    IReadOnlyList<string>? MunicipalityKeys { get; }

    IReadOnlyList<string>? Principles { get; }

    DateOnly? StartDate { get; }

    DateOnly? PlannedEnd { get; }

    bool IsPublished { get; }

    string? PublicSummary { get; }

    IReadOnlyList<Guid>? ResponsibleOrganisationIds { get; }
}

internal sealed class SubProjectFieldsValidator<T> : AbstractValidator<T>
    where T : ISubProjectFields
{
    public SubProjectFieldsValidator()
    {
        RuleFor(x => x.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Bitte geben Sie den Titel des Teilprojekts an.")
            .MaximumLength(200).WithMessage("Der Titel darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.Goal)
            .Must(g => !string.IsNullOrWhiteSpace(g)).WithMessage("Bitte beschreiben Sie das Ziel des Teilprojekts.")
            .MaximumLength(2000).WithMessage("Das Ziel darf höchstens 2.000 Zeichen lang sein.");
        RuleFor(x => x.Description).MaximumLength(8000).WithMessage("Die Beschreibung darf höchstens 8.000 Zeichen lang sein.");
        RuleFor(x => x.InternalNotes).MaximumLength(4000).WithMessage("Die internen Notizen dürfen höchstens 4.000 Zeichen lang sein.");
        RuleFor(x => x.TargetGroups)
            .Must(g => g is null || g.Count <= 20).WithMessage("Bitte nennen Sie höchstens 20 Zielgruppen.");
        RuleForEach(x => x.TargetGroups)
            .Must(g => !string.IsNullOrWhiteSpace(g)).WithMessage("Eine Zielgruppe darf nicht leer sein.")
            .MaximumLength(120).WithMessage("Eine Zielgruppe darf höchstens 120 Zeichen lang sein.");
        RuleForEach(x => x.MunicipalityKeys)
            .Must(MunicipalityKeyFormat.IsValid).WithMessage("Der Amtliche Gemeindeschlüssel besteht aus genau 8 Ziffern, z. B. 04011000.");
        RuleForEach(x => x.Principles)
            .Must(p => Parse.Enum<Principles>(p) is { } principle && principle != Domain.Principles.None)
            .WithMessage("Unbekanntes Prinzip. Möglich sind: Transparency, Participation, Collaboration, OpenCulture.");
        RuleFor(x => x.StartDate).NotNull().WithMessage("Bitte geben Sie den Beginn des Teilprojekts an.");
        RuleFor(x => x.PlannedEnd).NotNull().WithMessage("Bitte geben Sie das geplante Ende des Teilprojekts an.");
        RuleFor(x => x.PlannedEnd)
            .Must((x, end) => x.StartDate is null || end is null || end >= x.StartDate)
            .WithMessage("Das geplante Ende darf nicht vor dem Beginn liegen.");
        RuleFor(x => x.PublicSummary)
            .Must((x, summary) => !x.IsPublished || !string.IsNullOrWhiteSpace(summary))
            .WithMessage("Ein veröffentlichtes Teilprojekt braucht eine Zusammenfassung in einfacher Sprache für die Öffentlichkeit.")
            .MaximumLength(2000).WithMessage("Die öffentliche Zusammenfassung darf höchstens 2.000 Zeichen lang sein.");
        RuleForEach(x => x.ResponsibleOrganisationIds)
            .NotEmpty().WithMessage("Die Kennung einer Organisation darf nicht leer sein.");
        RuleFor(x => x.ThemeIds)
            .Must(ids => ids is null || ids.All(id => id != Guid.Empty)).WithMessage("Mindestens eines der gewählten Themen gibt es nicht.");
    }
}

internal static class SubProjectFields
{
    public static SubProjectDetails ToDetails(this ISubProjectFields fields) => new(
        fields.Title,
        fields.Goal,
        fields.Description,
        fields.InternalNotes,
        fields.ThemeIds ?? [],
        fields.TargetGroups ?? [],
        fields.MunicipalityKeys ?? [],
        Parse.Principles(fields.Principles),
        fields.StartDate!.Value,
        fields.PlannedEnd!.Value,
        fields.IsPublished,
        fields.PublicSummary,
        fields.ResponsibleOrganisationIds ?? []);

    /// <summary>
    /// The references that need another module: the themes must exist (Labs), the municipalities must be
    /// members of the lab, and responsible organisations must be involved in the lab (Stakeholders) — except
    /// organisations the sub-project already names, which stay valid when their involvement has ended.
    /// Also refuses an unknown lab (404) or an archived one (409).
    /// </summary>
    public static async Task CheckReferencesAsync(this ISubProjectFields fields, ISender sender, Guid labId, CancellationToken ct, IReadOnlyCollection<Guid>? alreadyResponsible = null)
    {
        var lab = await sender.Send(new GetLab(labId), ct) ?? throw new NotFoundException("Labor", labId);
        if (lab.IsArchived)
        {
            throw new ConflictException("Das Labor ist archiviert; seine Teilprojekte können nicht mehr geändert werden.", ConflictException.ReadOnlyCode);
        }

        var errors = new ValidationErrors();
        if (fields.ThemeIds is { Count: > 0 } themeIds)
        {
            var known = (await sender.Send(new GetThemes(), ct)).Select(t => t.Id).ToHashSet();
            if (themeIds.Any(id => !known.Contains(id)))
            {
                errors.Add("themeIds", "Mindestens eines der gewählten Themen gibt es nicht.");
            }
        }

        var members = lab.Municipalities.Select(m => m.MunicipalityKey).ToHashSet(StringComparer.Ordinal);
        var keys = fields.MunicipalityKeys ?? [];
        for (var i = 0; i < keys.Count; i++)
        {
            if (!members.Contains(keys[i]))
            {
                errors.Add($"municipalityKeys[{i}]", $"Die Kommune mit dem Schlüssel {keys[i]} gehört nicht zum Labor {lab.Name}. Beteiligen können sich nur Kommunen des Konsortiums.");
            }
        }

        var organisations = fields.ResponsibleOrganisationIds ?? [];
        if (organisations.Count > 0)
        {
            var involved = (await sender.Send(new GetLabOrganisations(labId), ct)).Select(o => o.Id).ToHashSet();
            for (var i = 0; i < organisations.Count; i++)
            {
                if (!involved.Contains(organisations[i]) && alreadyResponsible?.Contains(organisations[i]) != true)
                {
                    errors.Add($"responsibleOrganisationIds[{i}]", $"Die Organisation {organisations[i]} ist im Akteursverzeichnis nicht am Labor {lab.Name} beteiligt. Verantwortlich sein können nur Organisationen des Labors.");
                }
            }
        }

        errors.ThrowIfAny();
    }
}
