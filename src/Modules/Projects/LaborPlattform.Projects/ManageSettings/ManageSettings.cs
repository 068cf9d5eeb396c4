using LaborPlattform.Projects.Common;

namespace LaborPlattform.Projects.ManageSettings;

/// <summary>The lab's Projects settings; a lab nobody has configured yet has the defaults and version 0.</summary>
internal sealed record GetProjectSettings(Guid LabId) : IQuery<ProjectSettingsView>;

/// <param name="StaffMayPostProgressUpdates">Whether the lab's municipal staff may post progress updates.</param>
/// <param name="Version">Send it back with a change; 0 while the defaults apply.</param>
internal sealed record ProjectSettingsView(Guid LabId, bool StaffMayPostProgressUpdates, int Version);

internal sealed record ChangeProjectSettings(Guid LabId, int Version, bool StaffMayPostProgressUpdates) : ICommand;

internal sealed record ProjectSettingsRequest(int Version, bool StaffMayPostProgressUpdates);

internal sealed class ChangeProjectSettingsValidator : AbstractValidator<ChangeProjectSettings>
{
    public ChangeProjectSettingsValidator() =>
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0).WithMessage("Bitte geben Sie die Version der Einstellungen an, die Sie gesehen haben.");
}

internal sealed class GetProjectSettingsHandler(ProjectsDbContext db) : IQueryHandler<GetProjectSettings, ProjectSettingsView>
{
    public async ValueTask<ProjectSettingsView> Handle(GetProjectSettings query, CancellationToken cancellationToken)
    {
        var settings = await db.LabSettings.AsNoTracking().SingleOrDefaultAsync(s => s.LabId == query.LabId, cancellationToken);
        return settings is null
            ? new ProjectSettingsView(query.LabId, false, 0)
            : new ProjectSettingsView(query.LabId, settings.StaffMayPostProgressUpdates, settings.Version);
    }
}

internal sealed class ChangeProjectSettingsHandler(SubProjectStore store) : ICommandHandler<ChangeProjectSettings>
{
    public async ValueTask<Unit> Handle(ChangeProjectSettings command, CancellationToken cancellationToken)
    {
        await store.EnsureLabWritableAsync(command.LabId, cancellationToken);
        var db = store.Db;
        var settings = await db.LabSettings.SingleOrDefaultAsync(s => s.LabId == command.LabId, cancellationToken);
        if (settings is null)
        {
            if (command.Version != 0)
            {
                throw ConflictException.Stale();
            }

            db.LabSettings.Add(new LabSettings(command.LabId, command.StaffMayPostProgressUpdates, store.Now));
        }
        else
        {
            db.ExpectVersion(settings, command.Version);
            settings.Change(command.StaffMayPostProgressUpdates, store.Now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException conflict) when (settings is null && conflict.Code == ConflictException.DuplicateCode)
        {
            // Someone else saved the lab's first settings at the same moment.
            throw ConflictException.Stale();
        }

        return Unit.Value;
    }
}

internal static class ManageSettingsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/labs/{labId:guid}/subproject-settings", async Task<Ok<ProjectSettingsView>> (Guid labId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetProjectSettings(labId), ct)))
            .RequireAuthorization(Policies.ReadLab)
            .WithName("GetSubProjectSettings")
            .WithSummary("The lab's sub-project settings: whether municipal staff may post progress updates (version 0 = defaults).");

        api.MapPut("/labs/{labId:guid}/subproject-settings", async Task<NoContent> (Guid labId, ProjectSettingsRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new ChangeProjectSettings(labId, body.Version, body.StaffMayPostProgressUpdates), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditLab)
            .WithName("ChangeSubProjectSettings")
            .WithSummary("Allows or forbids the lab's municipal staff to post progress updates (coordinators). Send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
