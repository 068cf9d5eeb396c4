namespace LaborPlattform.Stakeholders.Contracts;

/// <summary>The sector an organisation belongs to (values of <see cref="OrganisationSummary.Sector"/>).</summary>
public static class Sectors
{
    public const string Politics = "Politics";
    public const string Administration = "Administration";
    public const string CivilSociety = "CivilSociety";
    public const string Academia = "Academia";
    public const string Business = "Business";
    public const string Media = "Media";

    public static readonly IReadOnlyList<string> All = [Politics, Administration, CivilSociety, Academia, Business, Media];
}

/// <summary>What kind of organisation it is (values of <see cref="OrganisationSummary.Kind"/>).</summary>
public static class OrganisationKinds
{
    public const string CommunityCentre = "CommunityCentre";
    public const string Association = "Association";
    public const string WelfareOrganisation = "WelfareOrganisation";
    public const string University = "University";
    public const string MunicipalAdministration = "MunicipalAdministration";
    public const string Library = "Library";
    public const string Foundation = "Foundation";
    public const string Company = "Company";
    public const string Other = "Other";
}

/// <summary>The role an organisation plays in a lab.</summary>
public static class InvolvementRoles
{
    public const string ConsortiumPartner = "ConsortiumPartner";
    public const string NetworkPartner = "NetworkPartner";
    public const string Multiplier = "Multiplier";
    public const string Venue = "Venue";
}

/// <summary>What a support offer is.</summary>
public static class SupportOfferKinds
{
    public const string Course = "Course";
    public const string ConsultationHour = "ConsultationHour";
    public const string HelpLine = "HelpLine";
    public const string HomeVisit = "HomeVisit";
    public const string DeviceLending = "DeviceLending";
}

/// <summary>Where a support offer takes place.</summary>
public static class SupportOfferLocations
{
    /// <summary>At a venue (an organisation with premises); the offer names it.</summary>
    public const string Venue = "Venue";

    public const string Phone = "Phone";
    public const string Online = "Online";

    /// <summary>At the person's home (home visits).</summary>
    public const string Home = "Home";
}
