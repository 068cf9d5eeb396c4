using System.Diagnostics;
using System.Globalization;
using LaborPlattform.Reporting.Benchmarks;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Documents;
using LaborPlattform.Reporting.Documents.Sections;
using LaborPlattform.Reporting.Domain;
using LaborPlattform.Reporting.Layout;
using LabsContracts = LaborPlattform.Labs.Contracts;

// Report generation benchmark (not a test). Prints pages, bytes and the median of warm runs for: the programme report
// of 16 labs × 25 sub-projects × 200 workshops (real sections, synthetic Contracts answers), the same with ten times
// the data, and a lab report of about 100 pages (its annex lists every workshop date).
// Arguments: [runs] [folder to save the generated PDFs in].
var runs = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 5;
var saveTo = args.Length > 1 ? args[1] : null;
var asOf = new DateTimeOffset(2026, 10, 1, 4, 0, 0, TimeSpan.Zero);
var period = ReportPeriod.Quarter(2026, 3);
IReportSection[] sections =
[
    new LabKeyFiguresSection(), new LabProfileSection(), new SubProjectsSection(),
    new ProgrammeOverviewSection(), new ProgrammeKeyFiguresSection(), new LabComparisonSection(), new ThemesAcrossLabsSection(), new LabPagesSection(),
    new MunicipalitiesByKindSection(), new TransferSection(),
    new LabWorkshopsSection(), new WorkshopAnnexSection(), new ProgrammeWorkshopsSection(), new LabComparisonWorkshopsSection(),
];

// A fresh scope (and so a fresh ReportData cache) per run: every run asks the synthetic Contracts again.
ReportScope Scope(string type, IReadOnlyList<LabsContracts.LabDto> labs, int subProjects, int workshops) => new(
    new ReportSpec(type, type == ReportTypes.LabProgress ? labs[0].Id : null, SyntheticProgramme.Programme.Id, period, ReportAudiences.Ministry),
    SyntheticProgramme.Programme,
    labs,
    SyntheticProgramme.Themes,
    asOf,
    new ReportData(new SyntheticSender(labs, subProjects, workshops), period, asOf, ReportScope.DataEndOf(period, asOf)));

async Task<ReportDocument> ProgrammeReport(int labs)
{
    var list = SyntheticProgramme.Labs(labs);
    return await ReportComposer.ComposeAsync(Scope(ReportTypes.Programme, list, 25, 200), sections, CancellationToken.None);
}

async Task<ReportDocument> LabReport(int subProjects, int workshops)
{
    var list = SyntheticProgramme.Labs(1);
    return await ReportComposer.ComposeAsync(Scope(ReportTypes.LabProgress, list, subProjects, workshops), sections, CancellationToken.None);
}

async Task<(int Pages, int Bytes, double Median)> Measure(string name, Func<Task<ReportDocument>> compose, int measuredRuns)
{
    RenderedReport? last = null;
    for (var i = 0; i < 2; i++)
    {
        last = PdfReportRenderer.Render(await compose());
    }

    var times = new List<double>();
    for (var i = 0; i < measuredRuns; i++)
    {
        var watch = Stopwatch.StartNew();
        last = PdfReportRenderer.Render(await compose());
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    if (saveTo is not null)
    {
        Directory.CreateDirectory(saveTo);
        await File.WriteAllBytesAsync(Path.Combine(saveTo, name + ".pdf"), last!.Pdf);
    }

    return (last!.PageCount, last.Pdf.Length, times[times.Count / 2]);
}

ReportFonts.EnsureRegistered();
Console.WriteLine($"Font: {ReportFonts.Resolver.SansFamily.Name}; cores: {Environment.ProcessorCount}; runs: {runs} (median of warm runs, after 2 warm-ups)");
Console.WriteLine();
Console.WriteLine("| Scenario | Pages | Bytes | Median ms |");
Console.WriteLine("| --- | ---: | ---: | ---: |");
var programme = await Measure("programme-1x", () => ProgrammeReport(16), runs);
Console.WriteLine($"| Programme report, 16 labs × 25 sub-projects × 200 workshops (1×) | {programme.Pages} | {programme.Bytes} | {programme.Median:0} |");
var programme10 = await Measure("programme-10x", () => ProgrammeReport(160), Math.Max(3, runs / 2));
Console.WriteLine($"| Programme report, 160 labs × 25 sub-projects × 200 workshops (10×) | {programme10.Pages} | {programme10.Bytes} | {programme10.Median:0} |");
var lab = await Measure("lab-100-pages", () => LabReport(25, 800), runs);
Console.WriteLine($"| Lab progress report, 25 sub-projects × 800 workshop dates (~100 pages) | {lab.Pages} | {lab.Bytes} | {lab.Median:0} |");
Console.WriteLine();
Console.WriteLine($"Time ratio 10× / 1× data: {programme10.Median / programme.Median:0.00} (goal ≤ 11); pages ratio {(double)programme10.Pages / programme.Pages:0.00}");
Console.WriteLine($"100-page lab report: {lab.Median:0} ms warm (goal < 1000 ms on 2 cores)");
