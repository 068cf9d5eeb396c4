using System.Globalization;
using System.Reflection;
using System.Text.Json;
using LaborPlattform.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LaborPlattform.Shared.Auditing;

/// <summary>
/// The one audit mechanism of all modules: before a module context saves, every added, modified and deleted
/// entity becomes an <see cref="AuditEntry"/> in that module's audit table, in the same transaction, so a
/// change and its trail are written together or not at all.
/// </summary>
internal sealed class AuditingInterceptor(ICurrentActor actor, TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Record(DbContext? context)
    {
        if (context is not IAuditedDbContext audited)
        {
            return;
        }

        var db = context;

        db.ChangeTracker.DetectChanges();
        var now = time.GetUtcNow();
        var entries = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry || entry.State is EntityState.Detached or EntityState.Unchanged)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            };
            var changes = Changes(entry, action);
            if (action == AuditAction.Updated && changes.Count == 0)
            {
                continue;
            }

            entries.Add(new AuditEntry(
                now,
                actor.UserId,
                actor.Name,
                audited.ModuleName,
                entry.Metadata.ClrType == typeof(Dictionary<string, object>) ? entry.Metadata.ShortName() : entry.Metadata.ClrType.Name,
                KeyOf(entry),
                action,
                JsonSerializer.Serialize(changes)));
        }

        audited.AuditEntries.AddRange(entries);
    }

    private static List<AuditChange> Changes(EntityEntry entry, AuditAction action)
    {
        var changes = new List<AuditChange>();
        foreach (var property in entry.Properties)
        {
            var meta = property.Metadata;
            if (meta.Name == nameof(IVersioned.Version) || (meta.IsPrimaryKey() && action != AuditAction.Created))
            {
                continue;
            }

            var personal = IsPersonal(meta);
            switch (action)
            {
                case AuditAction.Created when property.CurrentValue is not null:
                    changes.Add(new AuditChange(meta.Name, null, personal ? AuditEntry.Redacted : Format(property.CurrentValue)));
                    break;
                case AuditAction.Deleted when property.OriginalValue is not null:
                    changes.Add(new AuditChange(meta.Name, personal ? AuditEntry.Redacted : Format(property.OriginalValue), null));
                    break;
                case AuditAction.Updated when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes.Add(personal
                        ? new AuditChange(meta.Name, AuditEntry.Redacted, AuditEntry.Redacted)
                        : new AuditChange(meta.Name, Format(property.OriginalValue), Format(property.CurrentValue)));
                    break;
            }
        }

        return changes;
    }

    private static bool IsPersonal(IProperty property) =>
        property.PropertyInfo?.GetCustomAttribute<PersonalAttribute>() is not null
        || property.FindAnnotation(PersonalDataAnnotation.Name) is not null
        || property.DeclaringType.FindAnnotation(PersonalDataAnnotation.Name) is not null;

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return string.Empty;
        }

        return string.Join('/', key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue) ?? string.Empty));
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>Fluent alternative to <see cref="PersonalAttribute"/> for properties configured in the model.</summary>
public static class PersonalDataAnnotation
{
    public const string Name = "LaborPlattform:Personal";

    public static Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<T> IsPersonalData<T>(
        this Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<T> property) =>
        property.HasAnnotation(Name, true);
}
