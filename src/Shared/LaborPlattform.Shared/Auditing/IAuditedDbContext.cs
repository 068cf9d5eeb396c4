using Microsoft.EntityFrameworkCore;

namespace LaborPlattform.Shared.Auditing;

/// <summary>
/// A DbContext whose changes the audit trail records. Module contexts get it from
/// <see cref="Persistence.ModuleDbContext"/>; contexts with another base class (the account store, which
/// derives from Identity's context) implement it and call <see cref="AuditModel.Configure"/>.
/// </summary>
public interface IAuditedDbContext
{
    string ModuleName { get; }

    DbSet<AuditEntry> AuditEntries { get; }
}

public static class AuditModel
{
    public static void Configure(ModelBuilder modelBuilder, string tablePrefix) =>
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable($"{tablePrefix}_audit_entries");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Id).ValueGeneratedOnAdd();
            audit.Property(a => a.UserId).HasMaxLength(64);
            audit.Property(a => a.UserName).HasMaxLength(256);
            audit.Property(a => a.Module).HasMaxLength(64);
            audit.Property(a => a.EntityType).HasMaxLength(128);
            audit.Property(a => a.EntityId).HasMaxLength(128);
            audit.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
            audit.HasIndex(a => a.At);
            audit.HasIndex(a => new { a.EntityType, a.EntityId });
        });
}
