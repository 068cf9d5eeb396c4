namespace LaborPlattform.Labs.Contracts;

/// <summary>The 16 federal states with the two-digit code that starts every municipality key (AGS) in them.</summary>
public static class FederalStates
{
    public static readonly IReadOnlyList<FederalState> All =
    [
        new("01", "SH", "Schleswig-Holstein"),
        new("02", "HH", "Hamburg"),
        new("03", "NI", "Niedersachsen"),
        new("04", "HB", "Bremen"),
        new("05", "NW", "Nordrhein-Westfalen"),
        new("06", "HE", "Hessen"),
        new("07", "RP", "Rheinland-Pfalz"),
        new("08", "BW", "Baden-Württemberg"),
        new("09", "BY", "Bayern"),
        new("10", "SL", "Saarland"),
        new("11", "BE", "Berlin"),
        new("12", "BB", "Brandenburg"),
        new("13", "MV", "Mecklenburg-Vorpommern"),
        new("14", "SN", "Sachsen"),
        new("15", "ST", "Sachsen-Anhalt"),
        new("16", "TH", "Thüringen"),
    ];

    public static FederalState? ByCode(string? code) =>
        All.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
}

/// <param name="AgsPrefix">First two digits of every AGS in the state.</param>
/// <param name="Code">ISO 3166-2:DE subdivision code without the country (e.g. HB).</param>
public sealed record FederalState(string AgsPrefix, string Code, string Name);
