using System.Globalization;

namespace LaborPlattform.Workshops;

/// <summary>Display texts the event pages share: dates in words, places, accessibility in full sentences.</summary>
internal static class WorkshopTexts
{
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Whether the user chose English at <c>/sprache</c>; dates in words then read "Tuesday, 3 March 2026, 10:00 to 12:00".</summary>
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>"Dienstag, 3. März 2026"</summary>
    public static string LongDate(DateTimeOffset instant) => LongDate(LocalTimes.LocalDate(instant));

    /// <summary>"Dienstag, 3. März 2026, 10:00 Uhr"</summary>
    public static string LongDateTime(DateTimeOffset instant) =>
        English ? $"{LongDate(instant)}, {Berlin.FormatTime(instant)}" : $"{LongDate(instant)}, {Berlin.FormatTime(instant)} Uhr";

    public static string LongDate(DateOnly day) =>
        English ? day.ToString("dddd, d MMMM yyyy", EnglishCulture) : day.ToString("dddd, d. MMMM yyyy", Berlin.Culture);

    /// <summary>"Di., 3. März"</summary>
    public static string ShortDate(DateOnly day) =>
        English ? day.ToString("ddd d MMMM", EnglishCulture) : day.ToString("ddd, d. MMMM", Berlin.Culture);

    /// <summary>"10:00 bis 12:00 Uhr", or with the end day when the event runs over midnight.</summary>
    public static string TimeSpanText(DateTimeOffset start, DateTimeOffset end) =>
        (LocalTimes.LocalDate(start) == LocalTimes.LocalDate(end), English) switch
        {
            (true, false) => $"{Berlin.FormatTime(start)} bis {Berlin.FormatTime(end)} Uhr",
            (false, false) => $"{Berlin.FormatTime(start)} Uhr bis {LongDate(end)}, {Berlin.FormatTime(end)} Uhr",
            (true, true) => $"{Berlin.FormatTime(start)} to {Berlin.FormatTime(end)}",
            (false, true) => $"{Berlin.FormatTime(start)} to {LongDate(end)}, {Berlin.FormatTime(end)}",
        };

    /// <summary>"03.03.2026, 10:00 Uhr" (in English without "Uhr").</summary>
    public static string ShortDateTime(DateTimeOffset instant) =>
        English ? $"{Berlin.FormatDate(instant)}, {Berlin.FormatTime(instant)}" : Berlin.FormatDateTime(instant);

    /// <summary>"Dienstag, 3. März 2026, 10:00 bis 12:00 Uhr"</summary>
    public static string When(DateTimeOffset start, DateTimeOffset end) => $"{LongDate(start)}, {TimeSpanText(start, end)}";

    /// <summary>The choices with their texts in the user's language (the German texts are the localizer keys).</summary>
    public static IReadOnlyList<SelectListItem> Localized(this IEnumerable<SelectListItem> items, IStringLocalizer t) =>
        items.Select(i => new SelectListItem(t[i.Text], i.Value, i.Selected, i.Disabled)).ToList();

    public static string StatusName(string status) => status == nameof(OccurrenceStatus.Cancelled) ? "abgesagt" : "geplant";

    public static string VenueKindName(string kind) => kind switch
    {
        nameof(VenueKind.Organisation) => "Veranstaltungsort",
        nameof(VenueKind.Address) => "Adresse",
        _ => "Online",
    };

    public static string FigureName(string figure) => figure switch
    {
        nameof(IndicatorFigure.Participants) => "alle Teilnehmenden",
        nameof(IndicatorFigure.Participants70Plus) => "Teilnehmende ab 70 Jahren",
        nameof(IndicatorFigure.FirstTimeDigitalUsers) => "Erstnutzende digitaler Angebote",
        nameof(IndicatorFigure.Events) => "die Veranstaltung selbst (1 je Termin)",
        _ => figure,
    };

    public static IReadOnlyList<SelectListItem> FigureItems() =>
        Enum.GetValues<IndicatorFigure>().Select(f => new SelectListItem(FigureName(f.ToString()), f.ToString())).ToList();

    /// <summary>The place in one line: "Begegnungsstätte Findorff, Findorffstraße 108, 28215 Bremen" or "Online".</summary>
    public static string PlaceLine(string kind, string name, string street, string postalCode, string city) =>
        kind == nameof(VenueKind.Online) ? "Online" : $"{name}, {street}, {postalCode} {city}";

    /// <summary>The accessibility of a place in full sentences; empty when unknown.</summary>
    public static IReadOnlyList<string> Accessibility(bool? stepFree, bool? toilet, bool? loop)
    {
        if (stepFree is null)
        {
            return [];
        }

        // What is not known is not said: a place at another address has only its step-free access entered.
        return new[]
            {
                stepFree == true ? "Zugang ohne Stufen (Rampe oder Aufzug)" : "Zugang nicht stufenlos",
                toilet is null ? null : toilet == true ? "Barrierefreie Toilette vorhanden" : "Keine barrierefreie Toilette",
                loop is null ? null : loop == true ? "Höranlage für Hörgeräte vorhanden" : "Keine Höranlage für Hörgeräte",
            }
            .OfType<string>()
            .ToList();
    }

    public static string Number(int value) => value.ToString("#,##0", English ? EnglishCulture : Berlin.Culture);

    public static string MonthName(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", English ? EnglishCulture : Berlin.Culture);

    public static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
