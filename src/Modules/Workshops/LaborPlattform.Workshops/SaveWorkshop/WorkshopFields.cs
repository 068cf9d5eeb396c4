using System.Text.RegularExpressions;
using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Workshops.SaveWorkshop;

/// <summary>
/// What a person enters about an event, as the API receives it and the forms send it: the body of creating and of
/// editing an event, so one field is declared once (<see cref="CreateWorkshopCommand"/> and
/// <see cref="EditWorkshopCommand"/> add the route values). Times are Berlin wall-clock times without offset
/// (<c>2026-03-03T10:00</c>); a series has a recurrence rule (RFC 5545 RRULE value) and optional exception periods.
/// Not positional, unlike other requests: two commands share these fields and the form fills them in one place
/// (<see cref="WorkshopForm.Apply{T}"/>).
/// </summary>
internal abstract record WorkshopFields
{
    public string Title { get; init; } = string.Empty;

    /// <summary>Key of a format (see <c>GET /api/workshop-formats</c>).</summary>
    public string Format { get; init; } = string.Empty;

    public IReadOnlyList<string>? Methods { get; init; }

    public Guid? SubProjectId { get; init; }

    /// <summary>Begin of the (first) date, Berlin wall-clock time, e.g. <c>2026-03-03T10:00</c>.</summary>
    public string Start { get; init; } = string.Empty;

    /// <summary>End of the (first) date, Berlin wall-clock time.</summary>
    public string End { get; init; } = string.Empty;

    public RecurrenceInput? Recurrence { get; init; }

    public VenueInput? Venue { get; init; }

    public IReadOnlyList<Guid>? OrganiserIds { get; init; }

    public IReadOnlyList<Guid>? FacilitatorIds { get; init; }

    public bool IsPublic { get; init; }

    public string Description { get; init; } = string.Empty;

    public int? Capacity { get; init; }

    public string? Registration { get; init; }

    public string? AccessibilityNotes { get; init; }

    public IndicatorInput? Indicator { get; init; }
}

/// <param name="Rule">RFC 5545 RRULE value, e.g. <c>FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630</c> (an UNTIL date means the end of that Berlin day).</param>
/// <param name="Exceptions">Periods without dates, e.g. the Easter holidays.</param>
internal sealed record RecurrenceInput(string Rule, IReadOnlyList<ExceptionInput>? Exceptions);

/// <param name="From">First day without a date.</param>
/// <param name="To">Last day without a date (inclusive); the same as <paramref name="From"/> for a single day when empty.</param>
/// <param name="Label">What the period is, e.g. "Osterferien".</param>
internal sealed record ExceptionInput(DateOnly From, DateOnly? To, string? Label);

/// <param name="Kind">Organisation (a venue of the Stakeholders module), Address or Online.</param>
/// <param name="OrganisationId">The venue, for Kind Organisation.</param>
/// <param name="Name">Name of the place, for Kind Address (e.g. "Gemeindehaus St. Petri"); optional.</param>
/// <param name="Street">Street and number, for Kind Address.</param>
/// <param name="PostalCode">Five-digit postcode, for Kind Address.</param>
/// <param name="City">Town, for Kind Address.</param>
/// <param name="MunicipalityKey">Official municipality key (AGS, 8 digits) of the address, for Kind Address.</param>
/// <param name="OnlineUrl">Link to join, for Kind Online (http or https).</param>
/// <param name="StepFreeAccess">
/// For Kind Address: whether the place can be reached without steps (ramp or lift); null or left out: not known.
/// A venue (Kind Organisation) says this itself in the venue register, and an online event has no entrance, so both
/// refuse it.
/// </param>
internal sealed record VenueInput(
    string Kind,
    Guid? OrganisationId,
    string? Name,
    string? Street,
    string? PostalCode,
    string? City,
    string? MunicipalityKey,
    string? OnlineUrl,
    bool? StepFreeAccess = null);

/// <param name="IndicatorId">A cumulative ("Summe") indicator of the event's sub-project.</param>
/// <param name="Figure">Participants, Participants70Plus, FirstTimeDigitalUsers or Events.</param>
internal sealed record IndicatorInput(Guid IndicatorId, string Figure);

/// <summary>The field rules of an event, shared by creating and editing.</summary>
internal sealed class WorkshopFieldsValidator<T> : AbstractValidator<T>
    where T : WorkshopFields
{
    public WorkshopFieldsValidator()
    {
        RuleFor(x => x.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Bitte geben Sie einen Titel an.")
            .MaximumLength(200).WithMessage("Der Titel darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.Format)
            .Must(f => !string.IsNullOrWhiteSpace(f)).WithMessage("Bitte wählen Sie ein Format.");
        RuleForEach(x => x.Methods)
            .Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage("Bitte lassen Sie keine Methode leer.")
            .MaximumLength(100).WithMessage("Eine Methode darf höchstens 100 Zeichen lang sein.");
        RuleFor(x => x.Methods)
            .Must(m => m is null || m.Count <= 20).WithMessage("Bitte nennen Sie höchstens 20 Methoden.");
        RuleFor(x => x.Start)
            .Must(s => LocalTimes.Parse(s) is not null).WithMessage("Bitte geben Sie Beginn mit Datum und Uhrzeit an (Ortszeit Berlin, z. B. 2026-03-03T10:00).");
        RuleFor(x => x.End)
            .Must(s => LocalTimes.Parse(s) is not null).WithMessage("Bitte geben Sie das Ende mit Datum und Uhrzeit an (Ortszeit Berlin, z. B. 2026-03-03T12:00).");
        RuleFor(x => x.Description)
            .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("Bitte beschreiben Sie die Veranstaltung in einfacher Sprache.")
            .MaximumLength(4000).WithMessage("Die Beschreibung darf höchstens 4.000 Zeichen lang sein.");
        RuleFor(x => x.Capacity)
            .InclusiveBetween(1, 100_000).When(x => x.Capacity is not null).WithMessage("Die Zahl der Plätze ist eine ganze Zahl ab 1.");
        RuleFor(x => x.Registration)
            .MaximumLength(1000).WithMessage("Der Text zur Anmeldung darf höchstens 1.000 Zeichen lang sein.");
        RuleFor(x => x.AccessibilityNotes)
            .MaximumLength(1000).WithMessage("Die Hinweise zur Barrierefreiheit dürfen höchstens 1.000 Zeichen lang sein.");
        RuleFor(x => x.OrganiserIds)
            .Must(ids => ids is null || ids.Count <= 20).WithMessage("Bitte nennen Sie höchstens 20 Organisationen.");
        RuleFor(x => x.FacilitatorIds)
            .Must(ids => ids is null || ids.Count <= 20).WithMessage("Bitte nennen Sie höchstens 20 Organisationen.");

        RuleFor(x => x.Venue).NotNull().WithMessage("Bitte geben Sie an, wo die Veranstaltung stattfindet.");
        When(x => x.Venue is not null, () =>
        {
            RuleFor(x => x.Venue!.Kind)
                .Must(k => WorkshopRules.ParseVenueKind(k) is not null).WithMessage("Bitte wählen Sie den Ort: ein Veranstaltungsort (Organisation), eine Adresse oder online.");
            When(x => WorkshopRules.ParseVenueKind(x.Venue!.Kind) == VenueKind.Organisation, () =>
            {
                RuleFor(x => x.Venue!.OrganisationId)
                    .Must(id => id is { } g && g != Guid.Empty).WithMessage("Bitte wählen Sie den Veranstaltungsort.");
                RuleFor(x => x.Venue!.StepFreeAccess)
                    .Null().WithMessage("Ob ein Veranstaltungsort ohne Stufen zugänglich ist, steht beim Veranstaltungsort selbst (Akteure, Veranstaltungsorte). Bitte lassen Sie die Angabe hier weg.");
            });
            When(x => WorkshopRules.ParseVenueKind(x.Venue!.Kind) == VenueKind.Address, () =>
            {
                RuleFor(x => x.Venue!.Name).MaximumLength(200).WithMessage("Der Name des Ortes darf höchstens 200 Zeichen lang sein.");
                RuleFor(x => x.Venue!.Street)
                    .Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Bitte geben Sie Straße und Hausnummer an.")
                    .MaximumLength(200).WithMessage("Die Straße darf höchstens 200 Zeichen lang sein.");
                RuleFor(x => x.Venue!.PostalCode)
                    .Must(WorkshopRules.IsPostalCode).WithMessage("Die Postleitzahl hat fünf Ziffern.");
                RuleFor(x => x.Venue!.City)
                    .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("Bitte geben Sie den Ort an.")
                    .MaximumLength(100).WithMessage("Der Ort darf höchstens 100 Zeichen lang sein.");
                RuleFor(x => x.Venue!.MunicipalityKey)
                    .Must(WorkshopRules.IsMunicipalityKey).WithMessage("Bitte geben Sie den Amtlichen Gemeindeschlüssel (8 Ziffern, z. B. 04011000) der Adresse an.");
            });
            When(x => WorkshopRules.ParseVenueKind(x.Venue!.Kind) == VenueKind.Online, () =>
            {
                RuleFor(x => x.Venue!.OnlineUrl)
                    .Must(WorkshopRules.IsWebLink).WithMessage("Bitte geben Sie den Link zur Teilnahme an (beginnend mit https://).")
                    .MaximumLength(500).WithMessage("Der Link darf höchstens 500 Zeichen lang sein.");
                RuleFor(x => x.Venue!.StepFreeAccess)
                    .Null().WithMessage("Eine Online-Veranstaltung hat keinen Zugang mit oder ohne Stufen. Bitte lassen Sie die Angabe weg.");
            });
        });

        When(x => x.Recurrence is not null, () =>
        {
            RuleForEach(x => x.Recurrence!.Exceptions).ChildRules(exception =>
            {
                exception.RuleFor(e => e.From).NotEmpty().WithMessage("Bitte geben Sie den ersten Tag der Ausnahme an.");
                exception.RuleFor(e => e.Label).MaximumLength(100).WithMessage("Die Bezeichnung darf höchstens 100 Zeichen lang sein.");
            });
            RuleFor(x => x.Recurrence!.Exceptions)
                .Must(e => e is null || e.Count <= 50).WithMessage("Bitte nennen Sie höchstens 50 Ausnahmen.");
        });

        When(x => x.Indicator is not null, () =>
        {
            RuleFor(x => x.SubProjectId)
                .NotNull().WithMessage("Eine Kennzahl gehört zu einem Teilprojekt: Bitte wählen Sie das Teilprojekt der Veranstaltung.");
            RuleFor(x => x.Indicator!.IndicatorId)
                .NotEmpty().WithMessage("Bitte wählen Sie die Kennzahl.");
            RuleFor(x => x.Indicator!.Figure)
                .Must(f => WorkshopRules.ParseFigure(f) is not null).WithMessage("Bitte wählen Sie, was zählt: alle Teilnehmenden, Teilnehmende ab 70, Erstnutzende oder die Veranstaltung selbst.");
        });
    }

}

/// <summary>Value rules of event fields that the validator and the handlers share.</summary>
internal static partial class WorkshopRules
{
    public static VenueKind? ParseVenueKind(string? kind) =>
        Enum.TryParse<VenueKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(kind, out _) ? k : null;

    public static IndicatorFigure? ParseFigure(string? figure) =>
        Enum.TryParse<IndicatorFigure>(figure, ignoreCase: true, out var f) && Enum.IsDefined(f) && !int.TryParse(figure, out _) ? f : null;

    public static bool IsMunicipalityKey(string? key) =>
        key is not null && key.Trim().Length == 8 && key.Trim().All(char.IsAsciiDigit) && FederalStates.All.Any(s => s.AgsPrefix == key.Trim()[..2]);

    public static bool IsWebLink(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;

    public static bool IsPostalCode(string? code) => code is not null && PostalCode().IsMatch(code.Trim());

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex PostalCode();
}
