using LaborPlattform.Stakeholders.Common;
using LaborPlattform.Stakeholders.ManageOrganisations;
using LaborPlattform.Stakeholders.ReadOrganisations;

namespace LaborPlattform.Stakeholders.ManageSupportOffers;

/// <summary>The fields of a support offer, in whichever command they come.</summary>
internal interface ISupportOfferFields
{
    Guid OrganisationId { get; }

    string Title { get; }

    string Description { get; }

    string Kind { get; }

    string Audience { get; }

    string Location { get; }

    Guid? VenueId { get; }

    string Schedule { get; }

    string? Recurrence { get; }

    bool IsFree { get; }

    decimal? Fee { get; }

    string ContactChannel { get; }

    bool Published { get; }
}

internal sealed record CreateSupportOffer(
    Guid LabId,
    Guid OrganisationId,
    string Title,
    string Description,
    string Kind,
    string Audience,
    string Location,
    Guid? VenueId,
    string Schedule,
    string? Recurrence,
    bool IsFree,
    decimal? Fee,
    string ContactChannel,
    bool Published) : ICommand<Guid>, ISupportOfferFields;

internal sealed record EditSupportOffer(
    Guid LabId,
    Guid OfferId,
    int Version,
    Guid OrganisationId,
    string Title,
    string Description,
    string Kind,
    string Audience,
    string Location,
    Guid? VenueId,
    string Schedule,
    string? Recurrence,
    bool IsFree,
    decimal? Fee,
    string ContactChannel,
    bool Published) : ICommand, ISupportOfferFields;

internal sealed record SupportOfferRequest(
    Guid OrganisationId,
    string Title,
    string Description,
    string Kind,
    string Audience,
    string Location,
    Guid? VenueId,
    string Schedule,
    string? Recurrence,
    bool IsFree,
    decimal? Fee,
    string ContactChannel,
    bool Published,
    int Version = 0);

internal sealed class SupportOfferFieldsValidator<T> : AbstractValidator<T>
    where T : ISupportOfferFields
{
    public const decimal MaxFee = 10_000m;

    public SupportOfferFieldsValidator()
    {
        RuleFor(x => x.OrganisationId).NotEmpty().WithMessage("Bitte wählen Sie die Organisation, die das Angebot macht.");
        RuleFor(x => x.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Bitte geben Sie einen kurzen Titel an, z. B. „Smartphone-Sprechstunde“.")
            .MaximumLength(200).WithMessage("Der Titel darf höchstens 200 Zeichen lang sein.");
        RuleFor(x => x.Description)
            .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("Bitte beschreiben Sie das Angebot in einfachen Worten.")
            .MaximumLength(4000).WithMessage("Die Beschreibung darf höchstens 4.000 Zeichen lang sein.");
        RuleFor(x => x.Kind)
            .Must(k => Names.Parse<SupportOfferKind>(k, Names.Name) is not null)
            .WithMessage("Bitte wählen Sie die Art: Kurs, Sprechstunde, telefonische Hilfe, Hausbesuch oder Geräteverleih.");
        RuleFor(x => x.Audience)
            .Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage("Bitte geben Sie an, für wen das Angebot ist.")
            .MaximumLength(300).WithMessage("Die Zielgruppe darf höchstens 300 Zeichen lang sein.");
        RuleFor(x => x.Location)
            .Must(l => Names.Parse<OfferLocation>(l, Names.Name) is not null)
            .WithMessage("Bitte wählen Sie, wo das Angebot stattfindet: vor Ort, am Telefon, online oder zu Hause.");
        RuleFor(x => x.VenueId)
            .NotEmpty().When(x => Names.Parse<OfferLocation>(x.Location, Names.Name) == OfferLocation.Venue)
            .WithMessage("Bitte wählen Sie den Ort, an dem das Angebot stattfindet.");
        RuleFor(x => x.Schedule)
            .Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Bitte geben Sie an, wann das Angebot stattfindet, z. B. „dienstags 10 bis 12 Uhr“.")
            .MaximumLength(500).WithMessage("Die Zeitangabe darf höchstens 500 Zeichen lang sein.");
        RuleFor(x => x.Recurrence)
            .Must(r => string.IsNullOrWhiteSpace(r) || Names.Parse<Recurrence>(r, Names.Name) is not null)
            .WithMessage("Die Wiederholung ist wöchentlich (Weekly), alle zwei Wochen (Fortnightly) oder monatlich (Monthly).");
        // One rule per condition: FluentValidation applies a When to every earlier validator of the same chain.
        When(x => !x.IsFree, () =>
        {
            RuleFor(x => x.Fee).NotNull().WithMessage("Bitte geben Sie den Preis in Euro an oder wählen Sie „kostenlos“.");
            RuleFor(x => x.Fee!.Value)
                .GreaterThan(0).WithMessage("Der Preis muss größer als 0 Euro sein; sonst wählen Sie „kostenlos“.")
                .LessThanOrEqualTo(MaxFee).WithMessage("Der Preis darf höchstens 10.000 Euro betragen.")
                .Must(f => decimal.Round(f, 2) == f).WithMessage("Der Preis hat höchstens zwei Nachkommastellen (Cent).")
                .OverridePropertyName("fee")
                .When(x => x.Fee is not null);
        });
        RuleFor(x => x.ContactChannel)
            .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("Bitte geben Sie an, wie man sich meldet oder anmeldet, z. B. eine Telefonnummer der Organisation.")
            .MaximumLength(300).WithMessage("Der Kontaktweg darf höchstens 300 Zeichen lang sein.");
    }
}

internal sealed class CreateSupportOfferValidator : AbstractValidator<CreateSupportOffer>
{
    public CreateSupportOfferValidator() => Include(new SupportOfferFieldsValidator<CreateSupportOffer>());
}

internal sealed class EditSupportOfferValidator : AbstractValidator<EditSupportOffer>
{
    public EditSupportOfferValidator()
    {
        Include(new SupportOfferFieldsValidator<EditSupportOffer>());
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie bearbeitet haben.");
    }
}

internal sealed class ManageSupportOffersHandler(StakeholdersDbContext db, ISender sender, TimeProvider time) :
    ICommandHandler<CreateSupportOffer, Guid>,
    ICommandHandler<EditSupportOffer>
{
    public async ValueTask<Guid> Handle(CreateSupportOffer command, CancellationToken cancellationToken)
    {
        await sender.EnsureWritableAsync(command.LabId, cancellationToken);
        var details = await DetailsAsync(command.LabId, command, cancellationToken);
        var offer = new SupportOffer(Guid.CreateVersion7(), command.LabId, details, time.GetUtcNow());
        db.SupportOffers.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return offer.Id;
    }

    public async ValueTask<Unit> Handle(EditSupportOffer command, CancellationToken cancellationToken)
    {
        await sender.EnsureWritableAsync(command.LabId, cancellationToken);
        var offer = await db.SupportOffers.SingleOrDefaultAsync(o => o.Id == command.OfferId && o.LabId == command.LabId, cancellationToken)
            ?? throw new NotFoundException("Angebot", command.OfferId);
        db.ExpectVersion(offer, command.Version);
        offer.Edit(await DetailsAsync(command.LabId, command, cancellationToken), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    /// <summary>The rules that need data: the organisation is involved in the lab, the venue is a venue there.</summary>
    private async Task<SupportOfferDetails> DetailsAsync(Guid labId, ISupportOfferFields fields, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!await db.IsInvolvedInAsync(labId, fields.OrganisationId, ct))
        {
            errors.Add("organisationId", "Diese Organisation ist nicht am Labor beteiligt.");
        }

        var location = Names.Parse<OfferLocation>(fields.Location, Names.Name)!.Value;
        if (location == OfferLocation.Venue && fields.VenueId is { } venueId
            && !await db.Organisations.Venues().AnyAsync(o => o.Id == venueId && o.Involvements.Any(i => i.LabId == labId), ct))
        {
            errors.Add("venueId", "Dieser Ort ist kein Veranstaltungsort des Labors (eine beteiligte Organisation mit Räumen für Veranstaltungen).");
        }

        errors.ThrowIfAny();
        return new SupportOfferDetails(
            fields.OrganisationId,
            fields.Title,
            fields.Description,
            Names.Parse<SupportOfferKind>(fields.Kind, Names.Name)!.Value,
            fields.Audience,
            location,
            fields.VenueId,
            fields.Schedule,
            Names.Parse<Recurrence>(fields.Recurrence, Names.Name),
            fields.IsFree,
            fields.Fee,
            fields.ContactChannel,
            fields.Published);
    }
}

internal static class ManageSupportOffersEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/labs/{labId:guid}/offers", async Task<Created<IdResponse>> (Guid labId, SupportOfferRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(
                    new CreateSupportOffer(labId, body.OrganisationId, body.Title, body.Description, body.Kind, body.Audience, body.Location, body.VenueId,
                        body.Schedule, body.Recurrence, body.IsFree, body.Fee, body.ContactChannel, body.Published),
                    ct);
                return TypedResults.Created($"/api/labs/{labId}/offers/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("CreateSupportOffer")
            .WithSummary("Records a support offer. Kind: Course, ConsultationHour, HelpLine, HomeVisit, DeviceLending. Location: Venue (with venueId), Phone, Online, Home. Published offers appear in the public directory.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut("/labs/{labId:guid}/offers/{offerId:guid}", async Task<NoContent> (Guid labId, Guid offerId, SupportOfferRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(
                    new EditSupportOffer(labId, offerId, body.Version, body.OrganisationId, body.Title, body.Description, body.Kind, body.Audience, body.Location, body.VenueId,
                        body.Schedule, body.Recurrence, body.IsFree, body.Fee, body.ContactChannel, body.Published),
                    ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("EditSupportOffer")
            .WithSummary("Changes a support offer, including its published flag. Send the version you read; a stale version gets 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
