using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Projects.Domain;

/// <summary>The format of an official municipality key (AGS): 8 digits starting with a federal state's code (01–16).</summary>
internal static class MunicipalityKeyFormat
{
    public static bool IsValid(string? key) =>
        key is { Length: 8 } && key.All(char.IsAsciiDigit) && FederalStates.All.Any(s => s.AgsPrefix == key[..2]);
}
