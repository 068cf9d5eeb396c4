using System.Globalization;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Reporting.Layout;

namespace LaborPlattform.Reporting.Benchmarks;

/// <summary>
/// Synthetic data of realistic volume. Labs are shaped like the Labs module's DTOs, sub-projects, organisations and
/// networks like the Projects and Stakeholders Contracts' answers (<see cref="SyntheticSender"/>); all go through the
/// real report sections. Workshops have no module yet: their volume (200 per lab) is generated as blocks of the same
/// layout layer, clearly marked as synthetic in the document.
/// </summary>
internal static class SyntheticProgramme
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static readonly ThemeDto[] Themes =
    [
        new(Guid.Parse("0199a1f0-0000-7000-8000-000000000101"), "energy-transition", "Energiewende"),
        new(Guid.Parse("0199a1f0-0000-7000-8000-000000000102"), "digital-participation", "Digitale Teilhabe"),
        new(Guid.Parse("0199a1f0-0000-7000-8000-000000000103"), "democracy", "Demokratieentwicklung"),
        new(Guid.Parse("0199a1f0-0000-7000-8000-000000000104"), "digitalisation", "Digitalisierung"),
        new(Guid.Parse("0199a1f0-0000-7000-8000-000000000105"), "cutting-red-tape", "Bürokratieabbau"),
    ];

    public static readonly ProgrammeDto Programme = new(Guid.Parse("0199a1f0-0000-7000-8000-000000000001"), "Regionale Open Government Labore", "Synthetisch", 2020, null, 1);

    public static IReadOnlyList<LabDto> Labs(int count) => Enumerable.Range(1, count).Select(Lab).ToList();

    private static LabDto Lab(int n)
    {
        var state = FederalStates.All[n % FederalStates.All.Count];
        var key = $"{state.AgsPrefix}{n:000000}";
        return new LabDto(
            new Guid(n, 0, 0, [0x80, 0, 0, 0, 0, 0, 0, 1]),
            $"labor-{n}",
            $"Synthetisches Labor {n:000}",
            "Ein synthetisches Labor für die Messung: Kommunen, Zivilgesellschaft und Hochschulen erproben gemeinsam Öffnungsprozesse, digitale Teilhabe und Beteiligung.",
            state.Code,
            state.Name,
            Programme.Id,
            Programme.Name,
            new DateOnly(2025, 1, 1),
            new DateOnly(2027, 12, 31),
            "Active",
            [Themes[n % Themes.Length], Themes[(n + 2) % Themes.Length]],
            [
                new MemberMunicipalityDto(key, $"Landkreis {n}", MunicipalityKinds.County, ConsortiumRoles.Lead),
                new MemberMunicipalityDto($"{state.AgsPrefix}{n + 500000:000000}", $"Stadt {n}", MunicipalityKinds.City, ConsortiumRoles.Partner),
                new MemberMunicipalityDto($"{state.AgsPrefix}{n + 600000:000000}", $"Gemeinde {n} Nord", MunicipalityKinds.Municipality, ConsortiumRoles.Partner),
                new MemberMunicipalityDto($"{state.AgsPrefix}{n + 700000:000000}", $"Gemeinde {n} Süd", MunicipalityKinds.Municipality, ConsortiumRoles.Partner),
            ],
            [
                new PartnerUniversityDto(new Guid(n, 1, 0, [0x80, 0, 0, 0, 0, 0, 0, 2]), $"Hochschule {n}", [
                    new TeachingLinkDto(new Guid(n, 2, 0, [0x80, 0, 0, 0, 0, 0, 0, 3]), "Projektseminar Offene Verwaltung", "WiSe 2025/26"),
                    new TeachingLinkDto(new Guid(n, 3, 0, [0x80, 0, 0, 0, 0, 0, 0, 4]), "Übung Beteiligung digital", "SoSe 2026"),
                ]),
            ],
            1);
    }

    /// <summary>Per lab: an annex of synthetic workshops (the Workshops module and its report sections do not exist yet).</summary>
    public static IEnumerable<Block> Workshops(IReadOnlyList<LabDto> labs, int workshops = 200)
    {
        yield return new PageBreakBlock();
        yield return new HeadingBlock(1, "Veranstaltungen (synthetische Messdaten)");
        foreach (var lab in labs)
        {
            yield return new HeadingBlock(2, $"{lab.Name}: Veranstaltungen");
            yield return new TableBlock(
                [new TableColumn("Datum", 1), new TableColumn("Veranstaltung", 3), new TableColumn("Format", 1.3), new TableColumn("Teilnehmende", 1.2, CellAlignment.Right)],
                Enumerable.Range(1, workshops).Select(w => (IReadOnlyList<string>)
                [
                    new DateOnly(2026, 1 + w % 12, 1 + w % 28).ToString("dd.MM.yyyy", German),
                    $"Smartphone-Sprechstunde {w} in der Begegnungsstätte",
                    (w % 3) switch { 0 => "Kurs", 1 => "Workshop", _ => "Sprechstunde" },
                    (5 + w % 20).ToString("#,##0", German),
                ]).ToList());
        }
    }
}
