namespace LaborPlattform.Reporting.Data;

internal sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : ModuleDbContext(options, "Reporting", Prefix)
{
    public const string Prefix = "reporting";

    public DbSet<ReportRequest> Reports => Set<ReportRequest>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReportRequest>(report =>
        {
            report.ToTable("reporting_reports");
            report.HasKey(r => r.Id);
            report.Property(r => r.Type).HasMaxLength(32).IsRequired();
            report.Property(r => r.ScopeName).HasMaxLength(200).IsRequired();
            report.Property(r => r.PeriodKind).HasMaxLength(16).IsRequired();
            report.Property(r => r.Audience).HasMaxLength(32).IsRequired();
            report.Property(r => r.RequestedById).HasMaxLength(64);
            report.Property(r => r.RequestedByName).HasMaxLength(200).IsRequired();
            report.Property(r => r.ScheduleKey).HasMaxLength(200);
            report.HasIndex(r => r.ScheduleKey).IsUnique();
            report.Property(r => r.State).HasMaxLength(16).IsRequired();
            report.Property(r => r.FailureReason).HasMaxLength(1000);
            report.Property(r => r.FileName).HasMaxLength(200);
            report.Property(r => r.Sha256).HasMaxLength(64);
            report.HasIndex(r => r.LabId);
            report.HasIndex(r => r.RequestedAt);
            report.Ignore(r => r.Period);
            report.Ignore(r => r.Spec);
            report.Ignore(r => r.IsDone);
        });
    }
}
