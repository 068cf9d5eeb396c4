using System.Text.Json;
using LaborPlattform.Shared.Auditing;
using LaborPlattform.Stakeholders.ManageOrganisations;
using LaborPlattform.Stakeholders.ReadOrganisations;

namespace LaborPlattform.Stakeholders.ManageContactPersons;

internal sealed record ContactPersonDto(
    Guid Id,
    Guid OrganisationId,
    string Name,
    string? Function,
    string? Email,
    string? Phone,
    string PreferredChannel,
    string PreferredChannelName,
    string LegalBasis,
    string LegalBasisName,
    DateOnly BasisDate,
    string Purpose,
    DateTimeOffset RecordedAt,
    int Version);

/// <summary>The contact persons of an organisation of the lab, ordered by name (empty when the organisation is not in the lab).</summary>
internal sealed record GetContactPersons(Guid LabId, Guid OrganisationId) : IQuery<IReadOnlyList<ContactPersonDto>>;

internal sealed record GetContactPerson(Guid LabId, Guid ContactPersonId) : IQuery<ContactPersonDto?>;

/// <summary>Everything stored about a contact person, for a request under GDPR Art. 15.</summary>
internal sealed record ExportContactPerson(Guid LabId, Guid ContactPersonId) : IQuery<ContactPersonExport>;

/// <param name="ExportedAt">When this export was made (UTC).</param>
/// <param name="Controller">Who is responsible for the processing.</param>
/// <param name="Person">The stored data about the person.</param>
/// <param name="Organisation">The organisation the person is the contact of.</param>
/// <param name="Recipients">Who can see the data.</param>
/// <param name="Storage">How long the data is kept and how it can be erased.</param>
/// <param name="History">Every recorded change of the person's data (which fields, when), without values.</param>
internal sealed record ContactPersonExport(
    DateTimeOffset ExportedAt,
    string Controller,
    ContactPersonDto Person,
    ExportedOrganisation Organisation,
    string Recipients,
    string Storage,
    IReadOnlyList<ExportedChange> History);

internal sealed record ExportedOrganisation(Guid Id, string Name);

internal sealed record ExportedChange(DateTimeOffset At, string Action, IReadOnlyList<string> Fields);

internal sealed class ReadContactPersonsHandler(StakeholdersDbContext db, TimeProvider time) :
    IQueryHandler<GetContactPersons, IReadOnlyList<ContactPersonDto>>,
    IQueryHandler<GetContactPerson, ContactPersonDto?>,
    IQueryHandler<ExportContactPerson, ContactPersonExport>
{
    public async ValueTask<IReadOnlyList<ContactPersonDto>> Handle(GetContactPersons query, CancellationToken cancellationToken)
    {
        if (!await db.IsInvolvedInAsync(query.LabId, query.OrganisationId, cancellationToken))
        {
            return [];
        }

        var people = await db.ContactPersons.AsNoTracking().Where(p => p.OrganisationId == query.OrganisationId).ToListAsync(cancellationToken);
        return people.OrderBy(p => p.Name, OrganisationDtoMapping.German).Select(ToDto).ToList();
    }

    public async ValueTask<ContactPersonDto?> Handle(GetContactPerson query, CancellationToken cancellationToken)
    {
        var person = await db.ContactPersons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.ContactPersonId, cancellationToken);
        return person is not null && await db.IsInvolvedInAsync(query.LabId, person.OrganisationId, cancellationToken) ? ToDto(person) : null;
    }

    public async ValueTask<ContactPersonExport> Handle(ExportContactPerson query, CancellationToken cancellationToken)
    {
        var person = await db.LoadContactPersonAsync(query.LabId, query.ContactPersonId, cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == person.OrganisationId, cancellationToken)
            ?? throw new NotFoundException("Organisation", person.OrganisationId);
        var key = person.Id.ToString();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(ContactPerson) && e.EntityId == key)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        var history = entries.Select(e => new ExportedChange(
            e.At,
            e.Action.ToString(),
            (JsonSerializer.Deserialize<List<AuditChange>>(e.Changes) ?? []).Select(c => c.Field).ToList())).ToList();

        return new ContactPersonExport(
            time.GetUtcNow(),
            "Das Labor, in dem die Organisation mitwirkt, als verantwortliche Stelle; betrieben auf der LaborPlattform des Programms „Regionale Open Government Labore“.",
            ToDto(person),
            new ExportedOrganisation(organisation.Id, organisation.Name),
            "Nur angemeldete Koordinatorinnen und Koordinatoren und kommunale Mitarbeitende der Labore, in denen die Organisation mitwirkt, sowie die Administration der Plattform. Die Daten werden nicht veröffentlicht und nicht an Dritte weitergegeben.",
            "Die Daten werden gespeichert, solange der genannte Zweck besteht, und auf Wunsch sofort gelöscht (Art. 17 DSGVO). Das Änderungsprotokoll enthält nur, welche Felder wann geändert wurden, nie die Werte.",
            history);
    }

    private static ContactPersonDto ToDto(ContactPerson p) => new(
        p.Id,
        p.OrganisationId,
        p.Name,
        p.Function,
        p.Email,
        p.Phone,
        p.PreferredChannel.ToString(),
        p.PreferredChannel.Name(),
        p.LegalBasis.ToString(),
        p.LegalBasis.Name(),
        p.BasisDate,
        p.Purpose,
        p.RecordedAt,
        p.Version);
}

internal static class ReadContactPersonsEndpoints
{
    public static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Map(RouteGroupBuilder api)
    {
        // Contact persons are for those who work with them: the lab's coordinators and staff and administrators, not reviewers.
        api.MapGet("/labs/{labId:guid}/organisations/{organisationId:guid}/contact-persons", async (Guid labId, Guid organisationId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetContactPersons(labId, organisationId), ct)))
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("ListContactPersons")
            .WithSummary("The contact persons of an organisation (personal data: coordinators and staff of the lab, administrators).");

        api.MapGet("/labs/{labId:guid}/contact-persons/{contactPersonId:guid}", async Task<Results<Ok<ContactPersonDto>, NotFound>> (Guid labId, Guid contactPersonId, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetContactPerson(labId, contactPersonId), ct) is { } person ? TypedResults.Ok(person) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("GetContactPerson")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/labs/{labId:guid}/contact-persons/{contactPersonId:guid}/export", async (Guid labId, Guid contactPersonId, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var export = await sender.Send(new ExportContactPerson(labId, contactPersonId), ct);
                response.Headers.CacheControl = "no-store";
                return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(export, ExportJson), "application/json", $"auskunft-ansprechperson-{contactPersonId}.json");
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("ExportContactPerson")
            .WithSummary("Everything stored about a contact person as JSON (GDPR Art. 15).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
