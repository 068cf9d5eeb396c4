using System.Security.Cryptography;

namespace LaborPlattform.Reporting.Archive;

/// <summary>
/// Whether a done report's archived file is still the one that was archived: present and with the recorded SHA-256. A
/// damaged file is shown as damaged and never handed out (ADR 0045).
/// </summary>
internal static class ArchiveIntegrity
{
    public const string DamagedCode = "archive-damaged";

    public const string DamagedMessage =
        "Die archivierte Datei dieses Berichts stimmt nicht mehr mit ihrer Prüfsumme (SHA-256) überein oder fehlt; sie wird nicht ausgegeben. Bitte wenden Sie sich an die Administration, die die Datei aus einer Sicherung wiederherstellen kann.";

    /// <summary>True for a done report whose file is missing or no longer matches its checksum; false otherwise.</summary>
    public static async Task<bool> IsDamagedAsync(IReportArchive archive, ReportRequest report, CancellationToken cancellationToken)
    {
        if (!report.IsDone)
        {
            return false;
        }

        await using var stream = archive.Open(report.Id, report.Attempts);
        if (stream is null)
        {
            return true;
        }

        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return Convert.ToHexStringLower(hash) != report.Sha256;
    }
}
