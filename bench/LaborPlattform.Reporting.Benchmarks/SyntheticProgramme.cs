using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Reporting.Benchmarks;

/// <summary>
/// Synthetic data of realistic volume. Labs are shaped like the Labs module's DTOs; sub-projects, organisations,
/// networks and workshops come as the Projects, Stakeholders and Workshops Contracts' answers (<see cref="SyntheticSender"/>);
/// all go through the real report sections.
/// </summary>
internal static class SyntheticProgramme
{
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
}
