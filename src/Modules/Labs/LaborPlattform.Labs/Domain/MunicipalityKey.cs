using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs.Domain;

/// <summary>
/// The official municipality key (Amtlicher Gemeindeschlüssel, AGS): 8 digits — federal state (2), government
/// region (1), county (2), municipality (3). A county's own key ends in 000.
/// </summary>
internal static class MunicipalityKey
{
    /// <summary>Null when valid, otherwise the reason in German for the form.</summary>
    public static string? Problem(string? key, MunicipalityKind? kind = null)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return "Bitte geben Sie den Amtlichen Gemeindeschlüssel (AGS) an.";
        }

        if (key.Length != 8 || !key.All(char.IsAsciiDigit))
        {
            return "Der Amtliche Gemeindeschlüssel besteht aus genau 8 Ziffern, z. B. 04011000.";
        }

        if (FederalStates.All.All(s => s.AgsPrefix != key[..2]))
        {
            return $"Der Amtliche Gemeindeschlüssel muss mit der Kennzahl eines Bundeslandes (01 bis 16) beginnen, nicht mit {key[..2]}.";
        }

        if (kind == MunicipalityKind.County && !key.EndsWith("000", StringComparison.Ordinal))
        {
            return "Der Schlüssel eines Landkreises endet auf 000 (die Gemeindestellen sind bei Kreisen leer).";
        }

        return null;
    }
}
