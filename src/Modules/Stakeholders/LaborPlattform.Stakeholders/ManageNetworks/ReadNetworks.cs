using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Stakeholders.ReadOrganisations;

namespace LaborPlattform.Stakeholders.ManageNetworks;

internal sealed record NetworkDto(Guid Id, Guid LabId, string Name, string Description, int CurrentMembers, IReadOnlyList<MembershipDto> Memberships, int Version);

internal sealed record MembershipDto(Guid Id, Guid OrganisationId, string OrganisationName, DateOnly JoinedOn, DateOnly? LeftOn, bool IsCurrent);

internal sealed record GetNetworks(Guid LabId) : IQuery<IReadOnlyList<NetworkDto>>;

internal sealed record GetNetwork(Guid LabId, Guid NetworkId) : IQuery<NetworkDto?>;

internal sealed class ReadNetworksHandler(StakeholdersDbContext db, TimeProvider time) :
    IQueryHandler<GetNetworks, IReadOnlyList<NetworkDto>>,
    IQueryHandler<GetNetwork, NetworkDto?>,
    IQueryHandler<GetNetworkSizes, IReadOnlyList<NetworkSize>>
{
    public const int MaxMonths = 120;

    public async ValueTask<IReadOnlyList<NetworkDto>> Handle(GetNetworks query, CancellationToken cancellationToken)
    {
        var networks = await db.Networks.AsNoTracking().Include(n => n.Memberships).Where(n => n.LabId == query.LabId).ToListAsync(cancellationToken);
        return await ToDtosAsync(networks.OrderBy(n => n.Name, OrganisationDtoMapping.German).ToList(), cancellationToken);
    }

    public async ValueTask<NetworkDto?> Handle(GetNetwork query, CancellationToken cancellationToken)
    {
        var network = await db.Networks.AsNoTracking().Include(n => n.Memberships)
            .SingleOrDefaultAsync(n => n.Id == query.NetworkId && n.LabId == query.LabId, cancellationToken);
        return network is null ? null : (await ToDtosAsync([network], cancellationToken))[0];
    }

    public async ValueTask<IReadOnlyList<NetworkSize>> Handle(GetNetworkSizes query, CancellationToken cancellationToken)
    {
        if (query.To < query.From)
        {
            throw new ValidationFailedException("to", "Das Ende des Zeitraums darf nicht vor seinem Beginn liegen.");
        }

        var first = new DateOnly(query.From.Year, query.From.Month, 1);
        var months = ((query.To.Year - first.Year) * 12) + query.To.Month - first.Month + 1;
        if (months > MaxMonths)
        {
            throw new ValidationFailedException("to", $"Der Zeitraum darf höchstens {MaxMonths} Monate umfassen.");
        }

        var networks = await db.Networks.AsNoTracking().Include(n => n.Memberships).Where(n => n.LabId == query.LabId).ToListAsync(cancellationToken);
        return networks.OrderBy(n => n.Name, OrganisationDtoMapping.German).Select(n => Size(n, query.From, query.To, first, months)).ToList();
    }

    private static NetworkSize Size(Network network, DateOnly from, DateOnly to, DateOnly first, int months)
    {
        var points = new List<NetworkSizeMonth>(months);
        for (var i = 0; i < months; i++)
        {
            var start = first.AddMonths(i);
            var end = start.AddMonths(1).AddDays(-1);
            var windowStart = start < from ? from : start;
            var windowEnd = end > to ? to : end;
            points.Add(new NetworkSizeMonth(
                start.Year,
                start.Month,
                network.SizeOn(windowEnd),
                network.Memberships.Count(m => m.JoinedOn >= windowStart && m.JoinedOn <= windowEnd),
                network.Memberships.Count(m => m.LeftOn is { } left && left >= windowStart && left <= windowEnd)));
        }

        return new NetworkSize(network.Id, network.Name, network.SizeOn(from), network.SizeOn(to), points);
    }

    private async Task<IReadOnlyList<NetworkDto>> ToDtosAsync(IReadOnlyList<Network> networks, CancellationToken ct)
    {
        var ids = networks.SelectMany(n => n.Memberships).Select(m => m.OrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var today = Shared.Time.Berlin.Today(time);
        return networks.Select(n => new NetworkDto(
            n.Id,
            n.LabId,
            n.Name,
            n.Description,
            n.SizeOn(today),
            n.Memberships
                .Select(m => new MembershipDto(m.Id, m.OrganisationId, names.GetValueOrDefault(m.OrganisationId, "?"), m.JoinedOn, m.LeftOn, m.IsMemberOn(today)))
                .OrderByDescending(m => m.IsCurrent).ThenBy(m => m.OrganisationName, OrganisationDtoMapping.German).ThenBy(m => m.JoinedOn)
                .ToList(),
            n.Version)).ToList();
    }
}

internal static class ReadNetworksEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/labs/{labId:guid}/networks", async (Guid labId, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetNetworks(labId), ct)))
            .RequireAuthorization(Policies.ReadLab)
            .WithName("ListNetworks");

        api.MapGet("/labs/{labId:guid}/networks/{networkId:guid}", async Task<Results<Ok<NetworkDto>, NotFound>> (Guid labId, Guid networkId, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetNetwork(labId, networkId), ct) is { } network ? TypedResults.Ok(network) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ReadLab)
            .WithName("GetNetwork")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/labs/{labId:guid}/network-sizes", async (Guid labId, DateOnly from, DateOnly to, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetNetworkSizes(labId, from, to), ct)))
            .RequireAuthorization(Policies.ReadLab)
            .WithName("GetNetworkSizes")
            .WithSummary("The size of each network of the lab per month between from and to (yyyy-MM-dd, at most 120 months).")
            .ProducesValidationProblem();
    }
}
