using System.Globalization;
using LaborPlattform.Stakeholders.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

/// <summary>Choice lists and display texts the stakeholder pages share.</summary>
internal static class StakeholderTextsUi
{
    public static IReadOnlyList<SelectListItem> Items<T>(Func<T, string> name)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(name(v), v.ToString())).ToList();

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

    public static string Price(bool isFree, decimal? fee) =>
        isFree || fee is null ? "kostenlos" : fee.Value.ToString(fee.Value == decimal.Truncate(fee.Value) ? "#,##0" : "#,##0.00", CultureInfo.GetCultureInfo("de-DE")) + " Euro";

    public static string Period(DateOnly since, DateOnly? until) =>
        until is { } end ? $"{Shared.Time.Berlin.FormatDate(since)} – {Shared.Time.Berlin.FormatDate(end)}" : $"seit {Shared.Time.Berlin.FormatDate(since)}";

    public static string YesNo(bool value) => value ? "ja" : "nein";
}
