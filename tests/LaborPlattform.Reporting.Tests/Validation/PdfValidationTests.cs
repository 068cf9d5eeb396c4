using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Contracts;
using LaborPlattform.Reporting.Documents;
using LaborPlattform.Reporting.Domain;
using LaborPlattform.Reporting.Layout;
using LaborPlattform.Shared.Time;
using LaborPlattform.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace LaborPlattform.Reporting.Tests.Validation;

/// <summary>
/// The three report types, generated from the demo data, pass PDFBox Preflight as PDF/A-1b without a single error and
/// qpdf's structural check without a warning (ADR 0042).
/// </summary>
public sealed class PdfValidationTests(DemoPlatformFactory demo) : IClassFixture<DemoPlatformFactory>
{
    public static TheoryData<string> Types => [.. ReportTypes.All];

    [Theory]
    [MemberData(nameof(Types))]
    public async Task The_demo_report_passes_PDFBox_Preflight_as_PDF_A_1b(string type)
    {
        var file = await DemoReportAsync(type);

        var run = await PdfValidators.PreflightAsync(file);

        run.Output.ShouldContain("is a valid PDF/A-1b file", customMessage: run.Output);
        run.ExitCode.ShouldBe(0, run.Output);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task The_demo_report_passes_qpdf_check_without_warnings(string type)
    {
        var file = await DemoReportAsync(type);

        var run = await PdfValidators.QpdfCheckAsync(file);

        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ShouldContain("No syntax or stream encoding errors found", customMessage: run.Output);
        run.Output.ShouldNotContain("WARNING", Case.Insensitive, run.Output);
    }

    /// <summary>The report of this type over the last quarter of the demo lab (or its programme), written to a file.</summary>
    private async Task<string> DemoReportAsync(string type)
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var lab = (await sender.Send(new GetLabBySlug("bremen-bremerhaven")))!;
        var today = Berlin.Today(demo.Time);
        var period = ReportPeriod.Custom(today.AddMonths(-3), today);
        var spec = new ReportSpec(type, type == ReportTypes.LabProgress ? lab.Id : null, lab.ProgrammeId, period,
            type == ReportTypes.MunicipalAssociations ? ReportAudiences.MunicipalAssociations : ReportAudiences.Ministry);
        var document = await scope.ServiceProvider.GetRequiredService<ReportComposer>().ComposeAsync(spec, demo.Time.GetUtcNow(), CancellationToken.None);
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "laborplattform-pdf-validation"));
        var file = Path.Combine(directory.FullName, $"{type}.pdf");
        await File.WriteAllBytesAsync(file, PdfReportRenderer.Render(document).Pdf);
        return file;
    }
}
