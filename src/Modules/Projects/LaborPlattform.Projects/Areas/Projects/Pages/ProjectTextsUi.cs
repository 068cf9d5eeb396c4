using System.Globalization;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>Display texts (German keys for the localizer), badge styles and choice lists the sub-project pages share.</summary>
internal static class ProjectTextsUi
{
    public static string Status(string status) => Parse.Enum<SubProjectStatus>(status)?.Text() ?? status;

    public static string TrafficLight(string? light) => light is null ? "–" : Parse.Enum<TrafficLight>(light)?.Text() ?? light;

    public static string Kind(string kind) => Parse.Enum<IndicatorKind>(kind)?.Text() ?? kind;

    public static string ShortKind(string kind) => Parse.Enum<IndicatorKind>(kind)?.ShortText() ?? kind;

    public static string Principle(string principle) => Parse.Enum<Principles>(principle)?.Text() ?? principle;

    /// <summary>KERN badge variant for a traffic light: the colour repeats what the text says, it never carries meaning alone.</summary>
    public static string TrafficLightBadge(string? light) => Parse.Enum<TrafficLight>(light) switch
    {
        Domain.TrafficLight.OnTrack => "kern-badge--success",
        Domain.TrafficLight.AtRisk => "kern-badge--warning",
        Domain.TrafficLight.Critical => "kern-badge--danger",
        _ => "kern-badge--info",
    };

    public static string StatusBadge(string status) => Parse.Enum<SubProjectStatus>(status) switch
    {
        SubProjectStatus.Running => "kern-badge--success",
        SubProjectStatus.Paused => "kern-badge--warning",
        SubProjectStatus.Cancelled => "kern-badge--danger",
        _ => "kern-badge--info",
    };

    public static string Period(DateOnly start, DateOnly end) => $"{Berlin.FormatDate(start)} – {Berlin.FormatDate(end)}";

    public static string Number(decimal? value) => value is { } v ? Berlin.FormatNumber(v) : "–";

    public static string Percent(decimal? value) => value is { } v ? $"{Berlin.FormatNumber(v)} %" : "–";

    /// <summary>A number as a form field shows it (type=number expects a dot).</summary>
    public static string FieldNumber(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a number typed into a form: "12,5" and "1.234,5" the German way, "12.5" as a number field sends it.
    /// </summary>
    public static decimal? ParseNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        var culture = trimmed.Contains(',', StringComparison.Ordinal) ? Berlin.Culture : CultureInfo.InvariantCulture;
        return decimal.TryParse(trimmed, NumberStyles.Number, culture, out var value) ? value : null;
    }

    public static IReadOnlyList<SelectListItem> StatusItems() =>
        Enum.GetValues<SubProjectStatus>().Select(s => new SelectListItem(s.Text(), s.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> TrafficLightItems() =>
        Enum.GetValues<TrafficLight>().Select(l => new SelectListItem(l.Text(), l.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> KindItems() =>
        Enum.GetValues<IndicatorKind>().Select(k => new SelectListItem(k.Text(), k.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> PrincipleItems() =>
        Enum.GetValues<Principles>().Where(p => p != Principles.None).Select(p => new SelectListItem(p.Text(), p.ToString())).ToList();
}
