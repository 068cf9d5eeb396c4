using LaborPlattform.Labs.Contracts;
using LaborPlattform.Shared.Demo;
using LaborPlattform.Stakeholders.Contracts;

namespace LaborPlattform.Projects.Demo;

/// <summary>
/// The demo lab's sub-projects from the source document: the network "Digitalambulanzen" (about 40 partner
/// organisations), smartphone courses and talks in community centres, and the homepage with support offers and an
/// event calendar; plus one small, clearly invented sub-project in another demo lab. Dates are placed relative to
/// today so the dashboard always has recent updates, one overdue milestone and an indicator on its way to its
/// target ("Kursteilnahmen 70+", target 300). Figures beyond the source are illustrative.
/// </summary>
internal sealed class ProjectsDemoData(ProjectsDbContext db, ISender sender, TimeProvider time) : IDemoDataSeeder
{
    public const string BremenSlug = "bremen-bremerhaven";
    public const string NordhessenSlug = "demo-labor-nordhessen";
    public const string CoursesTitle = "Smartphone-Schulungen in Begegnungsstätten";
    public const string NetworkTitle = "Netzwerk Digitalambulanzen";
    public const string HomepageTitle = "Homepage mit Unterstützungsangeboten und Veranstaltungskalender";

    private static readonly Actor Coordinator = new(null, "Kim Koordination (Demo)");
    private static readonly Actor Staff = new(null, "Sam Sachbearbeitung (Demo)");

    private DateOnly _today;

    // After the Stakeholders demo data (30): demo sub-projects name responsible organisations of the demo lab.
    public int Order => 40;

    private List<Guid> _networkOrganisations = [];

    private List<Guid> _courseOrganisations = [];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var bremen = await sender.Send(new GetLabBySlug(BremenSlug), cancellationToken);
        if (bremen is null || await db.SubProjects.AnyAsync(s => s.LabId == bremen.Id, cancellationToken))
        {
            return;
        }

        _today = Berlin.Today(time);
        var themes = (await sender.Send(new GetThemes(), cancellationToken)).ToDictionary(t => t.Key, t => t.Id);
        var organisations = await sender.Send(new GetLabOrganisations(bremen.Id), cancellationToken);
        _networkOrganisations = organisations.Where(o => o.Kind is OrganisationKinds.WelfareOrganisation or OrganisationKinds.Association).Take(3).Select(o => o.Id).ToList();
        _courseOrganisations = organisations.Where(o => o.Kind == OrganisationKinds.CommunityCentre).Take(3).Select(o => o.Id).ToList();
        var start = new DateOnly(_today.Year, _today.Month, 1).AddMonths(-20);
        var end = new[] { bremen.FundingEnd, _today.AddMonths(13) }.Max();

        var network = Network(bremen.Id, themes, start, end);
        var courses = Courses(bremen.Id, themes, start, end);
        var homepage = Homepage(bremen.Id, themes, start);
        var consultations = new SubProject(Guid.CreateVersion7(), bremen.Id, new SubProjectDetails(
            "Digitale Sprechstunden in Bremerhaven",
            "Feste Sprechstunden, in denen Ehrenamtliche bei Fragen zu Smartphone, Tablet und digitalen Verwaltungsleistungen helfen.",
            "In Planung: Räume in zwei Stadtteilbibliotheken sind angefragt.",
            "Erst veröffentlichen, wenn die Räume zugesagt sind.",
            [themes["digital-participation"]],
            ["Senior:innen ab 70"],
            ["04012000"],
            Principles.Participation,
            _today.AddMonths(2),
            end,
            false,
            null,
            []), At(_today.AddDays(-12)), Coordinator);

        db.SubProjects.AddRange(network.SubProject, courses.SubProject, homepage.SubProject, consultations);
        db.ProgressUpdates.AddRange(network.Updates.Concat(courses.Updates).Concat(homepage.Updates));
        db.IndicatorValues.AddRange(network.Values.Concat(courses.Values).Concat(homepage.Values));
        db.LabSettings.Add(new LabSettings(bremen.Id, staffMayPostProgressUpdates: true, At(start)));

        if (await sender.Send(new GetLabBySlug(NordhessenSlug), cancellationToken) is { } nordhessen)
        {
            var pilots = Pilots(nordhessen.Id, themes);
            db.SubProjects.Add(pilots.SubProject);
            db.ProgressUpdates.AddRange(pilots.Updates);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Seeded Network(Guid labId, Dictionary<string, Guid> themes, DateOnly start, DateOnly end)
    {
        var s = new SubProject(Guid.CreateVersion7(), labId, new SubProjectDetails(
            NetworkTitle,
            "Ein Netzwerk von rund 40 Partnerorganisationen, die mit Seniorinnen und Senioren arbeiten, bündelt Unterstützungsangebote für den Einstieg in die digitale Welt.",
            "Das neu gegründete Netzwerk Digitalambulanzen umfasst jetzt rund 40 Partner:innen. Den Schwerpunkt bilden Akteur:innen, die mit Seniorinnen und Senioren zusammenarbeiten: Begegnungsstätten, Wohlfahrtsverbände, Bibliotheken und Seniorenvertretungen. Das Netzwerk trifft sich vierteljährlich und stimmt seine Angebote ab.",
            "Nächstes Netzwerktreffen: Raum im Bürgerhaus reservieren.",
            [themes["digital-participation"]],
            ["Senior:innen ab 70", "Organisationen der Altenhilfe"],
            ["04011000", "04012000"],
            Principles.Collaboration | Principles.Participation | Principles.OpenCulture,
            start,
            end,
            true,
            "Im Netzwerk Digitalambulanzen arbeiten rund 40 Organisationen zusammen, die ältere Menschen unterstützen. Gemeinsam helfen sie Seniorinnen und Senioren, Smartphone, Internet und digitale Angebote der Stadt sicher zu nutzen.",
            _networkOrganisations), At(start.AddDays(-14)), Coordinator);
        s.ChangeStatus(SubProjectStatus.Running, "Gründungstreffen mit 14 Organisationen hat stattgefunden.", At(start.AddDays(10)), Coordinator);

        Complete(s, s.AddMilestone("Gründungstreffen des Netzwerks", start.AddDays(10)), start.AddDays(10));
        Complete(s, s.AddMilestone("20 Partnerorganisationen im Netzwerk", start.AddMonths(8)), start.AddMonths(7));
        Complete(s, s.AddMilestone("40 Partnerorganisationen im Netzwerk", start.AddMonths(18)), start.AddMonths(19).AddDays(3));
        s.AddMilestone("Netzwerk verstetigt: Förderung über die Altenhilfe gesichert", _today.AddMonths(6));

        var partners = s.AddIndicator(new IndicatorDefinition("Partnerorganisationen im Netzwerk", "Organisationen", IndicatorKind.Snapshot, 0, 40));
        var values = new[] { (1, 14m), (6, 21m), (12, 31m), (19, 41m) }
            .Select(v => s.RecordValue(partners.Id, start.AddMonths(v.Item1), v.Item2, "Mitgliederliste des Netzwerks", null, At(start.AddMonths(v.Item1)), Coordinator, _today))
            .ToList();

        var updates = new List<ProgressUpdate>
        {
            Update(s, start.AddMonths(1), 15, TrafficLight.OnTrack, null, "Gründungstreffen mit 14 Organisationen; das Netzwerk gibt sich eine Geschäftsordnung und trifft sich vierteljährlich."),
            Update(s, start.AddMonths(8), 40, TrafficLight.OnTrack, null, "21 Partnerorganisationen; erste gemeinsame Übersicht der Unterstützungsangebote erstellt."),
            Update(s, start.AddMonths(14), 60, TrafficLight.AtRisk, "Zwei Wohlfahrtsverbände haben ihre Mitarbeit wegen Personalmangels ausgesetzt; das Ziel von 40 Partnern verzögert sich.", "31 Partnerorganisationen; Netzwerktreffen in Bremerhaven mit 25 Teilnehmenden."),
            Update(s, _today.AddMonths(-1), 80, TrafficLight.OnTrack, null, "Das Netzwerk umfasst jetzt 41 Partner:innen. Die Verwaltung nimmt die digitalen Unterstützungsangebote in die Förderung der Dienstleistungszentren und der Altenhilfe auf."),
        };

        s.AddLesson(new LessonText(
            "Die Seniorinnen und Senioren integrieren ihr neu gewonnenes Wissen in den Alltag; Begegnungsstätten sind dafür der vertraute Ort.",
            "Einmalige Schulungen reichen nicht: Ohne Wiederholung geht das Gelernte schnell wieder verloren.",
            "Mehrmalige Schulungen und stetig fortlaufende Übungs- und Unterstützungsangebote einplanen. Die Verwaltung früh einbinden, damit die Angebote in die Förderung der Altenhilfe aufgenommen werden."), start.AddMonths(16), _today);
        s.AddTransfer("03401000", "Stadt Delmenhorst", _today.AddMonths(-3), "Beispiel (Demodaten): Netzwerktreffen nach Bremer Vorbild gestartet.", _today);
        return new Seeded(s, updates, values);
    }

    private Seeded Courses(Guid labId, Dictionary<string, Guid> themes, DateOnly start, DateOnly end)
    {
        var s = new SubProject(Guid.CreateVersion7(), labId, new SubProjectDetails(
            CoursesTitle,
            "Seniorinnen und Senioren lernen in vertrauter Umgebung, Smartphone, Online-Shopping und Online-Banking sicher zu nutzen.",
            "In den Begegnungsstätten werden Smartphone-Schulungen angeboten, dazu Vorträge zum Online-Shopping und zum Online-Banking. Kleine Gruppen, Übungstermine und feste Ansprechpersonen in jeder Begegnungsstätte.",
            "Referentin Online-Banking: Vertrag läuft zum Jahresende aus.",
            [themes["digital-participation"], themes["digitalisation"]],
            ["Senior:innen ab 70", "Menschen ohne Interneterfahrung"],
            ["04011000", "04012000", "03356005"],
            Principles.Participation | Principles.Transparency,
            start,
            end,
            true,
            "In Begegnungsstätten lernen ältere Menschen in kleinen Gruppen, ihr Smartphone zu nutzen. Es gibt auch Vorträge zum Einkaufen im Internet und zum Online-Banking.",
            _courseOrganisations), At(start.AddDays(-10)), Coordinator);
        s.ChangeStatus(SubProjectStatus.Running, "Kursprogramm mit den Begegnungsstätten abgestimmt; die ersten Kurse beginnen.", At(start.AddMonths(1)), Coordinator);

        Complete(s, s.AddMilestone("Kursprogramm mit den Begegnungsstätten abgestimmt", start.AddMonths(1)), start.AddMonths(1));
        Complete(s, s.AddMilestone("100 Kursteilnahmen erreicht", start.AddMonths(10)), start.AddMonths(9));
        s.AddMilestone("Vortragsreihe Online-Banking in allen Stadtteilen", _today.AddDays(-21));
        s.AddMilestone("300 Kursteilnahmen erreicht", _today.AddMonths(8));

        var participations = s.AddIndicator(new IndicatorDefinition("Kursteilnahmen 70+", "Teilnahmen", IndicatorKind.Cumulative, 0, 300));
        var events = s.AddIndicator(new IndicatorDefinition("Kurse und Vorträge", "Veranstaltungen", IndicatorKind.Cumulative, 0, 40));
        var perMonth = new[] { 12m, 16m, 18m, 9m, 14m, 21m, 17m, 15m, 0m, 11m, 19m, 22m, 16m, 13m, 18m };
        var values = new List<IndicatorValue>();
        for (var month = 0; month < perMonth.Length && start.AddMonths(month + 2) <= _today; month++)
        {
            var day = start.AddMonths(month + 2);
            if (perMonth[month] > 0)
            {
                values.Add(s.RecordValue(participations.Id, day, perMonth[month], $"Kurse im {Berlin.Culture.DateTimeFormat.GetMonthName(day.Month)}", null, At(day), Staff, _today));
                values.Add(s.RecordValue(events.Id, day, 2, null, null, At(day), Staff, _today));
            }
        }

        var updates = new List<ProgressUpdate>
        {
            Update(s, start.AddMonths(3), 10, TrafficLight.OnTrack, null, "Erste Smartphone-Kurse in drei Begegnungsstätten; 28 Teilnahmen."),
            Update(s, start.AddMonths(9), 35, TrafficLight.OnTrack, null, "100 Kursteilnahmen erreicht; Vorträge zum Online-Shopping sehr gefragt."),
            Update(s, start.AddMonths(12), 45, TrafficLight.OnTrack, null, "Kurse jetzt auch in Lilienthal; Wartelisten in zwei Begegnungsstätten.", Staff),
            Update(s, _today.AddDays(-10), 60, TrafficLight.AtRisk, "Die Vortragsreihe Online-Banking verzögert sich: Die Referentin der Verbraucherberatung fällt bis Jahresende aus. Ersatz wird gesucht.", "Kurse laufen planmäßig; die Vortragsreihe Online-Banking ist noch nicht in allen Stadtteilen angekommen.", Staff),
        };

        s.AddLesson(new LessonText(
            "Kleine Gruppen von höchstens acht Personen, die mit ihren eigenen Geräten üben.",
            "Abendtermine: Ältere Menschen kommen lieber vormittags.",
            "Übungstermine zwischen den Kursen anbieten; das Gelernte wird sonst nicht gefestigt."), start.AddMonths(11), _today);
        return new Seeded(s, updates, values);
    }

    private Seeded Homepage(Guid labId, Dictionary<string, Guid> themes, DateOnly networkStart)
    {
        var start = networkStart.AddMonths(2);
        var s = new SubProject(Guid.CreateVersion7(), labId, new SubProjectDetails(
            HomepageTitle,
            "Eine Homepage stellt Seniorinnen und Senioren den Einstieg in die digitale Welt so einfach wie möglich dar, stellt die Unterstützungsangebote vor und fasst sie in einem Veranstaltungskalender zusammen.",
            "Die Netzwerkpartner:innen pflegen ihre Angebote selbst ein. Große Schrift, einfache Sprache, mit Seniorinnen und Senioren getestet.",
            null,
            [themes["digital-participation"], themes["digitalisation"]],
            ["Senior:innen ab 70", "Angehörige"],
            ["04011000", "04012000"],
            Principles.Transparency | Principles.Collaboration,
            start,
            start.AddMonths(14),
            true,
            "Auf einer Homepage finden ältere Menschen alle Hilfsangebote zum Internet an einem Ort: wer hilft, wo, wann. Ein Kalender zeigt alle Kurse und Vorträge.",
            []), At(start.AddDays(-7)), Coordinator);
        s.ChangeStatus(SubProjectStatus.Running, "Auftrag an die Agentur erteilt; Konzeptworkshop mit der Seniorenvertretung terminiert.", At(start), Coordinator);
        Complete(s, s.AddMilestone("Konzept mit Netzwerk und Seniorenvertretung abgestimmt", start.AddMonths(2)), start.AddMonths(2));
        s.ChangeStatus(SubProjectStatus.Paused, "Barrierefreiheitstest mit Seniorinnen und Senioren muss abgewartet werden; die Testgruppe steht erst in zwei Monaten zur Verfügung.", At(start.AddMonths(5)), Coordinator);
        s.ChangeStatus(SubProjectStatus.Running, "Test mit 12 Seniorinnen und Senioren durchgeführt; Änderungen eingearbeitet.", At(start.AddMonths(7)), Coordinator);
        Complete(s, s.AddMilestone("Test mit Seniorinnen und Senioren", start.AddMonths(6)), start.AddMonths(7));
        Complete(s, s.AddMilestone("Homepage mit Veranstaltungskalender online", start.AddMonths(10)), start.AddMonths(10));

        var visits = s.AddIndicator(new IndicatorDefinition("Seitenaufrufe im Monat", "Aufrufe", IndicatorKind.Snapshot, 0, 2000));
        var values = new[] { (11, 640m), (12, 1180m), (13, 1730m), (14, 2150m) }
            .Where(v => start.AddMonths(v.Item1) <= _today)
            .Select(v => s.RecordValue(visits.Id, start.AddMonths(v.Item1), v.Item2, "Webstatistik (ohne Cookies)", null, At(start.AddMonths(v.Item1)), Coordinator, _today))
            .ToList();

        var updates = new List<ProgressUpdate>
        {
            Update(s, start.AddMonths(2), 20, TrafficLight.OnTrack, null, "Konzept abgestimmt: Angebote nach Stadtteil, Kalender mit Druckansicht."),
            Update(s, start.AddMonths(5), 45, TrafficLight.Critical, "Ohne Test mit der Zielgruppe gehen wir nicht online; die Testgruppe steht erst später zur Verfügung.", "Entwicklung pausiert bis zum Barrierefreiheitstest."),
            Update(s, start.AddMonths(10), 95, TrafficLight.OnTrack, null, "Homepage online; die Netzwerkpartner:innen pflegen ihre Termine selbst ein."),
        };
        s.ChangeStatus(SubProjectStatus.Completed, "Homepage läuft, Pflege an das Netzwerk übergeben; Ziel von 2.000 Aufrufen im Monat erreicht.", At(start.AddMonths(14)), Coordinator);
        updates.Add(Update(s, start.AddMonths(14), 100, TrafficLight.OnTrack, null, "Abgeschlossen: Die Homepage wird vom Netzwerk weitergeführt."));
        s.AddLesson(new LessonText(
            "Der Test mit Seniorinnen und Senioren hat viele Hürden gezeigt, die das Projektteam nicht gesehen hatte.",
            "Ein Kalender, den eine Stelle allein pflegt, veraltet schnell.",
            "Die Partner:innen ihre Termine selbst eintragen lassen und die Zielgruppe vor dem Start testen lassen."), start.AddMonths(12), _today);
        return new Seeded(s, updates, values);
    }

    private Seeded Pilots(Guid labId, Dictionary<string, Guid> themes)
    {
        var start = _today.AddMonths(-6);
        var s = new SubProject(Guid.CreateVersion7(), labId, new SubProjectDetails(
            "Antragslotsen im Landkreis (Demodaten)",
            "Erfundenes Beispiel: Ehrenamtliche Lotsinnen und Lotsen helfen, Anträge der Kreisverwaltung online zu stellen.",
            null,
            null,
            [themes["cutting-red-tape"]],
            ["Menschen mit wenig Erfahrung mit Online-Anträgen"],
            ["06633000"],
            Principles.Participation,
            start,
            start.AddMonths(18),
            true,
            "Erfundenes Beispiel (Demodaten): Lotsinnen und Lotsen helfen beim Ausfüllen von Online-Anträgen.",
            []), At(start.AddDays(-5)), new Actor(null, "Nika Nordhessen (Demo)"));
        s.ChangeStatus(SubProjectStatus.Running, "Erste Lotsinnen und Lotsen geschult.", At(start.AddMonths(1)), new Actor(null, "Nika Nordhessen (Demo)"));
        s.AddMilestone("Zehn Lotsinnen und Lotsen geschult", start.AddMonths(4));
        var updates = new List<ProgressUpdate>
        {
            Update(s, _today.AddMonths(-1), 30, TrafficLight.OnTrack, null, "Sechs Lotsinnen und Lotsen im Einsatz.", new Actor(null, "Nika Nordhessen (Demo)")),
        };
        return new Seeded(s, updates, []);
    }

    private ProgressUpdate Update(SubProject s, DateOnly on, int percent, TrafficLight light, string? reason, string text, Actor? by = null) =>
        s.ReportProgress(on, text, percent, light, reason, At(on), by ?? Coordinator, _today);

    private void Complete(SubProject s, Milestone milestone, DateOnly on) => s.CompleteMilestone(milestone.Id, on, _today);

    /// <summary>A working-hours instant on a Berlin day, so the history reads naturally.</summary>
    private static DateTimeOffset At(DateOnly day) => Berlin.ToInstant(day, new TimeOnly(10, 30));

    private sealed record Seeded(SubProject SubProject, List<ProgressUpdate> Updates, List<IndicatorValue> Values);
}
