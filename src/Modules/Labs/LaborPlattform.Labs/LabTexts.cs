using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs;

/// <summary>Display texts and choice lists the lab pages share.</summary>
internal static class LabTexts
{
    public static string Status(string status) =>
        Enum.TryParse<LabStatus>(status, out var s) ? s.Name() : status;

    public static string Kind(string kind) =>
        Enum.TryParse<MunicipalityKind>(kind, out var k) ? k.Name() : kind;

    public static string Role(string role) =>
        Enum.TryParse<ConsortiumRole>(role, out var r) ? r.Name() : role;

    public static string Period(DateOnly start, DateOnly end) =>
        $"{Shared.Time.Berlin.FormatDate(start)} – {Shared.Time.Berlin.FormatDate(end)}";

    public static IReadOnlyList<SelectListItem> FederalStateItems() =>
        FederalStates.All.Select(s => new SelectListItem(s.Name, s.Code)).ToList();

    public static IReadOnlyList<SelectListItem> KindItems() =>
        Enum.GetValues<MunicipalityKind>().Select(k => new SelectListItem(k.Name(), k.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> RoleItems() =>
        Enum.GetValues<ConsortiumRole>().Select(r => new SelectListItem(r.Name(), r.ToString())).ToList();
}
