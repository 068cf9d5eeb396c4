using System.Globalization;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Contracts;
using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Workshops.ManageFormats;

namespace LaborPlattform.Workshops.SaveWorkshop;

/// <summary>Base of the create and edit pages: the form (<see cref="WorkshopForm"/>) and its choices.</summary>
internal abstract class WorkshopFormPage(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t)
    : WorkshopsLabPage(sender, authorization, t)
{
    [BindProperty]
    public WorkshopForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> FormatItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> MethodItems { get; } = WorkshopForm.CommonMethods.Select(m => new SelectListItem(m, m)).ToList();

    public IReadOnlyList<SelectListItem> SubProjectItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> IndicatorItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> FigureItems { get; } = WorkshopTexts.FigureItems();

    public IReadOnlyList<SelectListItem> RepeatItems { get; } =
    [
        new("Einmalig", ScheduleForm.Once),
        new("Wöchentlich", ScheduleForm.Weekly),
        new("Alle zwei Wochen", ScheduleForm.Fortnightly),
        new("Monatlich (gleicher Wochentag, z. B. jeden ersten Mittwoch)", ScheduleForm.Monthly),
        new("Täglich", ScheduleForm.Daily),
        new("Eigene Regel (RRULE nach RFC 5545, für Fachleute)", ScheduleForm.Custom),
    ];

    public IReadOnlyList<SelectListItem> WeekdayItems { get; } =
        ScheduleForm.DayCodes.Select((code, i) => new SelectListItem(CultureInfo.CurrentCulture.DateTimeFormat.GetDayName((DayOfWeek)((i + 1) % 7)), code)).ToList();

    public IReadOnlyList<SelectListItem> VenueKindItems { get; } =
    [
        new("An einem Veranstaltungsort aus dem Labor", nameof(VenueKind.Organisation)),
        new("An einer anderen Adresse", nameof(VenueKind.Address)),
        new("Online", nameof(VenueKind.Online)),
    ];

    public IReadOnlyList<SelectListItem> StepFreeItems { get; } =
    [
        new("Nicht bekannt", string.Empty, selected: true),
        new("Ja, ohne Stufen erreichbar (Rampe oder Aufzug)", "true"),
        new("Nein, mit Stufen", "false"),
    ];

    public IReadOnlyList<SelectListItem> VenueItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> MunicipalityItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OrganisationItems { get; private set; } = [];

    protected async Task LoadChoicesAsync(string? currentFormat, Guid? currentVenue, CancellationToken ct)
    {
        var formats = await Sender.Send(new GetWorkshopFormats(IncludeRetired: true), ct);
        FormatItems = formats.Where(f => f.IsActive || f.Key == currentFormat).Select(f => new SelectListItem(f.Name, f.Key)).ToList();
        var subProjects = await Sender.Send(new GetLabSubProjects(LabId), ct);
        SubProjectItems = subProjects.Select(s => new SelectListItem(s.Title, s.Id.ToString())).ToList();
        IndicatorItems = subProjects
            .SelectMany(s => s.Indicators.Where(i => i.Kind == IndicatorKinds.Cumulative).Select(i => new SelectListItem($"{s.Title}: {i.Name}", i.Id.ToString())))
            .ToList();
        var venues = (await Sender.Send(new GetVenues(LabId), ct)).ToList();
        if (currentVenue is { } id && venues.All(v => v.Id != id) && await Sender.Send(new GetVenue(id), ct) is { } current)
        {
            venues.Add(current);
        }

        VenueItems = venues.Select(v => new SelectListItem($"{v.Name}, {v.City}", v.Id.ToString())).ToList();
        var lab = await Sender.Send(new GetLab(LabId), ct);
        MunicipalityItems = (lab?.Municipalities ?? []).Select(m => new SelectListItem($"{m.Name} ({m.MunicipalityKey})", m.MunicipalityKey)).ToList();
        OrganisationItems = (await Sender.Send(new GetLabOrganisations(LabId), ct)).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
    }

    /// <summary>
    /// Reads the schedule and sends <paramref name="command"/> with the form's fields; false with the errors next to
    /// the fields (a schedule the form cannot read is refused before anything is sent).
    /// </summary>
    protected async Task<bool> TrySaveAsync<T>(T command, Func<T, Task> send)
        where T : WorkshopFields
    {
        // Typed input the server could not read (a tampered choice, letters in a number) is refused first, in German.
        if (!await this.TryAsync(() => Task.CompletedTask))
        {
            return false;
        }

        var schedule = ScheduleForm.Read(Input);
        foreach (var (field, message) in schedule.Errors)
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        return ModelState.IsValid
            && await this.TryAsync(() => send(Input.Apply(command, schedule)), field => Input.FieldFor(field) is { } property ? $"Input.{property}" : null);
    }
}
