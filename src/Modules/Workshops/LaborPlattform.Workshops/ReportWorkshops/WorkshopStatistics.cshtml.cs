using LaborPlattform.Workshops.Contracts;

namespace LaborPlattform.Workshops.ReportWorkshops;

/// <summary>A lab's event statistics for a period (default: the current calendar year), the same figures reports get.</summary>
[Authorize(Policy = Policies.ReadLab)]
internal sealed class WorkshopStatisticsPage(ISender sender, IAuthorizationService authorization, IStringLocalizer<WorkshopsResource> t, TimeProvider time)
    : WorkshopsLabPage(sender, authorization, t)
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Von { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Bis { get; set; }

    public WorkshopStatistics? Statistics { get; private set; }

    public IReadOnlyList<(string Label, int Count)> AgeRows { get; private set; } = [];

    public IReadOnlyList<(string Label, int Count)> SectorRows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return NotFound();
        }

        var today = Berlin.Today(time);
        Von ??= new DateOnly(today.Year, 1, 1);
        Bis ??= new DateOnly(today.Year, 12, 31);
        try
        {
            Statistics = await Sender.Send(new GetWorkshopStatistics([LabId], Von.Value, Bis.Value), ct);
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var message in invalid.Errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError(nameof(Bis), message);
            }

            return Page();
        }

        var a = Statistics.ParticipantsByAgeBand;
        AgeRows = [("unter 30", a.Under30), ("30 bis 49", a.From30To49), ("50 bis 69", a.From50To69), ("70 und älter", a.Age70AndOver), ("nicht angegeben", a.NotStated)];
        var s = Statistics.ParticipantsBySector;
        SectorRows =
        [
            ("Bürgerinnen und Bürger", s.Citizens), ("Verwaltung", s.Administration), ("Zivilgesellschaft", s.CivilSociety), ("Politik", s.Politics),
            ("Wissenschaft", s.Academia), ("Wirtschaft", s.Business), ("nicht angegeben", s.NotStated),
        ];
        return Page();
    }
}
