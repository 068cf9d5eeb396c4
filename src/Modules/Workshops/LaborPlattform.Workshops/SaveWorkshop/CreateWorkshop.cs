using System.Text.Json.Serialization;
using LaborPlattform.Shared.Labs;

namespace LaborPlattform.Workshops.SaveWorkshop;

/// <summary>Plans an event of a lab: once, or as a series (its dates are created with it). The API's body and the form's command.</summary>
internal sealed record CreateWorkshopCommand : WorkshopFields, ICommand<Guid>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid LabId { get; init; }
}

internal sealed class CreateWorkshopValidator : AbstractValidator<CreateWorkshopCommand>
{
    public CreateWorkshopValidator() => Include(new WorkshopFieldsValidator<CreateWorkshopCommand>());
}

internal sealed class CreateWorkshopHandler(WorkshopsDbContext db, ISender sender, WorkshopDetailsResolver resolver, TimeProvider time)
    : ICommandHandler<CreateWorkshopCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateWorkshopCommand command, CancellationToken cancellationToken)
    {
        await sender.EnsureLabWritableAsync(command.LabId, Workshop.ReadOnlyMessage, cancellationToken);
        var (details, dates) = await resolver.ResolveAsync(command.LabId, command, null, cancellationToken);
        var workshop = new Workshop(Guid.CreateVersion7(), command.LabId, details, dates, time.GetUtcNow());
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync(cancellationToken);
        return workshop.Id;
    }
}

internal static class CreateWorkshopEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/labs/{labId:guid}/workshops", async Task<Created<IdResponse>> (Guid labId, CreateWorkshopCommand body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(body with { LabId = labId }, ct);
                return TypedResults.Created($"/api/labs/{labId}/workshops/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("CreateWorkshop")
            .WithSummary("Plans an event or a recurring series (coordinators and municipal staff of the lab). Times are Berlin wall-clock times without offset.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
