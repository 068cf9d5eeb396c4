using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LaborPlattform.Stakeholders.Data;

/// <summary>
/// This module stores personal data (contact persons). SQLite leaves deleted and overwritten content in the free
/// space of its pages until they are reused; with <c>secure_delete</c> it overwrites such content with zeros at
/// once, so an erased or corrected name cannot be read from the database file afterwards (GDPR Art. 17).
/// Connections are pooled, so other modules' connections may carry the setting too; it only costs some writes.
/// </summary>
internal sealed class SecureDeleteInterceptor : DbConnectionInterceptor
{
    public static readonly SecureDeleteInterceptor Instance = new();

    private const string Pragma = "PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
