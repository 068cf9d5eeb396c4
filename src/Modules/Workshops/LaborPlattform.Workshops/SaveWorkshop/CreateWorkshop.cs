using FluentValidation;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Web;
using LaborPlattform.Workshops.Common;
using LaborPlattform.Workshops.Data;
using LaborPlattform.Workshops.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LaborPlattform.Workshops.SaveWorkshop;

/// <summary>Plans an event of a lab: once, or as a series (its dates are created with it).</summary>
internal sealed record CreateWorkshop(
    Guid LabId,
    string Title,
    string Format,
    IReadOnlyList<string>? Methods,
    Guid? SubProjectId,
    string Start,
    string End,
    RecurrenceInput? Recurrence,
    VenueInput Venue,
    IReadOnlyList<Guid>? OrganiserIds,
    IReadOnlyList<Guid>? FacilitatorIds,
    bool IsPublic,
    string Description,
    int? Capacity,
    string? Registration,
    string? AccessibilityNotes,
    IndicatorInput? Indicator) : ICommand<Guid>, IWorkshopFields;

/// <summary>The body of <c>POST /api/labs/{labId}/workshops</c> (and, with <c>version</c>, of the edit).</summary>
internal sealed record WorkshopRequest(
    string Title,
    string Format,
    IReadOnlyList<string>? Methods,
    Guid? SubProjectId,
    string Start,
    string End,
    RecurrenceInput? Recurrence,
    VenueInput Venue,
    IReadOnlyList<Guid>? OrganiserIds,
    IReadOnlyList<Guid>? FacilitatorIds,
    bool IsPublic,
    string Description,
    int? Capacity,
    string? Registration,
    string? AccessibilityNotes,
    IndicatorInput? Indicator,
    int Version = 0)
{
    public CreateWorkshop ToCreate(Guid labId) => new(labId, Title, Format, Methods, SubProjectId, Start, End, Recurrence, Venue, OrganiserIds,
        FacilitatorIds, IsPublic, Description, Capacity, Registration, AccessibilityNotes, Indicator);

    public EditWorkshop ToEdit(Guid labId, Guid workshopId) => new(labId, workshopId, Version, Title, Format, Methods, SubProjectId, Start, End, Recurrence,
        Venue, OrganiserIds, FacilitatorIds, IsPublic, Description, Capacity, Registration, AccessibilityNotes, Indicator);
}

internal sealed class CreateWorkshopValidator : AbstractValidator<CreateWorkshop>
{
    public CreateWorkshopValidator() => Include(new WorkshopFieldsValidator<CreateWorkshop>());
}

internal sealed class CreateWorkshopHandler(WorkshopsDbContext db, ISender sender, WorkshopDetailsResolver resolver, TimeProvider time)
    : ICommandHandler<CreateWorkshop, Guid>
{
    public async ValueTask<Guid> Handle(CreateWorkshop command, CancellationToken cancellationToken)
    {
        await sender.EnsureWritableAsync(command.LabId, cancellationToken);
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
        api.MapPost("/labs/{labId:guid}/workshops", async Task<Created<IdResponse>> (Guid labId, WorkshopRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(body.ToCreate(labId), ct);
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
