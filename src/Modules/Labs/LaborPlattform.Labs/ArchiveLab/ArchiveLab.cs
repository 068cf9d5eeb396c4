using FluentValidation;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Labs.Data;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Errors;
using LaborPlattform.Shared.Persistence;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LaborPlattform.Labs.ArchiveLab;

/// <summary>Archives a lab: it and everything other modules keep for it become read-only (<see cref="LabArchived"/>).</summary>
internal sealed record ArchiveLab(Guid LabId, int Version) : ICommand;

internal sealed record ArchiveLabRequest(int Version);

internal sealed class ArchiveLabValidator : AbstractValidator<ArchiveLab>
{
    public ArchiveLabValidator() =>
        RuleFor(x => x.Version).GreaterThan(0).WithMessage("Bitte geben Sie die Version an, die Sie gesehen haben.");
}

internal sealed class ArchiveLabHandler(LabsDbContext db, TimeProvider time, IPublisher publisher) : ICommandHandler<ArchiveLab>
{
    public async ValueTask<Unit> Handle(ArchiveLab command, CancellationToken cancellationToken)
    {
        var lab = await db.Labs.SingleOrDefaultAsync(l => l.Id == command.LabId, cancellationToken)
            ?? throw new NotFoundException("Labor", command.LabId);
        db.ExpectVersion(lab, command.Version);
        var now = time.GetUtcNow();
        lab.Archive(now);
        await db.SaveChangesAsync(cancellationToken);
        await publisher.Publish(new LabArchived(lab.Id, now), cancellationToken);
        return Unit.Value;
    }
}

internal static class ArchiveLabEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/labs/{labId:guid}/archive", async Task<NoContent> (Guid labId, ArchiveLabRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new ArchiveLab(labId, body.Version), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Administrator)
            .WithName("ArchiveLab")
            .WithSummary("Archives a lab (administrators). Its data stays readable but can no longer be changed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
