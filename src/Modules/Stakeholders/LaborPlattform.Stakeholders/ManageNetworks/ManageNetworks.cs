using LaborPlattform.Stakeholders.Common;
using LaborPlattform.Stakeholders.ManageOrganisations;

namespace LaborPlattform.Stakeholders.ManageNetworks;

internal sealed record CreateNetwork(Guid LabId, string Name, string? Description) : ICommand<Guid>;

internal sealed record EditNetwork(Guid LabId, Guid NetworkId, int Version, string Name, string? Description) : ICommand;

/// <summary>An organisation of the lab joins the network (optionally with the day it left, for past memberships).</summary>
internal sealed record AddMembership(Guid LabId, Guid NetworkId, int Version, Guid OrganisationId, DateOnly? JoinedOn, DateOnly? LeftOn) : ICommand<Guid>;

internal sealed record ChangeMembership(Guid LabId, Guid NetworkId, int Version, Guid MembershipId, DateOnly? JoinedOn, DateOnly? LeftOn) : ICommand;

/// <summary>Deletes a membership entered by mistake; an organisation that left gets a leave date instead.</summary>
internal sealed record RemoveMembership(Guid LabId, Guid NetworkId, int Version, Guid MembershipId) : ICommand;

internal sealed record NetworkRequest(string Name, string? Description, int Version = 0);

internal sealed record MembershipRequest(int Version, Guid OrganisationId, DateOnly? JoinedOn, DateOnly? LeftOn);

internal sealed record MembershipChangeRequest(int Version, DateOnly? JoinedOn, DateOnly? LeftOn);

internal static class NetworkRules
{
    public static void NameRules<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Bitte geben Sie den Namen des Netzwerks an.")
        .MaximumLength(200).WithMessage("Der Name darf höchstens 200 Zeichen lang sein.");

    public static void DescriptionRules<T>(this IRuleBuilder<T, string?> rule) => rule
        .MaximumLength(4000).WithMessage("Die Beschreibung darf höchstens 4.000 Zeichen lang sein.");

    public static void VersionRules<T>(this IRuleBuilder<T, int> rule) => rule
        .GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie bearbeitet haben.");

    public const string LeftBeforeJoined = "Der Austritt darf nicht vor dem Beitritt liegen.";
}

internal sealed class CreateNetworkValidator : AbstractValidator<CreateNetwork>
{
    public CreateNetworkValidator()
    {
        RuleFor(x => x.Name).NameRules();
        RuleFor(x => x.Description).DescriptionRules();
    }
}

internal sealed class EditNetworkValidator : AbstractValidator<EditNetwork>
{
    public EditNetworkValidator()
    {
        RuleFor(x => x.Version).VersionRules();
        RuleFor(x => x.Name).NameRules();
        RuleFor(x => x.Description).DescriptionRules();
    }
}

internal sealed class AddMembershipValidator : AbstractValidator<AddMembership>
{
    public AddMembershipValidator()
    {
        RuleFor(x => x.Version).VersionRules();
        RuleFor(x => x.OrganisationId).NotEmpty().WithMessage("Bitte wählen Sie die Organisation aus.");
        RuleFor(x => x.JoinedOn).NotNull().WithMessage("Bitte geben Sie das Datum des Beitritts an.");
        RuleFor(x => x.LeftOn).Must((x, left) => left is null || x.JoinedOn is null || left >= x.JoinedOn).WithMessage(NetworkRules.LeftBeforeJoined);
    }
}

internal sealed class ChangeMembershipValidator : AbstractValidator<ChangeMembership>
{
    public ChangeMembershipValidator()
    {
        RuleFor(x => x.Version).VersionRules();
        RuleFor(x => x.JoinedOn).NotNull().WithMessage("Bitte geben Sie das Datum des Beitritts an.");
        RuleFor(x => x.LeftOn).Must((x, left) => left is null || x.JoinedOn is null || left >= x.JoinedOn).WithMessage(NetworkRules.LeftBeforeJoined);
    }
}

internal sealed class RemoveMembershipValidator : AbstractValidator<RemoveMembership>
{
    public RemoveMembershipValidator() => RuleFor(x => x.Version).VersionRules();
}

internal sealed class ManageNetworksHandler(StakeholdersDbContext db, ISender sender, TimeProvider time) :
    ICommandHandler<CreateNetwork, Guid>,
    ICommandHandler<EditNetwork>,
    ICommandHandler<AddMembership, Guid>,
    ICommandHandler<ChangeMembership>,
    ICommandHandler<RemoveMembership>
{
    public async ValueTask<Guid> Handle(CreateNetwork command, CancellationToken cancellationToken)
    {
        await sender.EnsureWritableAsync(command.LabId, cancellationToken);
        await EnsureUniqueNameAsync(command.LabId, command.Name, null, cancellationToken);
        var network = new Network(Guid.CreateVersion7(), command.LabId, command.Name, command.Description ?? string.Empty, time.GetUtcNow());
        db.Networks.Add(network);
        await SaveAsync(command.LabId, command.Name, network.Id, cancellationToken);
        return network.Id;
    }

    public async ValueTask<Unit> Handle(EditNetwork command, CancellationToken cancellationToken)
    {
        var network = await LoadAsync(command.LabId, command.NetworkId, command.Version, cancellationToken);
        await EnsureUniqueNameAsync(command.LabId, command.Name, network.Id, cancellationToken);
        network.Edit(command.Name, command.Description ?? string.Empty);
        await SaveAsync(command.LabId, command.Name, network.Id, cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Guid> Handle(AddMembership command, CancellationToken cancellationToken)
    {
        var network = await LoadAsync(command.LabId, command.NetworkId, command.Version, cancellationToken);
        if (!await db.IsInvolvedInAsync(command.LabId, command.OrganisationId, cancellationToken))
        {
            throw new ValidationFailedException("organisationId", "Diese Organisation ist nicht am Labor beteiligt. Erfassen Sie sie zuerst bei den Organisationen des Labors.");
        }

        var membership = network.Join(command.OrganisationId, command.JoinedOn!.Value, command.LeftOn);
        await db.SaveChangesAsync(cancellationToken);
        return membership.Id;
    }

    public async ValueTask<Unit> Handle(ChangeMembership command, CancellationToken cancellationToken)
    {
        var network = await LoadAsync(command.LabId, command.NetworkId, command.Version, cancellationToken);
        network.ChangeMembership(command.MembershipId, command.JoinedOn!.Value, command.LeftOn);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(RemoveMembership command, CancellationToken cancellationToken)
    {
        var network = await LoadAsync(command.LabId, command.NetworkId, command.Version, cancellationToken);
        network.RemoveMembership(command.MembershipId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task<Network> LoadAsync(Guid labId, Guid networkId, int version, CancellationToken ct)
    {
        await sender.EnsureWritableAsync(labId, ct);
        var network = await db.Networks.Include(n => n.Memberships).SingleOrDefaultAsync(n => n.Id == networkId && n.LabId == labId, ct)
            ?? throw new NotFoundException("Netzwerk", networkId);
        db.ExpectVersion(network, version);
        return network;
    }

    private Task SaveAsync(Guid labId, string name, Guid id, CancellationToken ct)
    {
        var trimmed = name.Trim();
        return db.SaveAsync(
            () => db.Networks.AsNoTracking().AnyAsync(n => n.LabId == labId && n.Name == trimmed && n.Id != id, ct),
            "name",
            $"In diesem Labor gibt es bereits ein Netzwerk „{trimmed}“.",
            ct);
    }

    private async Task EnsureUniqueNameAsync(Guid labId, string name, Guid? exceptId, CancellationToken ct)
    {
        var trimmed = name.Trim();
        if (await db.Networks.AnyAsync(n => n.LabId == labId && n.Name == trimmed && n.Id != exceptId, ct))
        {
            throw new ValidationFailedException("name", $"In diesem Labor gibt es bereits ein Netzwerk „{trimmed}“.");
        }
    }
}

internal static class ManageNetworksEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/labs/{labId:guid}/networks", async Task<Created<IdResponse>> (Guid labId, NetworkRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new CreateNetwork(labId, body.Name, body.Description), ct);
                return TypedResults.Created($"/api/labs/{labId}/networks/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("CreateNetwork")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut("/labs/{labId:guid}/networks/{networkId:guid}", async Task<NoContent> (Guid labId, Guid networkId, NetworkRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new EditNetwork(labId, networkId, body.Version, body.Name, body.Description), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("EditNetwork")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/labs/{labId:guid}/networks/{networkId:guid}/memberships", async Task<Created<IdResponse>> (Guid labId, Guid networkId, MembershipRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new AddMembership(labId, networkId, body.Version, body.OrganisationId, body.JoinedOn, body.LeftOn), ct);
                return TypedResults.Created($"/api/labs/{labId}/networks/{networkId}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("AddMembership")
            .WithSummary("An organisation of the lab joins the network. Version is the network's. The leave date (inclusive, optional) must not be before the join date.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut("/labs/{labId:guid}/networks/{networkId:guid}/memberships/{membershipId:guid}", async Task<NoContent> (Guid labId, Guid networkId, Guid membershipId, MembershipChangeRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new ChangeMembership(labId, networkId, body.Version, membershipId, body.JoinedOn, body.LeftOn), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("ChangeMembership")
            .WithSummary("Changes join and leave date of a membership (e.g. records that the organisation left).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete("/labs/{labId:guid}/networks/{networkId:guid}/memberships/{membershipId:guid}", async Task<NoContent> (Guid labId, Guid networkId, Guid membershipId, int? version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveMembership(labId, networkId, version ?? 0, membershipId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("RemoveMembership")
            .WithSummary("Deletes a membership entered by mistake; pass the network version as ?version=N.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
