using System.Text.RegularExpressions;
using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Workshops.LogOutcome;
using LaborPlattform.Workshops.ReadWorkshops;

namespace LaborPlattform.Workshops.LogOutcome;

/// <summary>Logs or corrects the outcome of one date: counts, breakdowns, organisations, results, minutes. No names.</summary>
[Authorize(Policy = Policies.ContributeToLab)]
internal sealed partial class LogOutcomePage(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t)
    : WorkshopsLabPage(sender, authorization, t)
{
    private const int EmptyFollowUpRows = 2;

    [FromRoute]
    public Guid WorkshopId { get; set; }

    [FromRoute]
    public Guid OccurrenceId { get; set; }

    [BindProperty]
    public OutcomeInput Input { get; set; } = new();

    public WorkshopView Workshop { get; private set; } = default!;

    public OccurrenceView Date { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> OrganisationItems { get; private set; } = [];

    public string DetailsUrl => $"{EventsUrl}/{WorkshopId}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (IsArchived || Date.Status == "Cancelled")
        {
            return Redirect(DetailsUrl);
        }

        Input = OutcomeInput.From(Date);
        Input.FollowUps.AddRange(Enumerable.Range(0, EmptyFollowUpRows).Select(_ => new FollowUpRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var followUps = Input.FollowUps.Where(f => !string.IsNullOrWhiteSpace(f.Task) || f.OwnerOrganisationId is not null || f.DueDate is not null).ToList();
        Input.FollowUps = followUps;
        // The rows are renumbered without the empty ones: what was typed must follow them, not stay at the old row numbers.
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.FollowUps", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        var saved = await this.TryAsync(
            () => Sender.Send(
                new LogWorkshopOutcome(
                    LabId,
                    WorkshopId,
                    OccurrenceId,
                    Input.Version,
                    Input.Participants,
                    Input.AgeUnder30 is null && Input.Age30To49 is null && Input.Age50To69 is null && Input.Age70Plus is null
                        ? null
                        : new AgeBandsInput(Input.AgeUnder30 ?? 0, Input.Age30To49 ?? 0, Input.Age50To69 ?? 0, Input.Age70Plus ?? 0),
                    new[] { Input.Administration, Input.CivilSociety, Input.Politics, Input.Academia, Input.Business, Input.Citizens }.All(v => v is null)
                        ? null
                        : new SectorsInput(Input.Administration ?? 0, Input.CivilSociety ?? 0, Input.Politics ?? 0, Input.Academia ?? 0, Input.Business ?? 0, Input.Citizens ?? 0),
                    Input.FirstTimeDigitalUsers,
                    Input.OrganisationIds,
                    Input.IdeasCollected,
                    (Input.Decisions ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    followUps.Select(f => new FollowUpInput(f.Task ?? string.Empty, f.OwnerOrganisationId, f.DueDate)).ToList(),
                    Input.Minutes),
                ct).AsTask(),
            InputField(FieldFor));
        if (saved)
        {
            return BackTo(DetailsUrl, T["Das Ergebnis vom {0} wurde gespeichert.", Shared.Time.Berlin.FormatDate(Date.StartsAt)]);
        }

        Input.FollowUps.AddRange(Enumerable.Range(0, EmptyFollowUpRows).Select(_ => new FollowUpRow()));
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct) || await Sender.Send(new GetWorkshopDetails(LabId, WorkshopId), ct) is not { } view
            || view.Occurrences.SingleOrDefault(o => o.Id == OccurrenceId) is not { } date)
        {
            return false;
        }

        Workshop = view;
        Date = date;
        OrganisationItems = (await Sender.Send(new GetLabOrganisations(LabId), ct)).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
        return true;
    }

    private static string? FieldFor(string field)
    {
        var followUp = FollowUpField().Match(field);
        if (followUp.Success)
        {
            var property = followUp.Groups["field"].Value switch
            {
                "task" => nameof(FollowUpRow.Task),
                "ownerOrganisationId" => nameof(FollowUpRow.OwnerOrganisationId),
                _ => nameof(FollowUpRow.DueDate),
            };
            return $"FollowUps[{followUp.Groups["index"].Value}].{property}";
        }

        return field switch
        {
            "participants" => nameof(OutcomeInput.Participants),
            "ageBands" => nameof(OutcomeInput.AgeBands),
            "ageBands.under30" => nameof(OutcomeInput.AgeUnder30),
            "ageBands.from30To49" => nameof(OutcomeInput.Age30To49),
            "ageBands.from50To69" => nameof(OutcomeInput.Age50To69),
            "ageBands.age70AndOver" => nameof(OutcomeInput.Age70Plus),
            "sectors" => nameof(OutcomeInput.Sectors),
            "sectors.administration" => nameof(OutcomeInput.Administration),
            "sectors.civilSociety" => nameof(OutcomeInput.CivilSociety),
            "sectors.politics" => nameof(OutcomeInput.Politics),
            "sectors.academia" => nameof(OutcomeInput.Academia),
            "sectors.business" => nameof(OutcomeInput.Business),
            "sectors.citizens" => nameof(OutcomeInput.Citizens),
            "firstTimeDigitalUsers" => nameof(OutcomeInput.FirstTimeDigitalUsers),
            "ideasCollected" => nameof(OutcomeInput.IdeasCollected),
            "minutes" => nameof(OutcomeInput.Minutes),
            _ when field.StartsWith("organisationIds", StringComparison.Ordinal) => nameof(OutcomeInput.OrganisationIds),
            _ when field.StartsWith("decisions", StringComparison.Ordinal) => nameof(OutcomeInput.Decisions),
            _ => null,
        };
    }

    [GeneratedRegex(@"^followUps\[(?<index>\d+)\]\.(?<field>\w+)$")]
    private static partial Regex FollowUpField();
}

internal sealed class OutcomeInput
{
    public int Version { get; set; }

    public int? Participants { get; set; }

    /// <summary>Carries the error of the age breakdown as a whole (the form field is the fieldset).</summary>
    public string? AgeBands { get; set; }

    public int? AgeUnder30 { get; set; }

    public int? Age30To49 { get; set; }

    public int? Age50To69 { get; set; }

    public int? Age70Plus { get; set; }

    /// <summary>Carries the error of the sector breakdown as a whole.</summary>
    public string? Sectors { get; set; }

    public int? Citizens { get; set; }

    public int? Administration { get; set; }

    public int? CivilSociety { get; set; }

    public int? Politics { get; set; }

    public int? Academia { get; set; }

    public int? Business { get; set; }

    public int? FirstTimeDigitalUsers { get; set; }

    public List<Guid> OrganisationIds { get; set; } = [];

    public int? IdeasCollected { get; set; }

    public string? Decisions { get; set; }

    public List<FollowUpRow> FollowUps { get; set; } = [];

    public string? Minutes { get; set; }

    public static OutcomeInput From(OccurrenceView date)
    {
        var input = new OutcomeInput { Version = date.Version };
        if (date.Outcome is not { } outcome)
        {
            return input;
        }

        input.Participants = outcome.Participants;
        if (outcome.AgeBands is { } a)
        {
            (input.AgeUnder30, input.Age30To49, input.Age50To69, input.Age70Plus) = (a.Under30, a.From30To49, a.From50To69, a.Age70AndOver);
        }

        if (outcome.Sectors is { } s)
        {
            (input.Administration, input.CivilSociety, input.Politics, input.Academia, input.Business, input.Citizens) =
                (s.Administration, s.CivilSociety, s.Politics, s.Academia, s.Business, s.Citizens);
        }

        input.FirstTimeDigitalUsers = outcome.FirstTimeDigitalUsers;
        input.OrganisationIds = outcome.Organisations.Select(o => o.Id).ToList();
        input.IdeasCollected = outcome.IdeasCollected;
        input.Decisions = string.Join('\n', outcome.Decisions);
        input.FollowUps = outcome.FollowUps.Select(f => new FollowUpRow { Task = f.Task, OwnerOrganisationId = f.Owner.Id, DueDate = f.DueDate }).ToList();
        input.Minutes = outcome.Minutes;
        return input;
    }
}

internal sealed class FollowUpRow
{
    public string? Task { get; set; }

    public Guid? OwnerOrganisationId { get; set; }

    public DateOnly? DueDate { get; set; }
}
