using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Contracts;
using LaborPlattform.Shared.Demo;
using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Workshops.Contracts;

namespace LaborPlattform.Workshops.Demo;

/// <summary>
/// Half a year of events of the demo lab Bremen/Bremerhaven, as the source document describes its work: smartphone
/// courses and a consultation hour in community centres, talks on online shopping and online banking, digital
/// consultation hours, network meetings of the Digitalambulanzen, a co-creation workshop for the seniors' homepage.
/// Dates lie three months before and after today (the platform clock), so the public calendar always has coming
/// events; past dates have outcomes (counts only), a few are deliberately still waiting for theirs. Venues and
/// organisations are the Stakeholders module's demo data (run after it, Order 50). All figures are invented.
/// </summary>
internal sealed class WorkshopsDemoData(WorkshopsDbContext db, ISender sender, TimeProvider time) : IDemoDataSeeder
{
    public const string LabSlug = "bremen-bremerhaven";
    public const string CourseTitle = "Smartphone-Kurs für Einsteigerinnen und Einsteiger";
    public const string ConsultationTitle = "Smartphone-Sprechstunde in Findorff";
    public const string CoCreationTitle = "Co-Creation-Workshop: Unsere Homepage für Seniorinnen und Senioren";

    private readonly Random _random = new(2026);
    private DateTimeOffset _now;
    private DateOnly _today;
    private Guid _labId;
    private IReadOnlyList<VenueDto> _venues = [];
    private IReadOnlyList<OrganisationSummary> _organisations = [];
    private IReadOnlyList<SubProjectSummary> _subProjects = [];

    public int Order => 50;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lab = await sender.Send(new GetLabBySlug(LabSlug), cancellationToken);
        if (lab is null || await db.Workshops.AnyAsync(w => w.LabId == lab.Id, cancellationToken))
        {
            return;
        }

        _labId = lab.Id;
        _now = time.GetUtcNow();
        _today = Berlin.Today(time);
        _venues = await sender.Send(new GetVenues(lab.Id), cancellationToken);
        _organisations = await sender.Send(new GetLabOrganisations(lab.Id), cancellationToken);
        _subProjects = await sender.Send(new GetLabSubProjects(lab.Id), cancellationToken);

        Courses();
        ConsultationHours();
        Talks();
        NetworkMeetings();
        CoCreation();
        OnlineAndDialogue();
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Courses()
    {
        var courses = SubProject("Smartphone-Schulungen");
        var first = On(_today.AddDays(-84), DayOfWeek.Tuesday);
        var findorff = Add(Details(
            CourseTitle, WorkshopFormats.Course, first, new(10, 0), new(12, 0), "FREQ=WEEKLY;COUNT=8", [],
            VenueOf("Begegnungsstätte Findorff"),
            "In acht Treffen lernen Sie Ihr Smartphone kennen: anrufen, Nachrichten schreiben, Fotos machen und verschicken. Wir üben in kleinen Gruppen mit Ihrem eigenen Gerät. Sie brauchen keine Vorkenntnisse.",
            registration: "Bitte melden Sie sich an: Telefon 0421 0000-101 (Demo-Nummer). Bringen Sie Ihr Smartphone mit.",
            capacity: 8, methods: ["Üben am eigenen Gerät", "Kleingruppenarbeit"], organisers: ["Begegnungsstätte Findorff"], facilitators: ["Digital-Lotsen Bremen"],
            subProject: courses?.Id, accessibility: "Handouts in großer Schrift. Leihgeräte auf Nachfrage."));
        var dates = findorff.Occurrences.OrderBy(o => o.StartsAt).ToList();
        foreach (var date in dates.Where(d => d.StartsAt < _now).SkipLast(1))
        {
            var total = _random.Next(6, 9);
            date.LogOutcome(Counts(total, seniors: true, firstTime: _random.Next(1, 4), ideas: 0, organisations: ["Begegnungsstätte Findorff", "Digital-Lotsen Bremen"],
                minutes: "Geübt: Kontakte anlegen, Fotos verschicken. Viele Fragen zu WhatsApp."), LoggedAt(date, 3));
        }

        var indicator = courses?.Indicators.FirstOrDefault(i => i.Name.StartsWith("Kursteilnahmen 70", StringComparison.Ordinal) && i.Kind == IndicatorKinds.Cumulative);
        var vegesackStart = On(_today.AddDays(10), DayOfWeek.Thursday);
        Add(Details(
            "Smartphone-Kurs in Vegesack", WorkshopFormats.Course, vegesackStart, new(14, 0), new(16, 0), $"FREQ=WEEKLY;UNTIL={Until(vegesackStart.AddDays(35))}",
            [new ExceptionPeriod(vegesackStart.AddDays(14), vegesackStart.AddDays(20), "Betriebsferien der Begegnungsstätte")],
            VenueOf("Begegnungsstätte Vegesack"),
            "Ein Kurs für alle, die ein Smartphone neu haben: Wir erklären die wichtigsten Dinge Schritt für Schritt und in Ruhe. Höchstens acht Personen, damit genug Zeit für Ihre Fragen bleibt.",
            registration: "Anmeldung nötig: Telefon 0421 0000-102 (Demo-Nummer). Kosten: 20 Euro für alle Termine.",
            capacity: 8, methods: ["Üben am eigenen Gerät"], organisers: ["Begegnungsstätte Vegesack"], facilitators: ["Digital-Lotsen Bremen"],
            subProject: courses?.Id, indicator: indicator is null ? null : new IndicatorLink(indicator.Id, IndicatorFigure.Participants70Plus),
            accessibility: "Der Kursraum ist im Erdgeschoss und ohne Stufen erreichbar."));
    }

    private void ConsultationHours()
    {
        var first = On(_today.AddDays(-70), DayOfWeek.Wednesday);
        var last = _today.AddDays(90);
        var pause = On(_today.AddDays(40), DayOfWeek.Monday);
        var findorff = Add(Details(
            ConsultationTitle, WorkshopFormats.ConsultationHour, first, new(10, 0), new(12, 0), $"FREQ=WEEKLY;BYDAY=WE;UNTIL={Until(last)}",
            [new ExceptionPeriod(pause, pause.AddDays(13), "Sommerpause")],
            VenueOf("Begegnungsstätte Findorff"),
            "Sie haben ein Smartphone oder Tablet und kommen damit nicht zurecht? Bringen Sie Ihr Gerät mit. Ehrenamtliche helfen Ihnen in Ruhe, Schritt für Schritt.",
            registration: "Ohne Anmeldung. Kommen Sie einfach vorbei.",
            capacity: null, methods: ["Üben am eigenen Gerät"], organisers: ["Begegnungsstätte Findorff"], facilitators: ["Digital-Lotsen Bremen"],
            subProject: SubProject("Smartphone-Schulungen")?.Id));
        var dates = findorff.Occurrences.OrderBy(o => o.StartsAt).ToList();
        foreach (var date in dates.Where(d => d.StartsAt < _now))
        {
            if (date == dates.Where(d => d.StartsAt < _now).Last())
            {
                continue;
            }

            var total = _random.Next(3, 8);
            date.LogOutcome(Counts(total, seniors: true, firstTime: _random.Next(0, 3), sectors: _random.Next(2) == 0), LoggedAt(date, 2));
        }

        var coming = dates.Where(d => d.StartsAt > _now).ToList();
        coming[1].Cancel("Die Ehrenamtlichen sind an diesem Tag auf einer Fortbildung. Nächste Woche sind sie wieder da.", _now);
        var moved = coming[3];
        moved.Move(moved.StartsAt.AddDays(1).AddHours(4), moved.EndsAt.AddDays(1).AddHours(4), _now);

        var lilienthal = On(FirstOfMonth(_today.AddMonths(-2)), DayOfWeek.Thursday);
        var rathaus = Add(Details(
            "Digitale Sprechstunde im Rathaus Lilienthal", WorkshopFormats.ConsultationHour, lilienthal, new(9, 0), new(11, 0), "FREQ=MONTHLY;BYDAY=1TH;COUNT=6", [],
            VenueOf("Gemeinde Lilienthal"),
            "Hilfe bei Online-Anträgen der Gemeinde, beim Termin buchen und bei E-Mails. Bringen Sie gern Ihr eigenes Gerät mit.",
            registration: "Ohne Anmeldung.", capacity: null, methods: [], organisers: ["Gemeinde Lilienthal"], facilitators: []));
        foreach (var date in rathaus.Occurrences.Where(d => d.StartsAt < _now))
        {
            date.LogOutcome(Counts(_random.Next(4, 10), seniors: true, firstTime: _random.Next(0, 3)), LoggedAt(date, 2));
        }
    }

    private void Talks()
    {
        var shopping = On(FirstOfMonth(_today.AddMonths(-2)), DayOfWeek.Wednesday);
        var talks = Add(Details(
            "Vortrag: Sicher einkaufen im Internet", WorkshopFormats.Talk, shopping, new(15, 0), new(16, 30), "FREQ=MONTHLY;BYDAY=1WE;COUNT=5", [],
            VenueOf("Stadtbibliothek Bremen"),
            "Wie erkenne ich einen seriösen Online-Shop? Wie bezahle ich sicher? Was tue ich, wenn etwas schiefgeht? Ein Vortrag mit vielen Beispielen und Zeit für Ihre Fragen.",
            registration: "Ohne Anmeldung. Der Eintritt ist frei.", capacity: 40, methods: ["Vortrag mit Fragerunde"], organisers: ["Verbraucherberatung Bremen"],
            facilitators: ["Verbraucherberatung Bremen"], subProject: SubProject("Smartphone-Schulungen")?.Id,
            accessibility: "Der Vortrag wird auf eine große Leinwand übertragen. Eine Höranlage ist vorhanden."));
        foreach (var date in talks.Occurrences.Where(d => d.StartsAt < _now))
        {
            date.LogOutcome(Counts(_random.Next(18, 32), seniors: true, firstTime: 0, ideas: 0, sectors: true, organisations: ["Verbraucherberatung Bremen"]), LoggedAt(date, 2));
        }

        var lehe = Add(Details(
            "Vortrag: Online-Banking ohne Angst", WorkshopFormats.Talk, _today.AddDays(-20), new(10, 0), new(11, 30), null, [],
            VenueOf("Seniorentreff Lehe"),
            "Überweisen, Kontostand ansehen, Betrug erkennen: Wir zeigen Ihnen am großen Bildschirm, wie Online-Banking funktioniert und worauf Sie achten müssen.",
            registration: "Ohne Anmeldung.", capacity: 30, methods: ["Vortrag mit Fragerunde"], organisers: ["Seniorentreff Lehe"], facilitators: ["Bürgerbank Bremen"]));
        lehe.Occurrences[0].LogOutcome(Counts(23, seniors: true, firstTime: 2, organisations: ["Seniorentreff Lehe", "Bürgerbank Bremen"],
            decisions: ["Den Vortrag im Herbst in Geestemünde wiederholen"], minutes: "Großes Interesse an Sicherheitsfragen (TAN-Verfahren, Phishing)."), LoggedAt(lehe.Occurrences[0], 2));

        Add(Details(
            "Vortrag: Online-Banking ohne Angst", WorkshopFormats.Talk, _today.AddDays(24), new(10, 0), new(11, 30), null, [],
            VenueOf("Begegnungsstätte Geestemünde"),
            "Überweisen, Kontostand ansehen, Betrug erkennen: Wir zeigen Ihnen am großen Bildschirm, wie Online-Banking funktioniert und worauf Sie achten müssen.",
            registration: "Ohne Anmeldung.", capacity: 30, methods: ["Vortrag mit Fragerunde"], organisers: ["Begegnungsstätte Geestemünde"], facilitators: ["Bürgerbank Bremen"],
            accessibility: "Zugang ohne Stufen, Höranlage vorhanden."));
    }

    private void NetworkMeetings()
    {
        var network = SubProject("Netzwerk Digitalambulanzen")?.Id;
        var senatorin = new Venue(VenueKind.Address, null, "Senatorin für Soziales, Sitzungsraum 2", "Bahnhofsplatz 29", "28195", "Bremen", "04011000", string.Empty, null, null, null);
        var past = Add(Details(
            "Netzwerktreffen Digitalambulanzen", WorkshopFormats.NetworkMeeting, _today.AddDays(-40), new(14, 0), new(16, 30), null, [], senatorin,
            "Treffen der Partnerorganisationen: Erfahrungen aus den Kursen, Planung des nächsten Halbjahres.",
            registration: "Einladung an die Partnerorganisationen.", capacity: null, methods: ["World Café"], organisers: ["Senatorin für Soziales"], facilitators: ["Hochschule Bremen"],
            subProject: network, isPublic: false));
        var orgs = new[] { "Senatorin für Soziales", "Magistrat Bremerhaven", "Begegnungsstätte Findorff", "Begegnungsstätte Vegesack", "Seniorentreff Lehe", "Digital-Lotsen Bremen", "Stadtbibliothek Bremen", "Wohlfahrtsverband Seniorenhilfe", "Seniorenvertretung Bremen" };
        past.Occurrences[0].LogOutcome(
            new Outcome(24, new AgeBandFigures(2, 9, 10, 3), new SectorFigures(7, 14, 2, 1, 0, 0), null, OrganisationIds(orgs), 12,
                ["Kursprogramm für das nächste Halbjahr: Schwerpunkt Online-Banking", "Gemeinsamer Veranstaltungskalender auf der Homepage"],
                FollowUps(("Terminliste der Kurse an die Homepage-Redaktion schicken", "Begegnungsstätte Findorff", 14), ("Ersatz für die Referentin Online-Banking suchen", "Verbraucherberatung Bremen", 30)),
                "Zwölf Ideen für neue Angebote gesammelt (World Café). Wunsch nach mehr Übungsterminen zwischen den Kursen."),
            LoggedAt(past.Occurrences[0], 3));

        Add(Details(
            "Netzwerktreffen Digitalambulanzen (online)", WorkshopFormats.NetworkMeeting, _today.AddDays(35), new(15, 0), new(16, 30), null, [],
            Venue.Online("https://konferenz.example.org/digitalambulanzen"),
            "Kurzes Online-Treffen der Partnerorganisationen: Stand der Kurse und der Homepage.",
            registration: "Einladung an die Partnerorganisationen.", capacity: null, methods: [], organisers: ["Senatorin für Soziales"], facilitators: [],
            subProject: network, isPublic: false));
    }

    private void CoCreation()
    {
        var homepage = SubProject("Homepage")?.Id;
        var workshop = Add(Details(
            CoCreationTitle, WorkshopFormats.CoCreationWorkshop, On(_today.AddDays(-55), DayOfWeek.Saturday), new(10, 0), new(15, 0), null, [],
            VenueOf("Stadtbibliothek Bremen"),
            "Wie soll die Homepage aussehen, auf der Sie Kurse und Hilfe finden? Das wollen wir mit Ihnen gemeinsam herausfinden. Ihre Meinung ist uns wichtig, auch wenn Sie selten im Internet sind.",
            registration: "Bitte melden Sie sich an: Telefon 0421 0000-105 (Demo-Nummer). Für Mittagessen ist gesorgt.",
            capacity: 35, methods: ["Design Thinking", "World Café"], organisers: ["Senatorin für Soziales", "Stadtbibliothek Bremen"], facilitators: ["Hochschule Bremen"],
            subProject: homepage, accessibility: "Gebärdensprachdolmetschung auf Anfrage bis eine Woche vorher."));
        workshop.Occurrences[0].LogOutcome(
            new Outcome(31, new AgeBandFigures(3, 4, 9, 15), new SectorFigures(5, 8, 1, 3, 0, 14), 4,
                OrganisationIds(["Senatorin für Soziales", "Stadtbibliothek Bremen", "Hochschule Bremen", "Seniorenvertretung Bremen", "Digital-Lotsen Bremen"]), 47,
                ["Große Schrift und wenige Menüpunkte", "Der Veranstaltungskalender steht auf der Startseite", "Eine Telefonnummer für Hilfe auf jeder Seite"],
                FollowUps(("Klickbaren Entwurf der Startseite erstellen", "Hochschule Bremen", 21), ("Testgruppe für den Prototyp einladen", "Seniorenvertretung Bremen", 35)),
                "Drei Gruppen haben Startseiten auf Papier entworfen. Wichtigster Wunsch: alles auf einen Blick, nichts versteckt."),
            LoggedAt(workshop.Occurrences[0], 6));

        Add(Details(
            "Die neue Homepage ausprobieren", WorkshopFormats.CoCreationWorkshop, _today.AddDays(17), new(10, 0), new(12, 30), null, [],
            VenueOf("Stadtbibliothek Bremerhaven"),
            "Wir haben die Homepage nach Ihren Wünschen entworfen. Jetzt probieren Sie sie aus und sagen uns, was noch schwierig ist. Geräte sind vorhanden.",
            registration: "Bitte melden Sie sich an: Telefon 0471 0000-204 (Demo-Nummer).", capacity: 15, methods: ["Design Thinking"],
            organisers: ["Stadtbibliothek Bremerhaven"], facilitators: ["Hochschule Bremen"], subProject: homepage));
    }

    private void OnlineAndDialogue()
    {
        var video = On(LastOfMonth(_today.AddMonths(-2)).AddDays(-6), DayOfWeek.Friday);
        var online = Add(Details(
            "Videotelefonie mit der Familie", WorkshopFormats.Course, video, new(16, 0), new(17, 0), "FREQ=MONTHLY;BYDAY=-1FR;COUNT=5", [],
            Venue.Online("https://konferenz.example.org/videotelefonie"),
            "Wir zeigen Ihnen in einer kleinen Online-Runde, wie Sie Ihre Enkel per Video anrufen. Den Zugang schicken wir Ihnen vorher per Post oder E-Mail.",
            registration: "Anmeldung: Telefon 0471 0000-203 (Demo-Nummer).", capacity: 10, methods: ["Üben am eigenen Gerät"], organisers: ["Nachbarschaftshilfe Bremerhaven"], facilitators: []));
        foreach (var date in online.Occurrences.Where(d => d.StartsAt < _now))
        {
            date.LogOutcome(Counts(_random.Next(4, 9), seniors: true, firstTime: _random.Next(1, 4)), LoggedAt(date, 1));
        }

        Add(Details(
            "Seminar: Digitale Teilhabe im Alter", WorkshopFormats.Seminar, _today.AddDays(45), new(14, 15), new(15, 45), null, [],
            new Venue(VenueKind.Address, null, "Hochschule Bremen, Raum SI 115", "Neustadtswall 30", "28199", "Bremen", "04011000", string.Empty, null, null, null),
            "Studierende der Sozialen Arbeit stellen vor, was sie in den Begegnungsstätten beobachtet haben. Gäste sind willkommen.",
            registration: "Ohne Anmeldung.", capacity: 60, methods: ["Vortrag mit Fragerunde"], organisers: ["Hochschule Bremen"], facilitators: ["Hochschule Bremen"]));

        Add(Details(
            "Bürgerdialog: Digitale Verwaltung in Bremerhaven", WorkshopFormats.CitizenDialogue, _today.AddDays(52), new(18, 0), new(20, 0), null, [],
            VenueOf("Stadtbibliothek Bremerhaven"),
            "Welche Dienste der Stadt möchten Sie online erledigen, und wo brauchen Sie Hilfe? Die Verwaltung hört zu und beantwortet Ihre Fragen.",
            registration: "Ohne Anmeldung. Der Eintritt ist frei.", capacity: 80, methods: ["Fishbowl"], organisers: ["Magistrat Bremerhaven"], facilitators: ["Hochschule Bremen"],
            accessibility: "Eine Höranlage ist vorhanden."));
    }

    private Workshop Add(WorkshopDetails details)
    {
        var dates = Schedule.Expand(LocalTimes.ToLocal(details.StartsAt), LocalTimes.ToLocal(details.EndsAt), details.RecurrenceRule, details.Exceptions);
        var workshop = new Workshop(Guid.CreateVersion7(), _labId, details, dates, _now);
        db.Workshops.Add(workshop);
        return workshop;
    }

    private WorkshopDetails Details(
        string title, string format, DateOnly day, TimeOnly start, TimeOnly end, string? rule, IReadOnlyList<ExceptionPeriod> exceptions, Venue venue, string description,
        string registration, int? capacity, IReadOnlyList<string> methods, IReadOnlyList<string> organisers, IReadOnlyList<string> facilitators,
        Guid? subProject = null, IndicatorLink? indicator = null, string accessibility = "", bool isPublic = true) =>
        new(title, format, methods, subProject, Berlin.ToInstant(day, start), Berlin.ToInstant(day, end), rule is null ? null : Schedule.NormaliseRule(rule), exceptions, venue,
            OrganisationIds(organisers), OrganisationIds(facilitators), isPublic, description, capacity, registration, accessibility, indicator);

    private Outcome Counts(int total, bool seniors, int? firstTime = null, int ideas = 0, bool sectors = false, IReadOnlyList<string>? organisations = null,
        IReadOnlyList<string>? decisions = null, string minutes = "")
    {
        var old = seniors ? (int)Math.Round(total * 0.6) : total / 4;
        var middle = Math.Max(0, total - old - 2);
        var ages = new AgeBandFigures(0, Math.Min(1, total - old - middle), middle, old);
        var bySector = sectors ? new SectorFigures(0, Math.Min(2, total / 5), 0, 0, 0, total - Math.Min(2, total / 5)) : null;
        return new Outcome(total, ages, bySector, firstTime, OrganisationIds(organisations ?? []), ideas, decisions ?? [], [], minutes);
    }

    private List<FollowUp> FollowUps(params (string Task, string Owner, int Days)[] items) =>
        items.Select(i => (i, OrganisationIds([i.Owner]))).Where(x => x.Item2.Count == 1)
            .Select(x => new FollowUp(x.i.Task, x.Item2[0], _today.AddDays(x.i.Days))).ToList();

    private List<Guid> OrganisationIds(IEnumerable<string> names) =>
        names.Select(n => _organisations.FirstOrDefault(o => o.Name.StartsWith(n, StringComparison.Ordinal))?.Id).OfType<Guid>().Distinct().ToList();

    private Venue VenueOf(string name)
    {
        var venue = _venues.FirstOrDefault(v => v.Name.StartsWith(name, StringComparison.Ordinal));
        return venue is null
            ? new Venue(VenueKind.Address, null, name, "Am Markt 1", "28195", "Bremen", "04011000", string.Empty, null, null, null)
            : new Venue(VenueKind.Organisation, venue.Id, venue.Name, venue.Street, venue.PostalCode, venue.City, venue.MunicipalityKey, string.Empty, venue.StepFreeAccess, venue.AccessibleToilet, venue.HearingLoop);
    }

    /// <summary>When a demo outcome was logged: some hours after the start, but never later than now.</summary>
    private DateTimeOffset LoggedAt(Occurrence date, int hours) => date.StartsAt.AddHours(hours) < _now ? date.StartsAt.AddHours(hours) : _now;

    private SubProjectSummary? SubProject(string titleStart) => _subProjects.FirstOrDefault(s => s.Title.StartsWith(titleStart, StringComparison.Ordinal));

    private static DateOnly On(DateOnly from, DayOfWeek day) => from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7);

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly LastOfMonth(DateOnly day) => FirstOfMonth(day).AddMonths(1).AddDays(-1);

    private static string Until(DateOnly day) => day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
}
