using LaborPlattform.Shared.Auditing;
using LaborPlattform.Stakeholders.Common;
using LaborPlattform.Stakeholders.ManageOrganisations;
using Microsoft.Extensions.Logging;

namespace LaborPlattform.Stakeholders.ManageContactPersons;

/// <summary>The fields of a contact person. Messages about them never repeat the value (it is personal data).</summary>
internal interface IContactPersonFields
{
    string Name { get; }

    string? Function { get; }

    string? Email { get; }

    string? Phone { get; }

    string PreferredChannel { get; }

    string LegalBasis { get; }

    DateOnly? BasisDate { get; }

    string Purpose { get; }
}

internal sealed record AddContactPerson(
    Guid LabId,
    Guid OrganisationId,
    string Name,
    string? Function,
    string? Email,
    string? Phone,
    string PreferredChannel,
    string LegalBasis,
    DateOnly? BasisDate,
    string Purpose) : ICommand<Guid>, IContactPersonFields;

internal sealed record EditContactPerson(
    Guid LabId,
    Guid ContactPersonId,
    int Version,
    string Name,
    string? Function,
    string? Email,
    string? Phone,
    string PreferredChannel,
    string LegalBasis,
    DateOnly? BasisDate,
    string Purpose) : ICommand, IContactPersonFields;

/// <summary>
/// Erases a contact person on request (GDPR Art. 17): the record is deleted (with SQLite's secure delete, see
/// <see cref="SecureDeleteInterceptor"/>), other modules are told through <see cref="Contracts.ContactPersonErased"/>.
/// The audit trail keeps that a contact person with this id was erased, by whom and when, and no value. Erasure
/// works in archived labs too: the person's right outweighs the lab's read-only state.
/// </summary>
internal sealed record EraseContactPerson(Guid LabId, Guid ContactPersonId) : ICommand;

internal sealed record ContactPersonRequest(
    string Name,
    string? Function,
    string? Email,
    string? Phone,
    string PreferredChannel,
    string LegalBasis,
    DateOnly? BasisDate,
    string Purpose,
    int Version = 0);

internal sealed class ContactPersonFieldsValidator<T> : AbstractValidator<T>
    where T : IContactPersonFields
{
    public ContactPersonFieldsValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen der Ansprechperson an.")
            .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.Function).MaximumLength(200).WithMessage("Die Funktion darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.Email)
            .Must(e => string.IsNullOrWhiteSpace(e) || Rules.IsEmail(e)).WithMessage("Die E-Mail-Adresse ist ungültig. Beispiel: vorname.nachname@beispiel.de")
            .MaximumLength(254).WithMessage("Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.");
        RuleFor(x => x.Phone)
            .Must(p => string.IsNullOrWhiteSpace(p) || Rules.IsPhone(p)).WithMessage("Die Telefonnummer ist ungültig. Erlaubt sind Ziffern, Leerzeichen, +, /, - und Klammern, z. B. 0421 361-0.");
        RuleFor(x => x.Email)
            .Must((x, e) => !string.IsNullOrWhiteSpace(e) || !string.IsNullOrWhiteSpace(x.Phone))
            .WithMessage("Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.");
        RuleFor(x => x.PreferredChannel)
            .Must(c => Names.Parse<ContactChannel>(c, Names.Name) is not null).WithMessage("Bitte wählen Sie den bevorzugten Kontaktweg: E-Mail oder Telefon.")
            .Must((x, c) => Names.Parse<ContactChannel>(c, Names.Name) switch
            {
                ContactChannel.Email => !string.IsNullOrWhiteSpace(x.Email),
                ContactChannel.Phone => !string.IsNullOrWhiteSpace(x.Phone),
                _ => true,
            }).WithMessage("Für den bevorzugten Kontaktweg fehlt die Angabe (E-Mail-Adresse oder Telefonnummer).");
        RuleFor(x => x.LegalBasis)
            .Must(b => Names.Parse<LegalBasis>(b, Names.Name) is not null)
            .WithMessage("Bitte wählen Sie die Rechtsgrundlage, auf der die Daten gespeichert werden (z. B. Einwilligung). Ohne Rechtsgrundlage darf die Person nicht erfasst werden.");
        RuleFor(x => x.BasisDate)
            .NotNull().WithMessage("Bitte geben Sie das Datum der Einwilligung bzw. der Rechtsgrundlage an.");
        RuleFor(x => x.Purpose)
            .Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage("Bitte geben Sie den Zweck an, für den die Daten verwendet werden.")
            .MaximumLength(1000).WithMessage("Der Zweck darf höchstens 1.000 Zeichen lang sein.");
    }
}

internal sealed class AddContactPersonValidator : AbstractValidator<AddContactPerson>
{
    public AddContactPersonValidator() => Include(new ContactPersonFieldsValidator<AddContactPerson>());
}

internal sealed class EditContactPersonValidator : AbstractValidator<EditContactPerson>
{
    public EditContactPersonValidator()
    {
        Include(new ContactPersonFieldsValidator<EditContactPerson>());
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie bearbeitet haben.");
    }
}

internal sealed partial class ManageContactPersonsHandler(
    StakeholdersDbContext db,
    ISender sender,
    IPublisher publisher,
    TimeProvider time,
    ICurrentActor actor,
    ILogger<ManageContactPersonsHandler> logger) :
    ICommandHandler<AddContactPerson, Guid>,
    ICommandHandler<EditContactPerson>,
    ICommandHandler<EraseContactPerson>
{
    public async ValueTask<Guid> Handle(AddContactPerson command, CancellationToken cancellationToken)
    {
        await sender.EnsureWritableAsync(command.LabId, cancellationToken);
        if (!await db.IsInvolvedInAsync(command.LabId, command.OrganisationId, cancellationToken))
        {
            throw new NotFoundException("Organisation", command.OrganisationId);
        }

        var person = new ContactPerson(Guid.CreateVersion7(), command.OrganisationId, Details(command), time.GetUtcNow(), actor.UserId);
        db.ContactPersons.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return person.Id;
    }

    public async ValueTask<Unit> Handle(EditContactPerson command, CancellationToken cancellationToken)
    {
        await sender.EnsureWritableAsync(command.LabId, cancellationToken);
        var person = await db.LoadContactPersonAsync(command.LabId, command.ContactPersonId, cancellationToken);
        db.ExpectVersion(person, command.Version);
        person.Edit(Details(command));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(EraseContactPerson command, CancellationToken cancellationToken)
    {
        var person = await db.LoadContactPersonAsync(command.LabId, command.ContactPersonId, cancellationToken);
        var organisationId = person.OrganisationId;
        db.ContactPersons.Remove(person);
        await db.SaveChangesAsync(cancellationToken);
        await TruncateWriteAheadLogAsync(cancellationToken);
        await publisher.Publish(new Contracts.ContactPersonErased(command.ContactPersonId, organisationId), cancellationToken);
        return Unit.Value;
    }

    private ContactPersonDetails Details(IContactPersonFields fields)
    {
        if (fields.BasisDate > Shared.Time.Berlin.Today(time))
        {
            throw new ValidationFailedException("basisDate", "Das Datum der Einwilligung bzw. der Rechtsgrundlage darf nicht in der Zukunft liegen.");
        }

        return new ContactPersonDetails(
            fields.Name,
            fields.Function,
            fields.Email,
            fields.Phone,
            Names.Parse<ContactChannel>(fields.PreferredChannel, Names.Name)!.Value,
            Names.Parse<LegalBasis>(fields.LegalBasis, Names.Name)!.Value,
            fields.BasisDate!.Value,
            fields.Purpose);
    }

    /// <summary>
    /// SQLite's write-ahead log still holds the page images from before the erasure until it is checkpointed and
    /// reset. A truncating checkpoint copies them into the (securely deleted) database file and empties the log.
    /// It needs a moment without readers of old snapshots; when it does not get one, the log is reset by a later
    /// checkpoint instead (SQLite checkpoints on its own every 1000 pages).
    /// </summary>
    private async Task TruncateWriteAheadLogAsync(CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                command.CommandTimeout = 2;
                await using var reader = await command.ExecuteReaderAsync(ct);
                if (await reader.ReadAsync(ct) && reader.GetInt32(0) == 0)
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), time, ct);
            }

            LogCheckpointDeferred(logger);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            LogCheckpointDeferred(logger);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "After an erasure the write-ahead log could not be truncated at once; a later checkpoint will reset it.")]
    private static partial void LogCheckpointDeferred(ILogger logger);
}

internal static class ContactPersonLoading
{
    /// <summary>The contact person, if their organisation is involved in the lab; otherwise not found.</summary>
    public static async Task<ContactPerson> LoadContactPersonAsync(this StakeholdersDbContext db, Guid labId, Guid contactPersonId, CancellationToken ct)
    {
        var person = await db.ContactPersons.SingleOrDefaultAsync(p => p.Id == contactPersonId, ct);
        return person is not null && await db.IsInvolvedInAsync(labId, person.OrganisationId, ct)
            ? person
            : throw new NotFoundException("Ansprechperson", contactPersonId);
    }
}

internal static class ManageContactPersonsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/labs/{labId:guid}/organisations/{organisationId:guid}/contact-persons", async Task<Created<IdResponse>> (Guid labId, Guid organisationId, ContactPersonRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new AddContactPerson(labId, organisationId, body.Name, body.Function, body.Email, body.Phone, body.PreferredChannel, body.LegalBasis, body.BasisDate, body.Purpose), ct);
                return TypedResults.Created($"/api/labs/{labId}/contact-persons/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("AddContactPerson")
            .WithSummary("Records a contact person (personal data) with the legal basis: Consent, Contract, PublicTask or LegitimateInterest, its date and purpose. PreferredChannel: Email or Phone.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut("/labs/{labId:guid}/contact-persons/{contactPersonId:guid}", async Task<NoContent> (Guid labId, Guid contactPersonId, ContactPersonRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new EditContactPerson(labId, contactPersonId, body.Version, body.Name, body.Function, body.Email, body.Phone, body.PreferredChannel, body.LegalBasis, body.BasisDate, body.Purpose), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("EditContactPerson")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete("/labs/{labId:guid}/contact-persons/{contactPersonId:guid}", async Task<NoContent> (Guid labId, Guid contactPersonId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new EraseContactPerson(labId, contactPersonId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("EraseContactPerson")
            .WithSummary("Erases a contact person (GDPR Art. 17). Irreversible; other modules are notified (ContactPersonErased).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
