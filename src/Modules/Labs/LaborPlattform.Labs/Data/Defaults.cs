namespace LaborPlattform.Labs.Data;

/// <summary>
/// Reference data every installation starts with (seeded by migration, not demo data): the programme and its
/// predecessor from the source document, and the five themes the programme names.
/// </summary>
internal static class Defaults
{
    public static readonly Guid RegionalLabsProgramme = new("0199a1f0-0000-7000-8000-000000000001");
    public static readonly Guid ModelMunicipalitiesProgramme = new("0199a1f0-0000-7000-8000-000000000002");

    public static readonly Programme[] Programmes =
    [
        new(RegionalLabsProgramme, "Regionale Open Government Labore",
            "Initiative des Bundesministeriums des Innern mit den kommunalen Spitzenverbänden: Laborkonsortien erproben Öffnungsprozesse zwischen Politik, Verwaltung und Zivilgesellschaft.",
            2020, null),
        new(ModelMunicipalitiesProgramme, "Open Government Modellkommunen",
            "Vorgängerprogramm des Bundesministeriums des Innern und für Heimat mit den kommunalen Spitzenverbänden.",
            2017, 2019),
    ];

    public static readonly Theme[] Themes =
    [
        new(new Guid("0199a1f0-0000-7000-8000-000000000101"), "energy-transition", "Energiewende"),
        new(new Guid("0199a1f0-0000-7000-8000-000000000102"), "digital-participation", "Digitale Teilhabe"),
        new(new Guid("0199a1f0-0000-7000-8000-000000000103"), "democracy", "Demokratieentwicklung"),
        new(new Guid("0199a1f0-0000-7000-8000-000000000104"), "digitalisation", "Digitalisierung"),
        new(new Guid("0199a1f0-0000-7000-8000-000000000105"), "cutting-red-tape", "Bürokratieabbau"),
    ];
}
