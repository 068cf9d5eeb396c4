using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Demo;

namespace LaborPlattform.Stakeholders.Demo;

/// <summary>
/// Demo data around the lab Bremen/Bremerhaven from the source document: the network "Digitalambulanzen" (the
/// real one has about 40 partners; this is an invented, realistic subset of 18), its community centres and
/// libraries as venues, and the support offers for older people that the public directory shows. Every
/// organisation name ends in "(Demo)", phone numbers are marked as demo numbers and the contact persons are
/// the usual sample names: none of this describes a real organisation or person.
/// </summary>
internal sealed class StakeholdersDemoData(StakeholdersDbContext db, ISender sender, TimeProvider time) : IDemoDataSeeder
{
    public const string NetworkName = "Digitalambulanzen";
    private const string Marker = " (Demo)";

    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lab = await sender.Send(new GetLabBySlug("bremen-bremerhaven"), cancellationToken);
        if (lab is null || await db.Networks.AnyAsync(n => n.LabId == lab.Id && n.Name == NetworkName, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var organisations = new Dictionary<string, Organisation>();
        Organisation Add(string key, string name, Sector sector, OrganisationKind kind, string street, string postalCode, string city, string ags,
            string? website, bool premises, bool stepFree, bool toilet, bool loop, DateOnly since, params InvolvementRole[] roles)
        {
            var organisation = new Organisation(Guid.CreateVersion7(), new OrganisationDetails(
                name + Marker, sector, kind, street, postalCode, city, ags, website, premises, stepFree, toilet, loop), now);
            organisation.SetInvolvements(lab.Id, roles.Select(r => new InvolvementDetails(r, since, null)).ToList());
            organisations[key] = organisation;
            return organisation;
        }

        const string Bremen = "04011000";
        const string Bremerhaven = "04012000";
        const string Lilienthal = "03356005";
        var start = new DateOnly(2025, 1, 15);

        Add("senatorin", "Senatorin für Soziales – Referat Ältere Menschen", Sector.Administration, OrganisationKind.MunicipalAdministration,
            "Bahnhofsplatz 29", "28195", "Bremen", Bremen, "https://www.example.org/bremen-soziales", false, true, true, false, start, InvolvementRole.ConsortiumPartner);
        Add("magistrat", "Magistrat Bremerhaven – Sozialamt", Sector.Administration, OrganisationKind.MunicipalAdministration,
            "Hinrich-Schmalfeldt-Straße 40", "27576", "Bremerhaven", Bremerhaven, null, false, true, true, false, start, InvolvementRole.ConsortiumPartner);
        Add("hochschule", "Hochschule Bremen – Fachbereich Soziale Arbeit", Sector.Academia, OrganisationKind.University,
            "Neustadtswall 30", "28199", "Bremen", Bremen, "https://www.example.org/hs-bremen", false, true, true, false, start, InvolvementRole.ConsortiumPartner);
        Add("findorff", "Begegnungsstätte Findorff", Sector.CivilSociety, OrganisationKind.CommunityCentre,
            "Findorffstraße 108", "28215", "Bremen", Bremen, null, true, true, true, true, new DateOnly(2025, 3, 1), InvolvementRole.NetworkPartner, InvolvementRole.Venue);
        Add("vegesack", "Begegnungsstätte Vegesack", Sector.CivilSociety, OrganisationKind.CommunityCentre,
            "Gerhard-Rohlfs-Straße 62", "28757", "Bremen", Bremen, null, true, true, false, false, new DateOnly(2025, 3, 1), InvolvementRole.NetworkPartner, InvolvementRole.Venue);
        Add("huchting", "Begegnungsstätte Huchting", Sector.CivilSociety, OrganisationKind.CommunityCentre,
            "Amersfoorter Straße 8", "28259", "Bremen", Bremen, null, true, false, false, false, new DateOnly(2025, 5, 1), InvolvementRole.NetworkPartner, InvolvementRole.Venue);
        Add("lehe", "Seniorentreff Lehe", Sector.CivilSociety, OrganisationKind.CommunityCentre,
            "Hafenstraße 126", "27576", "Bremerhaven", Bremerhaven, null, true, true, true, false, new DateOnly(2025, 4, 1), InvolvementRole.NetworkPartner, InvolvementRole.Venue);
        Add("geestemuende", "Begegnungsstätte Geestemünde", Sector.CivilSociety, OrganisationKind.CommunityCentre,
            "Georgstraße 45", "27570", "Bremerhaven", Bremerhaven, null, true, true, true, true, new DateOnly(2025, 6, 1), InvolvementRole.NetworkPartner, InvolvementRole.Venue);
        Add("bibliothek-hb", "Stadtbibliothek Bremen – Zentralbibliothek", Sector.Administration, OrganisationKind.Library,
            "Am Wall 201", "28195", "Bremen", Bremen, "https://www.example.org/stabi-bremen", true, true, true, true, new DateOnly(2025, 2, 1), InvolvementRole.NetworkPartner, InvolvementRole.Venue);
        Add("bibliothek-bhv", "Stadtbibliothek Bremerhaven", Sector.Administration, OrganisationKind.Library,
            "Bürgermeister-Smidt-Straße 10", "27568", "Bremerhaven", Bremerhaven, null, true, true, true, false, new DateOnly(2025, 6, 15), InvolvementRole.NetworkPartner, InvolvementRole.Venue);
        Add("lotsen", "Digital-Lotsen Bremen e. V.", Sector.CivilSociety, OrganisationKind.Association,
            "Contrescarpe 45", "28195", "Bremen", Bremen, "https://www.example.org/digital-lotsen", false, false, false, false, start, InvolvementRole.NetworkPartner, InvolvementRole.Multiplier);
        Add("seniorenhilfe", "Wohlfahrtsverband Seniorenhilfe Bremen", Sector.CivilSociety, OrganisationKind.WelfareOrganisation,
            "Doventorsteinweg 48", "28195", "Bremen", Bremen, null, false, true, true, false, new DateOnly(2025, 2, 1), InvolvementRole.NetworkPartner);
        Add("nachbarschaft", "Nachbarschaftshilfe Bremerhaven e. V.", Sector.CivilSociety, OrganisationKind.Association,
            "Lutherstraße 7", "27576", "Bremerhaven", Bremerhaven, null, false, false, false, false, new DateOnly(2025, 9, 1), InvolvementRole.NetworkPartner);
        Add("verbraucher", "Verbraucherberatung Bremen", Sector.CivilSociety, OrganisationKind.Association,
            "Altenweg 4", "28195", "Bremen", Bremen, "https://www.example.org/verbraucher", false, true, true, false, new DateOnly(2025, 4, 1), InvolvementRole.Multiplier);
        Add("seniorenvertretung", "Seniorenvertretung Bremen", Sector.Politics, OrganisationKind.Other,
            "Bahnhofsplatz 29", "28195", "Bremen", Bremen, null, false, true, true, false, start, InvolvementRole.Multiplier);
        Add("radio", "Lokalradio Weser-Welle", Sector.Media, OrganisationKind.Company,
            "Am Speicher XI 1", "28217", "Bremen", Bremen, null, false, true, false, false, new DateOnly(2025, 5, 1), InvolvementRole.Multiplier);
        Add("bank", "Bürgerbank Bremen – Filiale Vahr", Sector.Business, OrganisationKind.Company,
            "Berliner Freiheit 10", "28327", "Bremen", Bremen, null, false, true, false, false, new DateOnly(2025, 10, 1), InvolvementRole.NetworkPartner);
        Add("lilienthal", "Gemeinde Lilienthal – Seniorenbüro", Sector.Administration, OrganisationKind.MunicipalAdministration,
            "Klosterstraße 16", "28865", "Lilienthal", Lilienthal, null, true, true, true, false, new DateOnly(2025, 11, 1), InvolvementRole.NetworkPartner, InvolvementRole.Venue);
        db.Organisations.AddRange(organisations.Values);

        var network = new Network(Guid.CreateVersion7(), lab.Id, NetworkName,
            "Netzwerk von Organisationen, die mit Seniorinnen und Senioren arbeiten und ihnen den Einstieg in die digitale Welt erleichtern: Smartphone-Kurse, Sprechstunden, Vorträge zu Online-Shopping und Online-Banking. (Demodaten: Das echte Netzwerk hat rund 40 Partner; hier ist eine erfundene Auswahl.)",
            now);
        foreach (var (key, organisation) in organisations.Where(o => o.Value.Involvements.Any(i => i.Role == InvolvementRole.NetworkPartner)))
        {
            var joined = organisation.Involvements.Min(i => i.Since);
            network.Join(organisation.Id, joined, key == "bank" ? new DateOnly(2026, 3, 31) : null);
        }

        network.Join(organisations["radio"].Id, new DateOnly(2025, 5, 1), new DateOnly(2025, 12, 31));
        db.Networks.Add(network);

        var phone = (string number) => $"Telefon {number} (Demo-Nummer)";
        void Offer(string organisation, string title, string description, SupportOfferKind kind, string audience, OfferLocation location, string? venue,
            string schedule, Recurrence? recurrence, decimal? fee, string contact, bool published = true) =>
            db.SupportOffers.Add(new SupportOffer(Guid.CreateVersion7(), lab.Id, new SupportOfferDetails(
                organisations[organisation].Id, title, description, kind, audience, location, venue is null ? null : organisations[venue].Id,
                schedule, recurrence, fee is null, fee, contact, published), now));

        Offer("findorff", "Smartphone-Sprechstunde",
            "Sie haben ein Smartphone und kommen damit nicht zurecht? Bringen Sie Ihr Gerät mit. Ehrenamtliche helfen Ihnen in Ruhe, Schritt für Schritt. Sie brauchen keine Vorkenntnisse.",
            SupportOfferKind.ConsultationHour, "Ältere Menschen ohne Vorkenntnisse", OfferLocation.Venue, "findorff",
            "dienstags von 10 bis 12 Uhr, ohne Anmeldung", Recurrence.Weekly, null, phone("0421 0000-101"));
        Offer("vegesack", "Smartphone-Kurs für Einsteigerinnen und Einsteiger",
            "In vier Treffen lernen Sie die Grundlagen: anrufen, Nachrichten schreiben, Fotos machen und verschicken. Höchstens acht Personen, damit genug Zeit für Fragen bleibt.",
            SupportOfferKind.Course, "Seniorinnen und Senioren, die ein Smartphone neu haben", OfferLocation.Venue, "vegesack",
            "4 Termine, jeweils donnerstags von 14 bis 16 Uhr", Recurrence.Weekly, 20m, phone("0421 0000-102") + ", Anmeldung nötig");
        Offer("verbraucher", "Vortrag: Sicher einkaufen im Internet",
            "Wie erkenne ich einen seriösen Online-Shop? Wie bezahle ich sicher? Was tue ich, wenn etwas schiefgeht? Ein Vortrag mit vielen Beispielen und Zeit für Ihre Fragen.",
            SupportOfferKind.Course, "Alle, die im Internet einkaufen möchten", OfferLocation.Venue, "bibliothek-hb",
            "am ersten Mittwoch im Monat, 15 bis 16:30 Uhr", Recurrence.Monthly, null, phone("0421 0000-103"));
        Offer("bank", "Vortrag: Online-Banking ohne Angst",
            "Überweisen, Kontostand ansehen, Betrug erkennen: Wir zeigen Ihnen am großen Bildschirm, wie Online-Banking funktioniert und worauf Sie achten müssen.",
            SupportOfferKind.Course, "Ältere Menschen mit eigenem Girokonto", OfferLocation.Venue, "findorff",
            "Donnerstag, 12. Februar, 10 bis 11:30 Uhr", null, null, phone("0421 0000-104"), published: false);
        Offer("bibliothek-hb", "Tablets zum Ausleihen",
            "Sie möchten ausprobieren, ob ein Tablet etwas für Sie ist? Leihen Sie ein vorbereitetes Gerät mit großer Schrift für zwei Wochen aus. Sie brauchen nur Ihren Bibliotheksausweis.",
            SupportOfferKind.DeviceLending, "Alle mit Bibliotheksausweis", OfferLocation.Venue, "bibliothek-hb",
            "zu den Öffnungszeiten der Bibliothek", null, null, phone("0421 0000-105"));
        Offer("lotsen", "Digital-Telefon: Hilfe am Telefon",
            "Sie haben eine Frage zu Handy, Tablet oder Computer? Rufen Sie an. Wir erklären es Ihnen in Ruhe am Telefon.",
            SupportOfferKind.HelpLine, "Ältere Menschen in Bremen und Bremerhaven", OfferLocation.Phone, null,
            "montags bis freitags von 9 bis 12 Uhr", Recurrence.Weekly, null, phone("0421 0000-106"));
        Offer("lotsen", "Digital-Lotsen kommen zu Ihnen nach Hause",
            "Sie können nicht gut aus dem Haus? Eine Digital-Lotsin oder ein Digital-Lotse besucht Sie und hilft Ihnen mit Ihrem eigenen Gerät.",
            SupportOfferKind.HomeVisit, "Ältere Menschen, die nicht mobil sind", OfferLocation.Home, null,
            "nach Vereinbarung", null, null, phone("0421 0000-106"));
        Offer("lehe", "Smartphone-Treff Lehe",
            "Gemeinsam üben und Fragen stellen: Beim Treff helfen sich Seniorinnen und Senioren gegenseitig, begleitet von Ehrenamtlichen.",
            SupportOfferKind.ConsultationHour, "Seniorinnen und Senioren mit etwas Erfahrung", OfferLocation.Venue, "lehe",
            "jeden zweiten Montag, 15 bis 17 Uhr", Recurrence.Fortnightly, null, phone("0471 0000-201"));
        Offer("geestemuende", "Tablet-Kurs Geestemünde",
            "In drei Treffen lernen Sie, mit dem Tablet Nachrichten zu lesen, Videos anzusehen und mit der Familie zu telefonieren.",
            SupportOfferKind.Course, "Einsteigerinnen und Einsteiger", OfferLocation.Venue, "geestemuende",
            "3 Termine, mittwochs von 10 bis 12 Uhr", Recurrence.Weekly, 15m, phone("0471 0000-202") + ", Anmeldung nötig");
        Offer("nachbarschaft", "Videotelefonie mit der Familie",
            "Wir zeigen Ihnen in einer kleinen Online-Runde, wie Sie Ihre Enkel per Video anrufen. Den Zugang schicken wir Ihnen per Post oder E-Mail.",
            SupportOfferKind.Course, "Großeltern und alle, die per Video telefonieren möchten", OfferLocation.Online, null,
            "am letzten Freitag im Monat, 16 Uhr", Recurrence.Monthly, null, phone("0471 0000-203"));
        Offer("bibliothek-bhv", "Geräteverleih: Smartphone und Tablet",
            "Leihen Sie ein Smartphone oder Tablet für drei Wochen aus und probieren Sie es zu Hause in Ruhe aus.",
            SupportOfferKind.DeviceLending, "Alle mit Bibliotheksausweis", OfferLocation.Venue, "bibliothek-bhv",
            "zu den Öffnungszeiten der Bibliothek", null, null, phone("0471 0000-204"));
        Offer("lilienthal", "Digitale Sprechstunde im Rathaus",
            "Hilfe bei Online-Anträgen der Gemeinde, beim Termin buchen und bei E-Mails. Bringen Sie gern Ihr Gerät mit.",
            SupportOfferKind.ConsultationHour, "Bürgerinnen und Bürger ab 65 Jahren", OfferLocation.Venue, "lilienthal",
            "jeden ersten Donnerstag im Monat, 9 bis 11 Uhr", Recurrence.Monthly, null, phone("04298 0000-301"));

        db.ContactPersons.AddRange(
            new ContactPerson(Guid.CreateVersion7(), organisations["findorff"].Id, new ContactPersonDetails(
                "Erika Mustermann (Demo)", "Leitung der Begegnungsstätte", "erika.mustermann@example.org", "0421 0000-110", ContactChannel.Email,
                LegalBasis.Consent, new DateOnly(2025, 3, 1), "Absprache von Kursen und Sprechstunden im Netzwerk Digitalambulanzen"), now, null),
            new ContactPerson(Guid.CreateVersion7(), organisations["lotsen"].Id, new ContactPersonDetails(
                "Max Mustermann (Demo)", "Koordination Ehrenamt", null, "0421 0000-111", ContactChannel.Phone,
                LegalBasis.LegitimateInterest, new DateOnly(2025, 1, 15), "Einsatzplanung der Digital-Lotsen"), now, null),
            new ContactPerson(Guid.CreateVersion7(), organisations["lehe"].Id, new ContactPersonDetails(
                "Erika Musterfrau (Demo)", "Seniorentreff, Ehrenamt", "erika.musterfrau@example.org", null, ContactChannel.Email,
                LegalBasis.Consent, new DateOnly(2025, 4, 1), "Einladungen zu Netzwerktreffen"), now, null));

        await db.SaveChangesAsync(cancellationToken);
    }
}
