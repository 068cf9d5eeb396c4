using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace LaborPlattform.Shared.Persistence;

/// <summary>
/// Where the platform keeps its data: one SQLite file in the data directory (configuration key
/// <c>LaborPlattform:DataDirectory</c>, environment variable <c>LaborPlattform__DataDirectory</c>),
/// by default <c>./data</c> under the working directory. Every module has its own tables (by prefix) and
/// its own migrations history in that file; other stores (background jobs, report archive) sit beside it.
/// </summary>
public sealed class PlatformDatabase
{
    public const string DataDirectoryKey = "LaborPlattform:DataDirectory";

    public PlatformDatabase(IConfiguration configuration)
    {
        var configured = configuration[DataDirectoryKey];
        DataDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Path.Combine(Directory.GetCurrentDirectory(), "data") : configured);
        Directory.CreateDirectory(DataDirectory);
        DatabaseFile = Path.Combine(DataDirectory, "laborplattform.db");
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabaseFile,
            ForeignKeys = true,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy database until the command timeout; see also the busy_timeout pragma.
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DataDirectory { get; }

    public string DatabaseFile { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// Write-ahead logging lets readers work while one writer writes; it is a property of the file, so
    /// setting it once when the platform starts is enough.
    /// </summary>
    public void EnableWriteAheadLog()
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}
