using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Access;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.GenerateReport;
using LaborPlattform.Reporting.ReadReports;
using LaborPlattform.Shared.Auditing;

namespace LaborPlattform.Reporting.RequestReport;

/// <summary>
/// Asks for a report: its type, its lab (lab progress report) or programme (reports across labs), its period and its
/// audience. The report is queued and generated in the background; the result is the report's id.
/// </summary>
/// <param name="PeriodKind">Quarter, HalfYear, Year or Custom; <paramref name="Quarter"/> (1–4), <paramref name="Half"/>
/// (1–2) and <paramref name="Year"/> select a calendar period, <paramref name="From"/> and <paramref name="To"/> a custom one.</param>
/// <param name="AsOf">Optional as-of instant (not in the future, not before the period's start): the report reads the data
/// as of it, so the same type, scope, period and as-of give a byte-identical file. Without it, the data as of the start of
/// generation.</param>
internal sealed record RequestReport(
    string? Type,
    Guid? LabId,
    Guid? ProgrammeId,
    string? PeriodKind,
    int? Year,
    int? Quarter,
    int? Half,
    DateOnly? From,
    DateOnly? To,
    string? Audience,
    DateTimeOffset? AsOf = null) : ICommand<Guid>;

internal sealed class RequestReportValidator : AbstractValidator<RequestReport>
{
    public const int FirstYear = 2000;

    public RequestReportValidator(TimeProvider time)
    {
        var today = Berlin.Today(time);
        RuleFor(x => x.Type)
            .Must(t => t is not null && ReportTypes.All.Contains(t))
            .WithMessage("Bitte wählen Sie die Art des Berichts: Fortschrittsbericht (LabProgress), Programmbericht (Programme) oder Bericht für die kommunalen Spitzenverbände (MunicipalAssociations).");
        RuleFor(x => x.Audience)
            .Must(a => a is not null && ReportAudiences.All.Contains(a))
            .WithMessage("Bitte wählen Sie die Zielgruppe: Ministry, MunicipalAssociations oder Lab.");
        RuleFor(x => x.LabId)
            .NotEmpty().When(x => x.Type == ReportTypes.LabProgress)
            .WithMessage("Bitte wählen Sie das Labor, über das berichtet wird.");
        RuleFor(x => x.ProgrammeId)
            .NotEmpty().When(x => x.Type is ReportTypes.Programme or ReportTypes.MunicipalAssociations)
            .WithMessage("Bitte wählen Sie das Programm, über das berichtet wird.");
        RuleFor(x => x.PeriodKind)
            .Must(k => k is not null && ReportPeriodKinds.All.Contains(k))
            .WithMessage("Bitte wählen Sie den Berichtszeitraum: Quarter, HalfYear, Year oder Custom.");

        When(x => x.PeriodKind is ReportPeriodKinds.Quarter or ReportPeriodKinds.HalfYear or ReportPeriodKinds.Year, () =>
        {
            RuleFor(x => x.Year)
                .Must(y => y is >= FirstYear and <= 2100).WithMessage($"Bitte geben Sie das Jahr an (zwischen {FirstYear} und 2100).");
        });
        When(x => x.PeriodKind == ReportPeriodKinds.Quarter, () =>
            RuleFor(x => x.Quarter).Must(q => q is >= 1 and <= 4).WithMessage("Bitte wählen Sie das Quartal (1 bis 4)."));
        When(x => x.PeriodKind == ReportPeriodKinds.HalfYear, () =>
            RuleFor(x => x.Half).Must(h => h is 1 or 2).WithMessage("Bitte wählen Sie das Halbjahr (1 oder 2)."));
        When(x => x.PeriodKind == ReportPeriodKinds.Custom, () =>
        {
            RuleFor(x => x.From).NotNull().WithMessage("Bitte geben Sie den ersten Tag des Zeitraums an.");
            RuleFor(x => x.To).NotNull().WithMessage("Bitte geben Sie den letzten Tag des Zeitraums an.");
            RuleFor(x => x.To)
                .GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
                .WithMessage("Der Zeitraum endet vor seinem Beginn.");
            RuleFor(x => x.From)
                .LessThanOrEqualTo(today).When(x => x.From is not null)
                .WithMessage("Der Zeitraum liegt in der Zukunft; berichtet wird über Zeiträume, die begonnen haben.");
            RuleFor(x => x.From)
                .GreaterThanOrEqualTo(new DateOnly(FirstYear, 1, 1)).When(x => x.From is not null)
                .WithMessage($"Der Zeitraum beginnt frühestens am 01.01.{FirstYear}.");
        });

        RuleFor(x => x.AsOf)
            .Must(asOf => asOf <= time.GetUtcNow()).When(x => x.AsOf is not null)
            .WithMessage("Der Datenstand liegt in der Zukunft; wählen Sie einen Zeitpunkt, der schon vergangen ist, oder lassen Sie das Feld leer.");
        RuleFor(x => x.AsOf)
            .Must((request, asOf) => ToPeriod(request) is not { } period || asOf >= Berlin.StartOfDay(period.Start))
            .When(x => x.AsOf is not null)
            .WithMessage("Der Datenstand liegt vor dem Beginn des Berichtszeitraums; wählen Sie einen Zeitpunkt im oder nach dem Zeitraum.");

        // A calendar period that has not begun yet: name the field that picks it.
        RuleFor(x => x)
            .Custom((request, context) =>
            {
                if (ToPeriod(request) is { } period && request.PeriodKind != ReportPeriodKinds.Custom && period.Start > today)
                {
                    var field = request.PeriodKind switch
                    {
                        ReportPeriodKinds.Quarter when request.Year <= today.Year => "quarter",
                        ReportPeriodKinds.HalfYear when request.Year <= today.Year => "half",
                        _ => "year",
                    };
                    context.AddFailure(field, $"Der Zeitraum {period.DisplayName} hat noch nicht begonnen; berichtet wird über Zeiträume, die begonnen haben.");
                }
            });
    }

    /// <summary>The period a valid request names, or null while its fields are incomplete.</summary>
    public static ReportPeriod? ToPeriod(RequestReport request) => request.PeriodKind switch
    {
        ReportPeriodKinds.Quarter when request is { Year: >= FirstYear and <= 2100, Quarter: >= 1 and <= 4 } => ReportPeriod.Quarter(request.Year.Value, request.Quarter.Value),
        ReportPeriodKinds.HalfYear when request is { Year: >= FirstYear and <= 2100, Half: >= 1 and <= 2 } => ReportPeriod.HalfYear(request.Year.Value, request.Half.Value),
        ReportPeriodKinds.Year when request is { Year: >= FirstYear and <= 2100 } => ReportPeriod.Year(request.Year.Value),
        ReportPeriodKinds.Custom when request is { From: { } from, To: { } to } && to >= from => ReportPeriod.Custom(from, to),
        _ => null,
    };
}

internal sealed class RequestReportHandler(
    ISender sender,
    ReportingDbContext db,
    ReportAccess access,
    ICurrentActor actor,
    ReportQueue queue,
    TimeProvider time) : ICommandHandler<RequestReport, Guid>
{
    public async ValueTask<Guid> Handle(RequestReport command, CancellationToken cancellationToken)
    {
        var period = RequestReportValidator.ToPeriod(command) ?? throw new ValidationFailedException("periodKind", "Der Berichtszeitraum ist unvollständig.");
        Guid programmeId;
        string scopeName;
        Guid? labId = null;
        if (command.Type == ReportTypes.LabProgress)
        {
            var lab = await sender.Send(new GetLab(command.LabId!.Value), cancellationToken)
                ?? throw new ValidationFailedException("labId", "Dieses Labor gibt es nicht.");
            labId = lab.Id;
            programmeId = lab.ProgrammeId;
            scopeName = lab.Name;
        }
        else
        {
            var programme = (await sender.Send(new GetProgrammes(), cancellationToken)).FirstOrDefault(p => p.Id == command.ProgrammeId)
                ?? throw new ValidationFailedException("programmeId", "Dieses Programm gibt es nicht.");
            programmeId = programme.Id;
            scopeName = programme.Name;
        }

        await access.EnsureMayUseAsync(command.Type!, labId);

        var report = new ReportRequest(
            Guid.CreateVersion7(),
            new ReportSpec(command.Type!, labId, programmeId, period, command.Audience!),
            scopeName,
            actor.UserId,
            actor.Name,
            time.GetUtcNow(),
            requestedAsOf: command.AsOf?.ToUniversalTime());
        db.Reports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(report.Id);
        return report.Id;
    }
}

internal static class RequestReportEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/reports", async Task<Accepted<ReportStatusDto>> (RequestReport command, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(command, ct);
                var status = await sender.Send(new GetReportStatus(id), ct);
                return TypedResults.Accepted($"/api/reports/{id}", status);
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName("RequestReport")
            .WithSummary("Requests a report (type, lab or programme, period, audience, optionally the as-of instant); it is generated in the background.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
