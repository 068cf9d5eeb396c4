using System.Text.Json.Serialization;
using LaborPlattform.Shared.Labs;
using LaborPlattform.Workshops.ContributeToIndicator;

namespace LaborPlattform.Workshops.SaveWorkshop;

/// <summary>
/// Changes an event and re-plans its dates (see <see cref="Workshop.Edit"/>). When the indicator the event counts
/// towards changes, the outcomes already logged are moved over to the new indicator.
/// </summary>
internal sealed record EditWorkshopCommand : WorkshopFields, ICommand
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid LabId { get; init; }

    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid WorkshopId { get; init; }

    /// <summary>The version that was read; a newer one on the server means someone else saved in between (409).</summary>
    public int Version { get; init; }
}

internal sealed class EditWorkshopValidator : AbstractValidator<EditWorkshopCommand>
{
    public EditWorkshopValidator()
    {
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        Include(new WorkshopFieldsValidator<EditWorkshopCommand>());
    }
}

internal sealed class EditWorkshopHandler(
    WorkshopsDbContext db, ISender sender, WorkshopDetailsResolver resolver, IndicatorContributions contributions, TimeProvider time)
    : ICommandHandler<EditWorkshopCommand>
{
    public async ValueTask<Unit> Handle(EditWorkshopCommand command, CancellationToken cancellationToken)
    {
        await sender.EnsureLabWritableAsync(command.LabId, Workshop.ReadOnlyMessage, cancellationToken);
        var workshop = await db.Workshops.Include(w => w.Occurrences)
            .SingleOrDefaultAsync(w => w.Id == command.WorkshopId && w.LabId == command.LabId, cancellationToken)
            ?? throw new NotFoundException("Veranstaltung", command.WorkshopId);
        db.ExpectVersion(workshop, command.Version);
        var previousIndicator = (workshop.IndicatorId, workshop.IndicatorFigure);

        var (details, dates) = await resolver.ResolveAsync(command.LabId, command, workshop.Format, cancellationToken);
        workshop.Edit(details, dates, time.GetUtcNow());

        // A date changed by the new plan is a new version of that date: a form opened on the old one is stale.
        foreach (var changed in db.ChangeTracker.Entries<Occurrence>().Where(e => e.State == EntityState.Modified).Select(e => e.Entity).ToList())
        {
            db.ExpectVersion(changed, changed.Version);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (previousIndicator != (workshop.IndicatorId, workshop.IndicatorFigure))
        {
            await contributions.SyncAsync(workshop, workshop.Occurrences.Where(o => o.HasOutcome).ToList(), cancellationToken);
        }

        return Unit.Value;
    }
}

internal static class EditWorkshopEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/labs/{labId:guid}/workshops/{workshopId:guid}", async Task<NoContent> (Guid labId, Guid workshopId, EditWorkshopCommand body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(body with { LabId = labId, WorkshopId = workshopId }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("EditWorkshop")
            .WithSummary("Changes an event or series and re-plans its dates; send the version you read (stale: 409). Dates with an outcome never disappear (400).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
