using System.Globalization;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

/// <summary>Choice lists and display texts the stakeholder pages share.</summary>
internal static class StakeholderTextsUi
{
    public static IReadOnlyList<SelectListItem> Items<T>(Func<T, string> name)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(name(v), v.ToString())).ToList();

    /// <summary>The choices with their texts in the user's language (the German names are the localizer keys).</summary>
    public static IReadOnlyList<SelectListItem> Localized(this IEnumerable<SelectListItem> items, IStringLocalizer t) =>
        items.Select(i => new SelectListItem(t[i.Text], i.Value, i.Selected, i.Disabled)).ToList();

    public static IReadOnlyList<SelectListItem> Sectors => Items<Sector>(Names.Name);

    public static IReadOnlyList<SelectListItem> OrganisationKinds => Items<OrganisationKind>(Names.Name);

    public static IReadOnlyList<SelectListItem> OfferKinds => Items<SupportOfferKind>(Names.Name);

    public static IReadOnlyList<SelectListItem> Locations => Items<OfferLocation>(Names.Name);

    public static IReadOnlyList<SelectListItem> Recurrences => Items<Recurrence>(Names.Name);

    public static IReadOnlyList<SelectListItem> Channels => Items<ContactChannel>(Names.Name);

    public static IReadOnlyList<SelectListItem> LegalBases => Items<LegalBasis>(Names.Name);

    public static string RoleName(string role) => Names.Parse<InvolvementRole>(role, Names.Name) is { } r ? r.Name() : role;

    public static string RecurrenceName(string? recurrence) => Names.Parse<Recurrence>(recurrence, Names.Name) is { } r ? r.Name() : string.Empty;

    public static string LocationName(string location) => Names.Parse<OfferLocation>(location, Names.Name) is { } l ? l.Name() : location;

    /// <summary>"kostenlos" or "12,50 Euro", in the user's language (numbers as the request culture writes them).</summary>
    public static string Price(IStringLocalizer t, bool isFree, decimal? fee) =>
        isFree || fee is null
            ? t["kostenlos"]
            : t["{0} Euro", fee.Value.ToString(fee.Value == decimal.Truncate(fee.Value) ? "#,##0" : "#,##0.00", CultureInfo.CurrentCulture)];

    public static string Period(IStringLocalizer t, DateOnly since, DateOnly? until) =>
        until is { } end ? $"{Shared.Time.Berlin.FormatDate(since)} – {Shared.Time.Berlin.FormatDate(end)}" : t["seit {0}", Shared.Time.Berlin.FormatDate(since)];

    public static string YesNo(bool value) => value ? "ja" : "nein";
}
