using LaborPlattform.Shared.Demo;

namespace LaborPlattform.Labs.Demo;

/// <summary>
/// Demo labs built from the source document: the lab Bremen/Bremerhaven (digital participation of older
/// people, with further municipalities and two universities) and, clearly marked as invented, three more labs
/// so that lists, filters, scopes and programme reports have something to compare.
/// </summary>
internal sealed class LabsDemoData(LabsDbContext db, TimeProvider time) : IDemoDataSeeder
{
    public const string BremenSlug = "bremen-bremerhaven";

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Labs.AnyAsync(l => l.Slug == BremenSlug, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var themes = await db.Themes.ToDictionaryAsync(t => t.Key, t => t.Id, cancellationToken);

        var bremen = new Lab(Guid.CreateVersion7(), BremenSlug, Defaults.RegionalLabsProgramme, new LabDetails(
            "Bremen/Bremerhaven",
            "Das Labor Bremen/Bremerhaven stärkt gemeinsam mit weiteren Kommunen die digitale Teilhabe älterer Menschen. Ab 70 Jahren steigt der Anteil derer, die digitale Angebote nicht nutzen, sprunghaft an. Im Netzwerk Digitalambulanzen arbeiten rund 40 Partnerorganisationen; Begegnungsstätten bieten Smartphone-Schulungen und Vorträge zu Online-Shopping und Online-Banking an.",
            "HB",
            new DateOnly(2025, 1, 1),
            new DateOnly(2027, 12, 31),
            [themes["digital-participation"], themes["digitalisation"]]), now);
        bremen.AddMunicipality("04011000", "Stadtgemeinde Bremen", MunicipalityKind.CityState, ConsortiumRole.Lead);
        bremen.AddMunicipality("04012000", "Stadt Bremerhaven", MunicipalityKind.City, ConsortiumRole.Partner);
        bremen.AddMunicipality("03356000", "Landkreis Osterholz", MunicipalityKind.County, ConsortiumRole.Partner);
        bremen.AddMunicipality("03356005", "Gemeinde Lilienthal", MunicipalityKind.Municipality, ConsortiumRole.Partner);
        var hsb = bremen.AddUniversity("Hochschule Bremen");
        bremen.AddTeachingLink(hsb.Id, "Projektseminar „Digitale Teilhabe im Alter“", "WiSe 2025/26");
        var uni = bremen.AddUniversity("Universität Bremen");
        bremen.AddTeachingLink(uni.Id, "Seminar „Open Government in der Kommune“", "SoSe 2026");

        var nordhessen = new Lab(Guid.CreateVersion7(), "demo-labor-nordhessen", Defaults.RegionalLabsProgramme, new LabDetails(
            "Demo-Labor Nordhessen",
            "Erfundenes Beispiel-Labor (Demodaten): Landkreis und Stadt erproben gemeinsam mit Vereinen, wie Bürgerinnen und Bürger Anträge einfacher stellen können.",
            "HE",
            new DateOnly(2025, 4, 1),
            new DateOnly(2027, 3, 31),
            [themes["cutting-red-tape"], themes["democracy"]]), now);
        nordhessen.AddMunicipality("06633000", "Landkreis Kassel", MunicipalityKind.County, ConsortiumRole.Lead);
        nordhessen.AddMunicipality("06611000", "Stadt Kassel", MunicipalityKind.City, ConsortiumRole.Partner);

        var lausitz = new Lab(Guid.CreateVersion7(), "demo-labor-lausitz", Defaults.RegionalLabsProgramme, new LabDetails(
            "Demo-Labor Lausitz",
            "Erfundenes Beispiel-Labor (Demodaten): Kommunen beteiligen die Bevölkerung an der Planung von Bürgerenergieprojekten.",
            "SN",
            new DateOnly(2025, 7, 1),
            new DateOnly(2028, 6, 30),
            [themes["energy-transition"], themes["democracy"]]), now);
        lausitz.AddMunicipality("14626000", "Landkreis Görlitz", MunicipalityKind.County, ConsortiumRole.Lead);
        lausitz.AddMunicipality("12052000", "Stadt Cottbus", MunicipalityKind.City, ConsortiumRole.Partner);

        var modell = new Lab(Guid.CreateVersion7(), "demo-modellkommune", Defaults.ModelMunicipalitiesProgramme, new LabDetails(
            "Demo-Modellkommune",
            "Erfundenes Beispiel aus dem Vorgängerprogramm Open Government Modellkommunen (Demodaten).",
            "NW",
            new DateOnly(2017, 1, 1),
            new DateOnly(2019, 12, 31),
            [themes["digitalisation"]]), now);
        modell.AddMunicipality("05515000", "Stadt Münster", MunicipalityKind.City, ConsortiumRole.Lead);
        modell.Edit(new LabDetails(modell.Name, modell.ShortDescription, modell.FederalStateCode, modell.FundingStart, modell.FundingEnd, [themes["digitalisation"]]), LabStatus.Finished);

        db.Labs.AddRange(bremen, nordhessen, lausitz, modell);
        await db.SaveChangesAsync(cancellationToken);
    }
}
