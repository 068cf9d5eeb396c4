namespace LaborPlattform.Projects.Domain;

/// <summary>German names of the module's values (the keys of their translations).</summary>
internal static class Texts
{
    public static string Text(this SubProjectStatus status) => status switch
    {
        SubProjectStatus.Planned => "geplant",
        SubProjectStatus.Running => "laufend",
        SubProjectStatus.Paused => "pausiert",
        SubProjectStatus.Completed => "abgeschlossen",
        SubProjectStatus.Cancelled => "abgebrochen",
        _ => status.ToString(),
    };

    public static string Text(this TrafficLight light) => light switch
    {
        TrafficLight.OnTrack => "im Plan",
        TrafficLight.AtRisk => "gefährdet",
        TrafficLight.Critical => "kritisch",
        _ => light.ToString(),
    };

    public static string Text(this IndicatorKind kind) => kind switch
    {
        IndicatorKind.Snapshot => "Stand (der jüngste Wert zählt)",
        IndicatorKind.Cumulative => "Summe (die Werte werden addiert)",
        _ => kind.ToString(),
    };

    /// <summary>One word for tables: "Stand" or "Summe".</summary>
    public static string ShortText(this IndicatorKind kind) => kind switch
    {
        IndicatorKind.Snapshot => "Stand",
        IndicatorKind.Cumulative => "Summe",
        _ => kind.ToString(),
    };

    public static string Text(this Principles principle) => principle switch
    {
        Principles.Transparency => "Transparenz",
        Principles.Participation => "Beteiligung",
        Principles.Collaboration => "Zusammenarbeit und Co-Creation",
        Principles.OpenCulture => "Offene Organisationskultur",
        _ => principle.ToString(),
    };
}
