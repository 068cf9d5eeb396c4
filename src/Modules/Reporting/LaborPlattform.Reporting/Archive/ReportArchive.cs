using System.Security.Cryptography;

namespace LaborPlattform.Reporting.Archive;

/// <summary>An archived file: where it is, its size and its SHA-256 (lower-case hexadecimal).</summary>
internal sealed record ArchivedFile(string Path, long SizeBytes, string Sha256);

/// <summary>
/// Keeps every generated report unchanged: one write-once file per report and attempt in <c>reports/</c> beside the
/// platform's database. A second write of the same attempt (a job that ran twice) finds the file there and leaves it as
/// it is; a retried report is a new attempt with its own file, so a file an abandoned attempt left never blocks it.
/// </summary>
internal interface IReportArchive
{
    Task<ArchivedFile> StoreAsync(Guid reportId, int attempt, byte[] pdf, CancellationToken cancellationToken);

    /// <summary>Opens the archived file of an attempt for reading, or null when there is none.</summary>
    Stream? Open(Guid reportId, int attempt);
}

internal sealed class FileReportArchive(PlatformDatabase database) : IReportArchive
{
    private readonly string _root = System.IO.Path.Combine(database.DataDirectory, "reports");

    /// <summary><c>{id}.pdf</c> for the first attempt (as archives before attempts had files of their own), <c>{id}.{n}.pdf</c> after.</summary>
    private string PathOf(Guid reportId, int attempt) =>
        System.IO.Path.Combine(_root, attempt <= 1 ? $"{reportId:N}.pdf" : $"{reportId:N}.{attempt}.pdf");

    public async Task<ArchivedFile> StoreAsync(Guid reportId, int attempt, byte[] pdf, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        var path = PathOf(reportId, attempt);
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
            throw new InvalidOperationException($"The archive already holds a different file for attempt {attempt} of report {reportId}.");
        }

        return new ArchivedFile(path, archived.LongLength, archivedSha);
    }

    public Stream? Open(Guid reportId, int attempt)
    {
        var path = PathOf(reportId, attempt);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read) : null;
    }
}
