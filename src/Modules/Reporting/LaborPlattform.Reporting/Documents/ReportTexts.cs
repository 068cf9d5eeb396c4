using System.Text;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.Contracts;
using LaborPlattform.Reporting.Contracts;

namespace LaborPlattform.Reporting.Documents;

/// <summary>German names of report types, audiences and states, and the safe file names of archived reports.</summary>
internal static class ReportTexts
{
    public static string TypeName(string type) => type switch
    {
        ReportTypes.LabProgress => "Fortschrittsbericht",
        ReportTypes.Programme => "Programmbericht",
        ReportTypes.MunicipalAssociations => "Bericht für die kommunalen Spitzenverbände",
        _ => type,
    };

    /// <summary>One word per type for file names.</summary>
    public static string FileWord(string type) => type switch
    {
        ReportTypes.LabProgress => "Fortschrittsbericht",
        ReportTypes.Programme => "Programmbericht",
        ReportTypes.MunicipalAssociations => "Spitzenverbandsbericht",
        _ => "Bericht",
    };

    public static string AudienceName(string audience) => audience switch
    {
        ReportAudiences.Ministry => "Bundesministerium des Innern",
        ReportAudiences.MunicipalAssociations => "Kommunale Spitzenverbände",
        ReportAudiences.Lab => "Laborkonsortium (intern)",
        _ => audience,
    };

    public static string StateName(string state) => state switch
    {
        ReportStates.Queued => "In der Warteschlange",
        ReportStates.Running => "Wird erstellt",
        ReportStates.Done => "Fertig",
        ReportStates.Failed => "Fehlgeschlagen",
        _ => state,
    };

    public static string PeriodKindName(string kind) => kind switch
    {
        ReportPeriodKinds.Quarter => "Quartal",
        ReportPeriodKinds.HalfYear => "Halbjahr",
        ReportPeriodKinds.Year => "Jahr",
        ReportPeriodKinds.Custom => "Eigener Zeitraum",
        _ => kind,
    };

    public static string MunicipalityKindName(string kind) => kind switch
    {
        MunicipalityKinds.City => "Stadt",
        MunicipalityKinds.CityState => "Stadtstaat",
        MunicipalityKinds.County => "Landkreis",
        MunicipalityKinds.Municipality => "Gemeinde",
        _ => kind,
    };

    public static string RoleName(string role) => role switch
    {
        ConsortiumRoles.Lead => "Federführung",
        ConsortiumRoles.Partner => "Partner",
        _ => role,
    };

    /// <summary>The status of a sub-project in the words of the Projects module's pages ("laufend").</summary>
    public static string SubProjectStatusName(string? status) => status switch
    {
        SubProjectStatuses.Planned => "geplant",
        SubProjectStatuses.Running => "laufend",
        SubProjectStatuses.Paused => "pausiert",
        SubProjectStatuses.Completed => "abgeschlossen",
        SubProjectStatuses.Cancelled => "abgebrochen",
        null => "noch nicht erfasst",
        _ => status,
    };

    /// <summary>The traffic light of a progress update ("im Plan"); none when there is no update.</summary>
    public static string TrafficLightName(string? light) => light switch
    {
        TrafficLights.OnTrack => "im Plan",
        TrafficLights.AtRisk => "gefährdet",
        TrafficLights.Critical => "kritisch",
        null => "ohne Fortschrittsmeldung",
        _ => light,
    };

    public static string PrincipleName(string principle) => principle switch
    {
        OpenGovernmentPrinciples.Transparency => "Transparenz",
        OpenGovernmentPrinciples.Participation => "Beteiligung",
        OpenGovernmentPrinciples.Collaboration => "Zusammenarbeit und Co-Creation",
        OpenGovernmentPrinciples.OpenCulture => "Offene Organisationskultur",
        _ => principle,
    };

    /// <summary>One word for tables: "Stand" (the latest value counts) or "Summe" (values add up).</summary>
    public static string IndicatorKindName(string kind) => kind switch
    {
        IndicatorKinds.Snapshot => "Stand",
        IndicatorKinds.Cumulative => "Summe",
        _ => kind,
    };

    public static string LabStatusName(string status) => status switch
    {
        LabStatuses.Active => "Aktiv",
        LabStatuses.Finished => "Abgeschlossen",
        LabStatuses.Archived => "Archiviert",
        _ => status,
    };

    /// <summary>e.g. <c>Fortschrittsbericht_Bremen-Bremerhaven_2026-Q3.pdf</c>: ASCII letters, digits and hyphens only.</summary>
    public static string FileName(string type, string scopeName, ReportPeriod period) =>
        $"{FileWord(type)}_{SafeSegment(scopeName)}_{period.Label}.pdf";

    public static string SafeSegment(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var replacement = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'Ä' => "Ae",
                'Ö' => "Oe",
                'Ü' => "Ue",
                'ß' => "ss",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => "-",
            };
            builder.Append(replacement);
        }

        var collapsed = System.Text.RegularExpressions.Regex.Replace(builder.ToString(), "-{2,}", "-").Trim('-');
        if (collapsed.Length > 80)
        {
            collapsed = collapsed[..80].TrimEnd('-');
        }

        return collapsed.Length == 0 ? "Bericht" : collapsed;
    }
}
