using LaborPlattform.Stakeholders.Common;

namespace LaborPlattform.Stakeholders.ManageOrganisations;

/// <summary>Records an organisation with its roles in the lab it is recorded in.</summary>
internal sealed record RegisterOrganisation(
    Guid LabId,
    string Name,
    string Sector,
    string Kind,
    string Street,
    string PostalCode,
    string City,
    string MunicipalityKey,
    string? Website,
    bool HasPublicPremises,
    bool StepFreeAccess,
    bool AccessibleToilet,
    bool HearingLoop,
    IReadOnlyList<InvolvementInput> Involvements) : ICommand<Guid>, IOrganisationFields;

/// <summary>
/// Changes an organisation and its roles in this lab (its roles in other labs stay). The version is the
/// organisation's; a stale one is refused.
/// </summary>
internal sealed record EditOrganisation(
    Guid LabId,
    Guid OrganisationId,
    int Version,
    string Name,
    string Sector,
    string Kind,
    string Street,
    string PostalCode,
    string City,
    string MunicipalityKey,
    string? Website,
    bool HasPublicPremises,
    bool StepFreeAccess,
    bool AccessibleToilet,
    bool HearingLoop,
    IReadOnlyList<InvolvementInput> Involvements) : ICommand, IOrganisationFields;

/// <summary>
/// Involves an organisation already on the platform (recorded by another lab) in this lab as well, instead of
/// recording it twice. Organisations are shared master data: afterwards both labs see and maintain it.
/// </summary>
internal sealed record InvolveOrganisation(Guid LabId, Guid OrganisationId, int Version, IReadOnlyList<InvolvementInput> Involvements) : ICommand;

internal sealed record InvolveRequest(int Version, IReadOnlyList<InvolvementInput>? Involvements);

/// <summary>The body of POST and PUT on organisations (the version only for PUT).</summary>
internal sealed record OrganisationRequest(
    string Name,
    string Sector,
    string Kind,
    string Street,
    string PostalCode,
    string City,
    string MunicipalityKey,
    string? Website,
    bool HasPublicPremises,
    bool StepFreeAccess,
    bool AccessibleToilet,
    bool HearingLoop,
    IReadOnlyList<InvolvementInput>? Involvements,
    int Version = 0);

internal sealed class RegisterOrganisationValidator : AbstractValidator<RegisterOrganisation>
{
    public RegisterOrganisationValidator()
    {
        Include(new OrganisationFieldsValidator<RegisterOrganisation>());
        RuleFor(x => x.Involvements).NotEmpty().WithMessage("Bitte wählen Sie mindestens eine Rolle der Organisation in diesem Labor.");
        RuleForEach(x => x.Involvements).SetValidator(new InvolvementInputValidator());
    }
}

internal sealed class EditOrganisationValidator : AbstractValidator<EditOrganisation>
{
    public EditOrganisationValidator()
    {
        Include(new OrganisationFieldsValidator<EditOrganisation>());
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        RuleFor(x => x.Involvements).NotEmpty().WithMessage("Bitte wählen Sie mindestens eine Rolle der Organisation in diesem Labor.");
        RuleForEach(x => x.Involvements).SetValidator(new InvolvementInputValidator());
    }
}

internal sealed class InvolveOrganisationValidator : AbstractValidator<InvolveOrganisation>
{
    public InvolveOrganisationValidator()
    {
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie gesehen haben.");
        RuleFor(x => x.Involvements).NotEmpty().WithMessage("Bitte wählen Sie mindestens eine Rolle der Organisation in diesem Labor.");
        RuleForEach(x => x.Involvements).SetValidator(new InvolvementInputValidator());
    }
}

internal sealed class ManageOrganisationsHandler(StakeholdersDbContext db, ISender sender, TimeProvider time) :
    ICommandHandler<RegisterOrganisation, Guid>,
    ICommandHandler<EditOrganisation>,
    ICommandHandler<InvolveOrganisation>
{
    public async ValueTask<Unit> Handle(InvolveOrganisation command, CancellationToken cancellationToken)
    {
        await sender.EnsureWritableAsync(command.LabId, cancellationToken);
        var organisation = await db.Organisations.Include(o => o.Involvements).SingleOrDefaultAsync(o => o.Id == command.OrganisationId, cancellationToken)
            ?? throw new NotFoundException("Organisation", command.OrganisationId);
        db.ExpectVersion(organisation, command.Version);
        if (organisation.IsInvolvedIn(command.LabId))
        {
            throw new ValidationFailedException("organisationId", $"„{organisation.Name}“ ist bereits an diesem Labor beteiligt.");
        }

        organisation.SetInvolvements(command.LabId, command.Involvements.ToDetails());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Guid> Handle(RegisterOrganisation command, CancellationToken cancellationToken)
    {
        await sender.EnsureWritableAsync(command.LabId, cancellationToken);
        await EnsureUniqueNameAsync(command.Name, null, cancellationToken);

        var organisation = new Organisation(
            Guid.CreateVersion7(),
            command.ToDetails(command.HasPublicPremises, command.StepFreeAccess, command.AccessibleToilet, command.HearingLoop),
            time.GetUtcNow());
        organisation.SetInvolvements(command.LabId, command.Involvements.ToDetails());
        db.Organisations.Add(organisation);
        await SaveAsync(command.Name, organisation.Id, cancellationToken);
        return organisation.Id;
    }

    public async ValueTask<Unit> Handle(EditOrganisation command, CancellationToken cancellationToken)
    {
        await sender.EnsureWritableAsync(command.LabId, cancellationToken);
        var organisation = await db.LoadInLabAsync(command.LabId, command.OrganisationId, cancellationToken);
        db.ExpectVersion(organisation, command.Version);
        await EnsureUniqueNameAsync(command.Name, organisation.Id, cancellationToken);

        organisation.Edit(command.ToDetails(command.HasPublicPremises, command.StepFreeAccess, command.AccessibleToilet, command.HearingLoop));
        organisation.SetInvolvements(command.LabId, command.Involvements.ToDetails());
        await SaveAsync(command.Name, organisation.Id, cancellationToken);
        return Unit.Value;
    }

    private Task SaveAsync(string name, Guid id, CancellationToken ct)
    {
        var normalized = Organisation.Normalize(name);
        return db.SaveAsync(
            () => db.Organisations.AsNoTracking().AnyAsync(o => o.NormalizedName == normalized && o.Id != id, ct),
            "name",
            $"Es gibt bereits eine Organisation mit dem Namen „{name.Trim()}“.",
            ct);
    }

    private async Task EnsureUniqueNameAsync(string name, Guid? exceptId, CancellationToken ct)
    {
        var normalized = Organisation.Normalize(name);
        if (await db.Organisations.AnyAsync(o => o.NormalizedName == normalized && o.Id != exceptId, ct))
        {
            throw new ValidationFailedException("name", $"Es gibt bereits eine Organisation mit dem Namen „{name.Trim()}“.");
        }
    }
}

internal static class OrganisationLoading
{
    /// <summary>The organisation with its involvements, if it is involved in the lab; otherwise not found (it is none of this lab's business).</summary>
    public static async Task<Organisation> LoadInLabAsync(this StakeholdersDbContext db, Guid labId, Guid organisationId, CancellationToken ct)
    {
        var organisation = await db.Organisations.Include(o => o.Involvements).SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        return organisation is not null && organisation.IsInvolvedIn(labId)
            ? organisation
            : throw new NotFoundException("Organisation", organisationId);
    }

    public static Task<bool> IsInvolvedInAsync(this StakeholdersDbContext db, Guid labId, Guid organisationId, CancellationToken ct) =>
        db.Involvements.AnyAsync(i => i.LabId == labId && i.OrganisationId == organisationId, ct);
}

internal static class ManageOrganisationsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/labs/{labId:guid}/organisations/{organisationId:guid}/involvements", async Task<NoContent> (Guid labId, Guid organisationId, InvolveRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new InvolveOrganisation(labId, organisationId, body.Version, body.Involvements ?? []), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("InvolveOrganisation")
            .WithSummary("Involves an organisation recorded by another lab in this lab too (with its roles here). Version is the organisation's.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/labs/{labId:guid}/organisations", async Task<Created<IdResponse>> (Guid labId, OrganisationRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(
                    new RegisterOrganisation(labId, body.Name, body.Sector, body.Kind, body.Street, body.PostalCode, body.City, body.MunicipalityKey, body.Website,
                        body.HasPublicPremises, body.StepFreeAccess, body.AccessibleToilet, body.HearingLoop, body.Involvements ?? []),
                    ct);
                return TypedResults.Created($"/api/labs/{labId}/organisations/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("RegisterOrganisation")
            .WithSummary("Records an organisation with its roles in the lab (coordinators and municipal staff of the lab, administrators). Sector: Politics, Administration, CivilSociety, Academia, Business, Media.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut("/labs/{labId:guid}/organisations/{organisationId:guid}", async Task<NoContent> (Guid labId, Guid organisationId, OrganisationRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(
                    new EditOrganisation(labId, organisationId, body.Version, body.Name, body.Sector, body.Kind, body.Street, body.PostalCode, body.City, body.MunicipalityKey, body.Website,
                        body.HasPublicPremises, body.StepFreeAccess, body.AccessibleToilet, body.HearingLoop, body.Involvements ?? []),
                    ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("EditOrganisation")
            .WithSummary("Changes an organisation and its roles in this lab. Send the version you read; a stale version gets 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
