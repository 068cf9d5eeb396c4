using System.Security.Cryptography;
using LaborPlattform.Shared.Persistence;

namespace LaborPlattform.Reporting.Archive;

/// <summary>An archived file: where it is, its size and its SHA-256 (lower-case hexadecimal).</summary>
internal sealed record ArchivedFile(string Path, long SizeBytes, string Sha256);

/// <summary>
/// Keeps every generated report unchanged: one write-once file per report in <c>reports/</c> beside the platform's
/// database. A second write of the same report (a job that ran twice) finds the file there and leaves it as it is.
/// </summary>
internal interface IReportArchive
{
    Task<ArchivedFile> StoreAsync(Guid reportId, byte[] pdf, CancellationToken cancellationToken);

    /// <summary>Opens the archived file for reading, or null when there is none.</summary>
    Stream? Open(Guid reportId);
}

internal sealed class FileReportArchive(PlatformDatabase database) : IReportArchive
{
    private readonly string _root = System.IO.Path.Combine(database.DataDirectory, "reports");

    private string PathOf(Guid reportId) => System.IO.Path.Combine(_root, $"{reportId:N}.pdf");

    public async Task<ArchivedFile> StoreAsync(Guid reportId, byte[] pdf, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        var path = PathOf(reportId);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        if (!File.Exists(path))
        {
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllBytesAsync(temporary, pdf, cancellationToken);
            try
            {
                // Never overwrite: the first complete file is the archived one.
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }

        var archived = await File.ReadAllBytesAsync(path, cancellationToken);
        var archivedSha = Convert.ToHexStringLower(SHA256.HashData(archived));
        if (archivedSha != sha256)
        {
            throw new InvalidOperationException($"The archive already holds a different file for report {reportId}.");
        }

        return new ArchivedFile(path, archived.LongLength, archivedSha);
    }

    public Stream? Open(Guid reportId)
    {
        var path = PathOf(reportId);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read) : null;
    }
}
