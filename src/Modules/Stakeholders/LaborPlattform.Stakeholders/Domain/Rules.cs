using System.Net.Mail;
using System.Text.RegularExpressions;
using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Stakeholders.Domain;

/// <summary>Checks of single values, with the German message for the field (null when valid).</summary>
internal static partial class Rules
{
    public static string? MunicipalityKeyProblem(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return "Bitte geben Sie den Amtlichen Gemeindeschlüssel (AGS) an.";
        }

        key = key.Trim();
        if (key.Length != 8 || !key.All(char.IsAsciiDigit))
        {
            return "Der Amtliche Gemeindeschlüssel besteht aus genau 8 Ziffern, z. B. 04011000 für Bremen.";
        }

        return FederalStates.All.Any(s => s.AgsPrefix == key[..2])
            ? null
            : "Der Amtliche Gemeindeschlüssel muss mit der Kennzahl eines Bundeslandes (01 bis 16) beginnen.";
    }

    public static bool IsPostalCode(string? code) => code is not null && PostalCodePattern().IsMatch(code.Trim());

    /// <summary>An absolute http(s) address such as https://www.example.org.</summary>
    public static bool IsWebsite(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>One address (no display name, no list), with a domain that has a dot.</summary>
    public static bool IsEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var text = email.Trim();
        return MailAddress.TryCreate(text, out var address)
            && address.Address == text
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.EndsWith('.')
            && EmailPattern().IsMatch(text);
    }

    /// <summary>
    /// A German or international phone number as people write it: digits with spaces, slashes, hyphens and
    /// brackets, optionally starting with + (e.g. 0421 361-0, +49 421 3610, (0471) 590-2000); 6 to 15 digits.
    /// </summary>
    public static bool IsPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return false;
        }

        var text = phone.Trim();
        if (!PhonePattern().IsMatch(text))
        {
            return false;
        }

        var digits = text.Count(char.IsAsciiDigit);
        return digits is >= 6 and <= 15;
    }

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^[^\s@<>()\[\],;:""]+@[^\s@<>()\[\],;:""]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 ()/\-]+$")]
    private static partial Regex PhonePattern();
}
