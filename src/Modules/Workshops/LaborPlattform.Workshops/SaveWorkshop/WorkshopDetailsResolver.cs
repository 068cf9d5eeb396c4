using LaborPlattform.Projects.Contracts;
using LaborPlattform.Stakeholders.Contracts;

namespace LaborPlattform.Workshops.SaveWorkshop;

/// <summary>
/// Turns entered fields into checked <see cref="WorkshopDetails"/> and the planned dates: the rules that need
/// data (format known and in use, venue, sub-project, indicator and organisations known through the other
/// modules' Contracts) and the schedule. Every problem is collected, so a form shows all of them at once.
/// </summary>
internal sealed class WorkshopDetailsResolver(WorkshopsDbContext db, ISender sender)
{
    public async Task<(WorkshopDetails Details, IReadOnlyList<PlannedDate> Dates)> ResolveAsync(
        Guid labId, WorkshopFields fields, string? currentFormat, CancellationToken ct)
    {
        var errors = new ValidationErrors();

        var format = await db.Formats.AsNoTracking().SingleOrDefaultAsync(f => f.Key == fields.Format, ct);
        if (format is null)
        {
            errors.Add("format", "Dieses Format gibt es nicht.");
        }
        else if (!format.IsActive && format.Key != currentFormat)
        {
            errors.Add("format", $"Das Format „{format.Name}“ wird nicht mehr angeboten.");
        }

        var venue = await ResolveVenueAsync(fields.Venue!, errors, ct);
        await CheckSubProjectAsync(labId, fields, errors, ct);
        await CheckOrganisationsAsync(fields.OrganiserIds, "organiserIds", errors, ct);
        await CheckOrganisationsAsync(fields.FacilitatorIds, "facilitatorIds", errors, ct);

        var localStart = LocalTimes.Parse(fields.Start)!.Value;
        var localEnd = LocalTimes.Parse(fields.End)!.Value;
        string? rule = null;
        var exceptions = (fields.Recurrence?.Exceptions ?? [])
            .Select(e => new ExceptionPeriod(e.From, e.To ?? e.From, e.Label?.Trim() ?? string.Empty))
            .ToList();
        IReadOnlyList<PlannedDate> dates = [];
        try
        {
            if (fields.Recurrence is not null)
            {
                rule = Schedule.NormaliseRule(fields.Recurrence.Rule);
            }

            dates = Schedule.Expand(localStart, localEnd, rule, exceptions);
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    errors.Add(field, message);
                }
            }
        }

        errors.ThrowIfAny();
        var indicator = fields.Indicator is { } link ? new IndicatorLink(link.IndicatorId, WorkshopRules.ParseFigure(link.Figure)!.Value) : null;
        var details = new WorkshopDetails(
            fields.Title,
            format!.Key,
            fields.Methods ?? [],
            fields.SubProjectId,
            LocalTimes.ToInstant(localStart),
            LocalTimes.ToInstant(localEnd),
            rule,
            exceptions,
            venue!,
            fields.OrganiserIds ?? [],
            fields.FacilitatorIds ?? [],
            fields.IsPublic,
            fields.Description,
            fields.Capacity,
            fields.Registration ?? string.Empty,
            fields.AccessibilityNotes ?? string.Empty,
            indicator);
        return (details, dates);
    }

    private async Task<Venue?> ResolveVenueAsync(VenueInput input, ValidationErrors errors, CancellationToken ct)
    {
        switch (WorkshopRules.ParseVenueKind(input.Kind))
        {
            case VenueKind.Organisation:
                var venue = await sender.Send(new GetVenue(input.OrganisationId!.Value), ct);
                if (venue is null)
                {
                    errors.Add("venue.organisationId", "Diesen Veranstaltungsort gibt es nicht. Ein Veranstaltungsort ist eine Organisation mit Räumen für Veranstaltungen.");
                    return null;
                }

                return new Venue(VenueKind.Organisation, venue.Id, venue.Name, venue.Street, venue.PostalCode, venue.City, venue.MunicipalityKey, string.Empty,
                    venue.StepFreeAccess, venue.AccessibleToilet, venue.HearingLoop);
            case VenueKind.Address:
                var street = input.Street!.Trim();
                var city = input.City!.Trim();
                var name = string.IsNullOrWhiteSpace(input.Name) ? $"{street}, {city}" : input.Name.Trim();
                return new Venue(VenueKind.Address, null, name, street, input.PostalCode!.Trim(), city, input.MunicipalityKey!.Trim(), string.Empty,
                    input.StepFreeAccess, null, null);
            default:
                return Venue.Online(input.OnlineUrl!);
        }
    }

    private async Task CheckSubProjectAsync(Guid labId, WorkshopFields fields, ValidationErrors errors, CancellationToken ct)
    {
        if (fields.SubProjectId is not { } subProjectId)
        {
            return;
        }

        var state = await sender.Send(new GetSubProjectState(subProjectId), ct);
        if (!state.Exists)
        {
            errors.Add("subProjectId", "Dieses Teilprojekt gibt es nicht.");
            return;
        }

        if (state.LabId != labId)
        {
            errors.Add("subProjectId", "Dieses Teilprojekt gehört zu einem anderen Labor.");
            return;
        }

        if (fields.Indicator is not { } link)
        {
            return;
        }

        var subProject = (await sender.Send(new GetLabSubProjects(labId), ct)).SingleOrDefault(s => s.Id == subProjectId);
        var indicator = subProject?.Indicators.SingleOrDefault(i => i.Id == link.IndicatorId);
        if (indicator is null)
        {
            errors.Add("indicator.indicatorId", "Diese Kennzahl gibt es im gewählten Teilprojekt nicht.");
        }
        else if (indicator.Kind != IndicatorKinds.Cumulative)
        {
            errors.Add("indicator.indicatorId", $"Die Kennzahl „{indicator.Name}“ ist ein Stand, keine Summe: Veranstaltungen können nur zu Kennzahlen beitragen, deren Werte addiert werden.");
        }
    }

    private async Task CheckOrganisationsAsync(IReadOnlyList<Guid>? ids, string field, ValidationErrors errors, CancellationToken ct)
    {
        if (ids is not { Count: > 0 })
        {
            return;
        }

        var known = (await sender.Send(new GetOrganisationsByIds(ids.Distinct().ToList()), ct)).Select(o => o.Id).ToHashSet();
        for (var i = 0; i < ids.Count; i++)
        {
            if (!known.Contains(ids[i]))
            {
                errors.Add($"{field}[{i}]", "Diese Organisation gibt es nicht.");
            }
        }
    }
}
