using LaborPlattform.Workshops.ReadWorkshops;

namespace LaborPlattform.Workshops.SaveWorkshop;

/// <summary>
/// The fields of the create and edit forms. Most are the command's own (<see cref="WorkshopFields"/>); the form splits
/// the place, the indicator and the methods into simple fields and asks for the schedule its own way
/// (<see cref="ScheduleForm"/>). <see cref="Apply{T}"/> is the one place that turns the form into the command.
/// </summary>
internal sealed class WorkshopForm
{
    public static readonly IReadOnlyList<string> CommonMethods =
    [
        "Design Thinking", "World Café", "Open Space", "Zukunftswerkstatt", "Fishbowl", "Barcamp",
        "Kleingruppenarbeit", "Vortrag mit Fragerunde", "Üben am eigenen Gerät",
    ];

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

    public string Repeat { get; set; } = ScheduleForm.Once;

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

    /// <summary>Step-free access of the other address: yes, no, or not known (null).</summary>
    public bool? StepFreeAccess { get; set; }

    public List<Guid> OrganiserIds { get; set; } = [];

    public List<Guid> FacilitatorIds { get; set; } = [];

    public bool IsPublic { get; set; } = true;

    public string? Description { get; set; }

    public int? Capacity { get; set; }

    public string? Registration { get; set; }

    public string? AccessibilityNotes { get; set; }

    /// <summary>The command with the form's fields and the schedule <see cref="ScheduleForm.Read"/> built.</summary>
    public T Apply<T>(T command, ScheduleForm.Reading schedule)
        where T : WorkshopFields =>
        (T)(command with
        {
            Title = Title ?? string.Empty,
            Format = Format ?? string.Empty,
            Methods = Methods.Concat((OtherMethods ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
            SubProjectId = SubProjectId,
            Start = schedule.Start,
            End = schedule.End,
            Recurrence = schedule.Recurrence,
            Venue = new VenueInput(VenueKind, VenueOrganisationId, AddressName, Street, PostalCode, City, MunicipalityKey, OnlineUrl,
                VenueKind == nameof(Domain.VenueKind.Address) ? StepFreeAccess : null),
            OrganiserIds = OrganiserIds,
            FacilitatorIds = FacilitatorIds,
            IsPublic = IsPublic,
            Description = Description ?? string.Empty,
            Capacity = Capacity,
            Registration = Registration,
            AccessibilityNotes = AccessibilityNotes,
            Indicator = IndicatorId is { } id ? new IndicatorInput(id, IndicatorFigure ?? string.Empty) : null,
        });

    /// <summary>The form of a saved event.</summary>
    public static WorkshopForm From(WorkshopView view)
    {
        var address = view.Venue.Kind == nameof(Domain.VenueKind.Address);
        var form = new WorkshopForm
        {
            Version = view.Version,
            Title = view.Title,
            Format = view.Format,
            Methods = view.Methods.Where(CommonMethods.Contains).ToList(),
            OtherMethods = string.Join(", ", view.Methods.Where(m => !CommonMethods.Contains(m))),
            SubProjectId = view.SubProjectId,
            IndicatorId = view.Indicator?.IndicatorId,
            IndicatorFigure = view.Indicator?.Figure,
            VenueKind = view.Venue.Kind,
            VenueOrganisationId = view.Venue.OrganisationId,
            AddressName = address ? view.Venue.Name : null,
            Street = address ? view.Venue.Street : null,
            PostalCode = address ? view.Venue.PostalCode : null,
            City = address ? view.Venue.City : null,
            MunicipalityKey = address ? view.Venue.MunicipalityKey : null,
            OnlineUrl = view.Venue.Kind == nameof(Domain.VenueKind.Online) ? view.Venue.OnlineUrl : null,
            StepFreeAccess = address ? view.Venue.StepFreeAccess : null,
            OrganiserIds = view.Organisers.Select(o => o.Id).ToList(),
            FacilitatorIds = view.Facilitators.Select(o => o.Id).ToList(),
            IsPublic = view.IsPublic,
            Description = view.Description,
            Capacity = view.Capacity,
            Registration = view.Registration,
            AccessibilityNotes = view.AccessibilityNotes,
        };
        ScheduleForm.Fill(form, view);
        return form;
    }

    /// <summary>The form field (property of this form) that shows an error of the command's <paramref name="field"/>; null: the summary.</summary>
    public string? FieldFor(string field) => field switch
    {
        "title" => nameof(Title),
        "format" => nameof(Format),
        "subProjectId" => nameof(SubProjectId),
        "start" => nameof(Date),
        "end" => nameof(EndTime),
        Schedule.RuleField => Repeat == ScheduleForm.Custom ? nameof(Rule) : nameof(Repeat),
        "venue.kind" => nameof(VenueKind),
        "venue.organisationId" => nameof(VenueOrganisationId),
        "venue.name" => nameof(AddressName),
        "venue.street" => nameof(Street),
        "venue.postalCode" => nameof(PostalCode),
        "venue.city" => nameof(City),
        "venue.municipalityKey" => nameof(MunicipalityKey),
        "venue.onlineUrl" => nameof(OnlineUrl),
        "venue.stepFreeAccess" => nameof(StepFreeAccess),
        "description" => nameof(Description),
        "capacity" => nameof(Capacity),
        "registration" => nameof(Registration),
        "accessibilityNotes" => nameof(AccessibilityNotes),
        _ when field.StartsWith(Schedule.ExceptionsField, StringComparison.Ordinal) => nameof(Exceptions),
        _ when field.StartsWith("methods", StringComparison.Ordinal) => nameof(OtherMethods),
        _ when field.StartsWith("organiserIds", StringComparison.Ordinal) => nameof(OrganiserIds),
        _ when field.StartsWith("facilitatorIds", StringComparison.Ordinal) => nameof(FacilitatorIds),
        _ when field.StartsWith("indicator", StringComparison.Ordinal) => nameof(IndicatorId),
        _ => null,
    };
}
