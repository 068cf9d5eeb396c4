using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Layout;

namespace LaborPlattform.Reporting.Documents;

/// <summary>Figures and tables about labs from the Labs module's data, shared by the sections.</summary>
internal static class LabFacts
{
    private static readonly StringComparer German = StringComparer.Create(Berlin.Culture, false);

    public static string Number(int value) => Berlin.FormatNumber(value);

    public static string FundingPeriod(LabDto lab) => $"{Berlin.FormatDate(lab.FundingStart)} – {Berlin.FormatDate(lab.FundingEnd)}";

    public static string Themes(LabDto lab) => lab.Themes.Count == 0 ? "–" : string.Join(", ", lab.Themes.Select(t => t.Name));

    public static int TeachingLinks(LabDto lab) => lab.Universities.Sum(u => u.TeachingLinks.Count);

    /// <summary>"2 Städte, 1 Landkreis und 1 Gemeinde" – kinds in a fixed order, only those present.</summary>
    public static string KindSummary(IEnumerable<MemberMunicipalityDto> municipalities)
    {
        var list = municipalities.ToList();
        var parts = new List<string>();
        void Add(int count, string one, string many)
        {
            if (count > 0)
            {
                parts.Add($"{Number(count)} {(count == 1 ? one : many)}");
            }
        }

        Add(list.Count(m => m.Kind == MunicipalityKinds.CityState), "Stadtstaat", "Stadtstaaten");
        Add(list.Count(m => m.Kind == MunicipalityKinds.City), "Stadt", "Städte");
        Add(list.Count(m => m.Kind == MunicipalityKinds.County), "Landkreis", "Landkreise");
        Add(list.Count(m => m.Kind == MunicipalityKinds.Municipality), "Gemeinde", "Gemeinden");
        return parts.Count switch
        {
            0 => "keine",
            1 => parts[0],
            _ => string.Join(", ", parts[..^1]) + " und " + parts[^1],
        };
    }

    public static TableBlock ProfileTable(LabDto lab) => new(
        [new TableColumn("Angabe", 1), new TableColumn("Wert", 2.4)],
        [
            ["Programm", lab.ProgrammeName],
            ["Bundesland", lab.FederalStateName],
            ["Förderzeitraum", FundingPeriod(lab)],
            ["Status", ReportTexts.LabStatusName(lab.Status)],
            ["Themen", Themes(lab)],
        ],
        FirstColumnIsRowHeader: true);

    public static TableBlock MunicipalitiesTable(LabDto lab) => new(
        [new TableColumn("Kommune", 2.4), new TableColumn("AGS", 1), new TableColumn("Art", 1.1), new TableColumn("Rolle", 1.1)],
        lab.Municipalities
            .Select(m => (IReadOnlyList<string>)[m.Name, m.MunicipalityKey, ReportTexts.MunicipalityKindName(m.Kind), ReportTexts.RoleName(m.Role)])
            .ToList(),
        FirstColumnIsRowHeader: true);

    public static string MunicipalitiesSummary(LabDto lab)
    {
        var count = lab.Municipalities.Count;
        if (count == 0)
        {
            return "Dem Labor sind keine Kommunen zugeordnet.";
        }

        var leads = lab.Municipalities.Where(m => m.Role == ConsortiumRoles.Lead).Select(m => m.Name).Order(German).ToList();
        var lead = leads.Count == 0 ? string.Empty : $" Federführung: {string.Join(", ", leads)}.";
        return $"Am Labor {(count == 1 ? "ist" : "sind")} {Number(count)} {(count == 1 ? "Kommune" : "Kommunen")} beteiligt: {KindSummary(lab.Municipalities)}.{lead}";
    }

    public static IEnumerable<Block> UniversitiesAndTeaching(LabDto lab)
    {
        if (lab.Universities.Count == 0)
        {
            yield return new ParagraphBlock("Am Labor ist keine Hochschule beteiligt.");
            yield break;
        }

        var links = TeachingLinks(lab);
        yield return new ParagraphBlock(
            $"{Number(lab.Universities.Count)} {(lab.Universities.Count == 1 ? "Hochschule ist" : "Hochschulen sind")} beteiligt; die Laborarbeit ist in {Number(links)} {(links == 1 ? "Lehrveranstaltung" : "Lehrveranstaltungen")} eingebunden.");
        var rows = new List<IReadOnlyList<string>>();
        foreach (var university in lab.Universities)
        {
            if (university.TeachingLinks.Count == 0)
            {
                rows.Add([university.Name, "–", "–"]);
            }

            rows.AddRange(university.TeachingLinks.Select(t => (IReadOnlyList<string>)[university.Name, t.Course, t.Term]));
        }

        yield return new TableBlock([new TableColumn("Hochschule", 1.6), new TableColumn("Lehrveranstaltung", 2.4), new TableColumn("Semester", 1)], rows, FirstColumnIsRowHeader: true);
    }
}
