using System.Globalization;
using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.DataTypes;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Contracts;
using LaborPlattform.Shared.Time;
using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Workshops.Domain;
using LaborPlattform.Workshops.ManageFormats;
using LaborPlattform.Workshops.ReadWorkshops;
using LaborPlattform.Workshops.SaveWorkshop;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Workshops.Areas.Workshops.Pages;

/// <summary>
/// Base of the create and edit pages. The form is simpler than the API: date and times instead of ISO date-times, a
/// repetition choice (weekly on these days until …) instead of an RRULE (experts may still enter one), exception
/// periods as lines of text; the page turns it into the same command the API sends.
/// </summary>
internal abstract partial class WorkshopFormModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t)
    : LabPageModel(sender, authorization, t)
{
    public static readonly IReadOnlyList<string> CommonMethods =
    [
        "Design Thinking", "World Café", "Open Space", "Zukunftswerkstatt", "Fishbowl", "Barcamp",
        "Kleingruppenarbeit", "Vortrag mit Fragerunde", "Üben am eigenen Gerät",
    ];

    private static readonly string[] DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    [BindProperty]
    public WorkshopInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> FormatItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> MethodItems { get; } = CommonMethods.Select(m => new SelectListItem(m, m)).ToList();

    public IReadOnlyList<SelectListItem> SubProjectItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> IndicatorItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> FigureItems { get; } = WorkshopTextsUi.FigureItems();

    public IReadOnlyList<SelectListItem> RepeatItems { get; } =
    [
        new("Einmalig", "None"),
        new("Wöchentlich", "Weekly"),
        new("Alle zwei Wochen", "Fortnightly"),
        new("Monatlich (gleicher Wochentag, z. B. jeden ersten Mittwoch)", "Monthly"),
        new("Täglich", "Daily"),
        new("Eigene Regel (RRULE nach RFC 5545, für Fachleute)", "Custom"),
    ];

    public IReadOnlyList<SelectListItem> WeekdayItems { get; } =
        DayCodes.Select((code, i) => new SelectListItem(CultureInfo.CurrentCulture.DateTimeFormat.GetDayName((DayOfWeek)((i + 1) % 7)), code)).ToList();

    public IReadOnlyList<SelectListItem> VenueKindItems { get; } =
    [
        new("An einem Veranstaltungsort aus dem Labor", nameof(VenueKind.Organisation)),
        new("An einer anderen Adresse", nameof(VenueKind.Address)),
        new("Online", nameof(VenueKind.Online)),
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

    /// <summary>Checks what only the form has (dates, times, repetition, exception lines); false with the errors next to the fields.</summary>
    protected bool TryReadSchedule(out string start, out string end, out RecurrenceInput? recurrence)
    {
        start = end = string.Empty;
        recurrence = null;
        if (Input.Date is null)
        {
            ModelState.AddModelError("Input.Date", "Bitte geben Sie das Datum (des ersten Termins) an.");
        }

        if (Input.StartTime is null)
        {
            ModelState.AddModelError("Input.StartTime", "Bitte geben Sie an, wann die Veranstaltung beginnt.");
        }

        if (Input.EndTime is null)
        {
            ModelState.AddModelError("Input.EndTime", "Bitte geben Sie an, wann die Veranstaltung endet.");
        }

        var exceptions = ReadExceptions();
        string? rule = null;
        if (Input.Date is { } date)
        {
            var until = Input.Until?.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var days = Input.Weekdays.Count > 0 ? string.Join(',', DayCodes.Where(Input.Weekdays.Contains)) : DayCodes[((int)date.DayOfWeek + 6) % 7];
            rule = Input.Repeat switch
            {
                "Weekly" => $"FREQ=WEEKLY;BYDAY={days};UNTIL={until}",
                "Fortnightly" => $"FREQ=WEEKLY;INTERVAL=2;BYDAY={days};UNTIL={until}",
                "Monthly" => $"FREQ=MONTHLY;BYDAY={((date.Day - 1) / 7 + 1 is var n && n == 5 ? -1 : n).ToString(CultureInfo.InvariantCulture)}{DayCodes[((int)date.DayOfWeek + 6) % 7]};UNTIL={until}",
                "Daily" => $"FREQ=DAILY;UNTIL={until}",
                "Custom" => Input.Rule ?? string.Empty,
                _ => null,
            };
            if (rule is not null && Input.Repeat != "Custom" && Input.Until is null)
            {
                ModelState.AddModelError("Input.Until", "Bitte geben Sie den Tag an, an dem die Reihe endet.");
            }
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        start = Input.Date!.Value.ToDateTime(Input.StartTime!.Value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        end = (Input.EndDate ?? Input.Date.Value).ToDateTime(Input.EndTime!.Value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        recurrence = rule is null ? null : new RecurrenceInput(rule, exceptions);
        return true;
    }

    protected VenueInput Venue() =>
        new(Input.VenueKind, Input.VenueOrganisationId, Input.AddressName, Input.Street, Input.PostalCode, Input.City, Input.MunicipalityKey, Input.OnlineUrl);

    protected IReadOnlyList<string> Methods() =>
        Input.Methods.Concat((Input.OtherMethods ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    protected IndicatorInput? Indicator() => Input.IndicatorId is { } id ? new IndicatorInput(id, Input.IndicatorFigure ?? string.Empty) : null;

    /// <summary>Where an error of the command's field goes on this form.</summary>
    protected string? FieldFor(string field) => field switch
    {
        "title" => nameof(WorkshopInput.Title),
        "format" => nameof(WorkshopInput.Format),
        "subProjectId" => nameof(WorkshopInput.SubProjectId),
        "start" => nameof(WorkshopInput.Date),
        "end" => nameof(WorkshopInput.EndTime),
        Schedule.RuleField => Input.Repeat == "Custom" ? nameof(WorkshopInput.Rule) : nameof(WorkshopInput.Repeat),
        "venue.kind" => nameof(WorkshopInput.VenueKind),
        "venue.organisationId" => nameof(WorkshopInput.VenueOrganisationId),
        "venue.name" => nameof(WorkshopInput.AddressName),
        "venue.street" => nameof(WorkshopInput.Street),
        "venue.postalCode" => nameof(WorkshopInput.PostalCode),
        "venue.city" => nameof(WorkshopInput.City),
        "venue.municipalityKey" => nameof(WorkshopInput.MunicipalityKey),
        "venue.onlineUrl" => nameof(WorkshopInput.OnlineUrl),
        "description" => nameof(WorkshopInput.Description),
        "capacity" => nameof(WorkshopInput.Capacity),
        "registration" => nameof(WorkshopInput.Registration),
        "accessibilityNotes" => nameof(WorkshopInput.AccessibilityNotes),
        _ when field.StartsWith(Schedule.ExceptionsField, StringComparison.Ordinal) => nameof(WorkshopInput.Exceptions),
        _ when field.StartsWith("methods", StringComparison.Ordinal) => nameof(WorkshopInput.OtherMethods),
        _ when field.StartsWith("organiserIds", StringComparison.Ordinal) => nameof(WorkshopInput.OrganiserIds),
        _ when field.StartsWith("facilitatorIds", StringComparison.Ordinal) => nameof(WorkshopInput.FacilitatorIds),
        _ when field.StartsWith("indicator", StringComparison.Ordinal) => nameof(WorkshopInput.IndicatorId),
        _ => null,
    };

    /// <summary>Fills the form from a saved event; a rule the simple choices cannot express is shown as a custom rule.</summary>
    protected void Fill(WorkshopView view)
    {
        var start = LocalTimes.Parse(view.Start)!.Value;
        var end = LocalTimes.Parse(view.End)!.Value;
        Input = new WorkshopInput
        {
            Version = view.Version,
            Title = view.Title,
            Format = view.Format,
            Methods = view.Methods.Where(CommonMethods.Contains).ToList(),
            OtherMethods = string.Join(", ", view.Methods.Where(m => !CommonMethods.Contains(m))),
            SubProjectId = view.SubProjectId,
            IndicatorId = view.Indicator?.IndicatorId,
            IndicatorFigure = view.Indicator?.Figure,
            Date = DateOnly.FromDateTime(start),
            StartTime = TimeOnly.FromDateTime(start),
            EndTime = TimeOnly.FromDateTime(end),
            EndDate = DateOnly.FromDateTime(end) == DateOnly.FromDateTime(start) ? null : DateOnly.FromDateTime(end),
            VenueKind = view.Venue.Kind,
            VenueOrganisationId = view.Venue.OrganisationId,
            AddressName = view.Venue.Kind == nameof(VenueKind.Address) ? view.Venue.Name : null,
            Street = view.Venue.Kind == nameof(VenueKind.Address) ? view.Venue.Street : null,
            PostalCode = view.Venue.Kind == nameof(VenueKind.Address) ? view.Venue.PostalCode : null,
            City = view.Venue.Kind == nameof(VenueKind.Address) ? view.Venue.City : null,
            MunicipalityKey = view.Venue.Kind == nameof(VenueKind.Address) ? view.Venue.MunicipalityKey : null,
            OnlineUrl = view.Venue.Kind == nameof(VenueKind.Online) ? view.Venue.OnlineUrl : null,
            OrganiserIds = view.Organisers.Select(o => o.Id).ToList(),
            FacilitatorIds = view.Facilitators.Select(o => o.Id).ToList(),
            IsPublic = view.IsPublic,
            Description = view.Description,
            Capacity = view.Capacity,
            Registration = view.Registration,
            AccessibilityNotes = view.AccessibilityNotes,
            Exceptions = view.Recurrence is { } r
                ? string.Join('\n', r.Exceptions.Select(e => (e.From == e.To ? Berlin.FormatDate(e.From) : $"{Berlin.FormatDate(e.From)} – {Berlin.FormatDate(e.To)}") + (e.Label.Length > 0 ? " " + e.Label : string.Empty)))
                : null,
        };
        if (view.Recurrence is { } recurrence)
        {
            FillRepeat(recurrence.Rule, DateOnly.FromDateTime(start));
        }
    }

    private void FillRepeat(string rule, DateOnly first)
    {
        var pattern = new RecurrencePattern(rule);
        DateOnly? until = pattern.Until is { } u ? LocalTimes.LocalDate(new DateTimeOffset(u.AsUtc, TimeSpan.Zero)) : null;
        var simple = until is not null && pattern.Count is null && pattern.ByMonth.Count == 0 && pattern.ByMonthDay.Count == 0 && pattern.ByYearDay.Count == 0
            && pattern.ByWeekNo.Count == 0 && pattern.BySetPosition.Count == 0;
        var plainDays = pattern.ByDay.All(d => d.Offset is null or 0);
        var firstOffset = (first.Day - 1) / 7 + 1 == 5 ? -1 : (first.Day - 1) / 7 + 1;
        Input.Repeat = (simple, pattern.Frequency, pattern.Interval) switch
        {
            (true, FrequencyType.Weekly, 1) when plainDays => "Weekly",
            (true, FrequencyType.Weekly, 2) when plainDays => "Fortnightly",
            (true, FrequencyType.Daily, 1) when pattern.ByDay.Count == 0 => "Daily",
            (true, FrequencyType.Monthly, 1) when pattern.ByDay.Count == 1 && pattern.ByDay[0].Offset == firstOffset && pattern.ByDay[0].DayOfWeek == first.DayOfWeek => "Monthly",
            _ => "Custom",
        };
        Input.Until = Input.Repeat == "Custom" ? null : until;
        Input.Rule = Input.Repeat == "Custom" ? rule : null;
        Input.Weekdays = Input.Repeat is "Weekly" or "Fortnightly" ? pattern.ByDay.Select(d => DayCodes[((int)d.DayOfWeek + 6) % 7]).ToList() : [];
    }

    private List<ExceptionInput> ReadExceptions()
    {
        var list = new List<ExceptionInput>();
        var lines = (Input.Exceptions ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var match = ExceptionLine().Match(lines[i]);
            if (!match.Success || !TryDate(match.Groups["from"].Value, out var from) || (match.Groups["to"].Success && !TryDate(match.Groups["to"].Value, out _)))
            {
                ModelState.AddModelError("Input.Exceptions", $"Zeile {i + 1} ist nicht lesbar. Schreiben Sie ein Datum (TT.MM.JJJJ) oder einen Zeitraum (TT.MM.JJJJ – TT.MM.JJJJ), danach die Bezeichnung.");
                continue;
            }

            DateOnly? to = match.Groups["to"].Success && TryDate(match.Groups["to"].Value, out var end) ? end : null;
            list.Add(new ExceptionInput(from, to, match.Groups["label"].Value.Trim()));
        }

        return list;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, ["d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex(@"^(?<from>\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(\s*(-|–|bis)\s*(?<to>\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}))?(?<label>.*)$")]
    private static partial Regex ExceptionLine();
}

internal sealed class WorkshopInput
{
    public int Version { get; set; }

    public string? Title { get; set; }

    public string? Format { get; set; }

    public List<string> Methods { get; set; } = [];

    public string? OtherMethods { get; set; }

    public Guid? SubProjectId { get; set; }

    public Guid? IndicatorId { get; set; }

    public string? IndicatorFigure { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public DateOnly? EndDate { get; set; }

    public string Repeat { get; set; } = "None";

    public List<string> Weekdays { get; set; } = [];

    public DateOnly? Until { get; set; }

    public string? Rule { get; set; }

    public string? Exceptions { get; set; }

    public string VenueKind { get; set; } = nameof(Domain.VenueKind.Organisation);

    public Guid? VenueOrganisationId { get; set; }

    public string? AddressName { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? MunicipalityKey { get; set; }

    public string? OnlineUrl { get; set; }

    public List<Guid> OrganiserIds { get; set; } = [];

    public List<Guid> FacilitatorIds { get; set; } = [];

    public bool IsPublic { get; set; } = true;

    public string? Description { get; set; }

    public int? Capacity { get; set; }

    public string? Registration { get; set; }

    public string? AccessibilityNotes { get; set; }
}
