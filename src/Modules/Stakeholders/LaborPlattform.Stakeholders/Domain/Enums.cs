namespace LaborPlattform.Stakeholders.Domain;

internal enum Sector
{
    Politics = 1,
    Administration = 2,
    CivilSociety = 3,
    Academia = 4,
    Business = 5,
    Media = 6,
}

internal enum OrganisationKind
{
    CommunityCentre = 1,
    Association = 2,
    WelfareOrganisation = 3,
    University = 4,
    MunicipalAdministration = 5,
    Library = 6,
    Foundation = 7,
    Company = 8,
    Other = 9,
}

internal enum InvolvementRole
{
    ConsortiumPartner = 1,
    NetworkPartner = 2,
    Multiplier = 3,
    Venue = 4,
}

internal enum SupportOfferKind
{
    Course = 1,
    ConsultationHour = 2,
    HelpLine = 3,
    HomeVisit = 4,
    DeviceLending = 5,
}

internal enum OfferLocation
{
    Venue = 1,
    Phone = 2,
    Online = 3,
    Home = 4,
}

internal enum Recurrence
{
    Weekly = 1,
    Fortnightly = 2,
    Monthly = 3,
}

internal enum ContactChannel
{
    Email = 1,
    Phone = 2,
}

/// <summary>The lawful basis of processing a contact person's data (GDPR Art. 6(1)).</summary>
internal enum LegalBasis
{
    /// <summary>Art. 6(1)(a): the person consented, for the purpose recorded.</summary>
    Consent = 1,

    /// <summary>Art. 6(1)(b): needed for a contract with the person (e.g. a cooperation agreement they signed).</summary>
    Contract = 2,

    /// <summary>Art. 6(1)(e): needed for a task in the public interest the authority carries out.</summary>
    PublicTask = 3,

    /// <summary>Art. 6(1)(f): legitimate interest (business contact data of a partner organisation).</summary>
    LegitimateInterest = 4,
}

/// <summary>German names for the UI, the CSV files and the reports.</summary>
internal static class Names
{
    public static string Name(this Sector sector) => sector switch
    {
        Sector.Politics => "Politik",
        Sector.Administration => "Verwaltung",
        Sector.CivilSociety => "Zivilgesellschaft",
        Sector.Academia => "Wissenschaft",
        Sector.Business => "Wirtschaft",
        Sector.Media => "Medien",
        _ => sector.ToString(),
    };

    public static string Name(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.CommunityCentre => "Begegnungsstätte",
        OrganisationKind.Association => "Verein",
        OrganisationKind.WelfareOrganisation => "Wohlfahrtsverband",
        OrganisationKind.University => "Hochschule",
        OrganisationKind.MunicipalAdministration => "Kommunalverwaltung",
        OrganisationKind.Library => "Bibliothek",
        OrganisationKind.Foundation => "Stiftung",
        OrganisationKind.Company => "Unternehmen",
        OrganisationKind.Other => "Sonstige",
        _ => kind.ToString(),
    };

    public static string Name(this InvolvementRole role) => role switch
    {
        InvolvementRole.ConsortiumPartner => "Konsortialpartner",
        InvolvementRole.NetworkPartner => "Netzwerkpartner",
        InvolvementRole.Multiplier => "Multiplikator",
        InvolvementRole.Venue => "Veranstaltungsort",
        _ => role.ToString(),
    };

    public static string Name(this SupportOfferKind kind) => kind switch
    {
        SupportOfferKind.Course => "Kurs",
        SupportOfferKind.ConsultationHour => "Sprechstunde",
        SupportOfferKind.HelpLine => "Telefonische Hilfe",
        SupportOfferKind.HomeVisit => "Hausbesuch",
        SupportOfferKind.DeviceLending => "Geräteverleih",
        _ => kind.ToString(),
    };

    public static string Name(this OfferLocation location) => location switch
    {
        OfferLocation.Venue => "vor Ort",
        OfferLocation.Phone => "am Telefon",
        OfferLocation.Online => "online",
        OfferLocation.Home => "bei Ihnen zu Hause",
        _ => location.ToString(),
    };

    public static string Name(this Recurrence recurrence) => recurrence switch
    {
        Recurrence.Weekly => "jede Woche",
        Recurrence.Fortnightly => "alle zwei Wochen",
        Recurrence.Monthly => "jeden Monat",
        _ => recurrence.ToString(),
    };

    public static string Name(this ContactChannel channel) => channel switch
    {
        ContactChannel.Email => "E-Mail",
        ContactChannel.Phone => "Telefon",
        _ => channel.ToString(),
    };

    public static string Name(this LegalBasis basis) => basis switch
    {
        LegalBasis.Consent => "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)",
        LegalBasis.Contract => "Vertrag (Art. 6 Abs. 1 lit. b DSGVO)",
        LegalBasis.PublicTask => "Öffentliche Aufgabe (Art. 6 Abs. 1 lit. e DSGVO)",
        LegalBasis.LegitimateInterest => "Berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)",
        _ => basis.ToString(),
    };

    /// <summary>Parses a code (<c>CivilSociety</c>) or, for CSV files people typed, the German name (<c>Zivilgesellschaft</c>).</summary>
    public static T? Parse<T>(string? value, Func<T, string> name)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (!text.All(char.IsAsciiDigit) && Enum.TryParse<T>(text, ignoreCase: true, out var code) && Enum.IsDefined(code))
        {
            return code;
        }

        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(name(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }
}
