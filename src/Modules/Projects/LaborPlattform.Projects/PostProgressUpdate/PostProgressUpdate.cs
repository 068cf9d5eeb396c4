using System.Security.Claims;
using LaborPlattform.Projects.Common;

namespace LaborPlattform.Projects.PostProgressUpdate;

/// <summary>
/// Posts a progress update. It adds to the history and overwrites nothing, so it needs no version: two people
/// reporting at the same time both keep their update.
/// </summary>
internal sealed record PostProgressUpdate(
    Guid LabId,
    Guid SubProjectId,
    DateOnly? ReportedOn,
    string Text,
    int? PercentComplete,
    string TrafficLight,
    string? Reason) : ICommand<Guid>;

/// <param name="ReportedOn">The day the update reports on (not in the future).</param>
/// <param name="PercentComplete">0 to 100.</param>
/// <param name="TrafficLight">OnTrack, AtRisk or Critical.</param>
/// <param name="Reason">Required unless OnTrack.</param>
internal sealed record ProgressUpdateRequest(DateOnly? ReportedOn, string Text, int? PercentComplete, string TrafficLight, string? Reason);

internal sealed class PostProgressUpdateValidator : AbstractValidator<PostProgressUpdate>
{
    public PostProgressUpdateValidator()
    {
        RuleFor(x => x.ReportedOn).NotNull().WithMessage("Bitte geben Sie das Datum der Meldung an.");
        RuleFor(x => x.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Bitte beschreiben Sie, was sich getan hat.")
            .MaximumLength(4000).WithMessage("Die Meldung darf höchstens 4.000 Zeichen lang sein.");
        RuleFor(x => x.PercentComplete)
            .NotNull().WithMessage("Bitte geben Sie den Fertigstellungsgrad in Prozent an (0 bis 100).")
            .InclusiveBetween(0, 100).WithMessage("Der Fertigstellungsgrad liegt zwischen 0 und 100 Prozent.");
        RuleFor(x => x.TrafficLight)
            .Must(t => Parse.Enum<TrafficLight>(t) is not null)
            .WithMessage("Bitte wählen Sie die Ampel: im Plan (OnTrack), gefährdet (AtRisk) oder kritisch (Critical).");
        RuleFor(x => x.Reason)
            .Must((x, reason) => Parse.Enum<TrafficLight>(x.TrafficLight) is null or Domain.TrafficLight.OnTrack || !string.IsNullOrWhiteSpace(reason))
            .WithMessage("Bitte begründen Sie, warum das Teilprojekt gefährdet oder kritisch ist.")
            .MaximumLength(2000).WithMessage("Die Begründung darf höchstens 2.000 Zeichen lang sein.");
    }
}

internal sealed class PostProgressUpdateHandler(SubProjectStore store) : ICommandHandler<PostProgressUpdate, Guid>
{
    public async ValueTask<Guid> Handle(PostProgressUpdate command, CancellationToken cancellationToken)
    {
        var subProject = await store.LoadForAppendAsync(command.LabId, command.SubProjectId, cancellationToken);
        var update = subProject.ReportProgress(
            command.ReportedOn!.Value,
            command.Text,
            command.PercentComplete!.Value,
            Parse.Enum<TrafficLight>(command.TrafficLight)!.Value,
            command.Reason,
            store.Now,
            store.Actor,
            store.Today);
        store.Db.ProgressUpdates.Add(update);
        await store.Db.SaveChangesAsync(cancellationToken);
        return update.Id;
    }
}

/// <summary>
/// Who may post progress updates (ADR 0011): administrators and the lab's coordinators always; the lab's
/// municipal staff only while the lab's coordinators allow it in the module's lab settings.
/// </summary>
internal sealed class ProgressUpdatePermission(IAuthorizationService authorization, ProjectsDbContext db)
{
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, Guid labId, CancellationToken ct)
    {
        if (await authorization.AllowsLabAsync(user, labId, Policies.EditLab))
        {
            return true;
        }

        return await authorization.AllowsLabAsync(user, labId, Policies.ContributeToLab)
            && await db.LabSettings.AnyAsync(s => s.LabId == labId && s.StaffMayPostProgressUpdates, ct);
    }

    public async Task RequireAsync(ClaimsPrincipal user, Guid labId, CancellationToken ct)
    {
        if (!await AllowsAsync(user, labId, ct))
        {
            throw new ForbiddenException();
        }
    }
}

internal static class PostProgressUpdateEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/labs/{labId:guid}/subprojects/{subProjectId:guid}/progress-updates", async Task<Created<IdResponse>> (
                Guid labId, Guid subProjectId, ProgressUpdateRequest body, ClaimsPrincipal user, ProgressUpdatePermission permission, ISender sender, CancellationToken ct) =>
            {
                await permission.RequireAsync(user, labId, ct);
                var id = await sender.Send(new PostProgressUpdate(labId, subProjectId, body.ReportedOn, body.Text, body.PercentComplete, body.TrafficLight, body.Reason), ct);
                return TypedResults.Created($"/api/labs/{labId}/subprojects/{subProjectId}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.ContributeToLab)
            .WithName("PostProgressUpdate")
            .WithSummary("Posts a progress update (coordinators; municipal staff of the lab only while the lab allows it). Needs no version: updates are only ever added.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
