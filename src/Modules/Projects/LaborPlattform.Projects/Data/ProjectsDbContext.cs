namespace LaborPlattform.Projects.Data;

internal sealed class ProjectsDbContext(DbContextOptions<ProjectsDbContext> options) : ModuleDbContext(options, "Projects", Prefix)
{
    public const string Prefix = "projects";

    public DbSet<SubProject> SubProjects => Set<SubProject>();

    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    public DbSet<LabSettings> LabSettings => Set<LabSettings>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SubProject>(sub =>
        {
            sub.ToTable("projects_sub_projects");
            sub.HasKey(s => s.Id);
            sub.HasIndex(s => s.LabId);
            sub.Property(s => s.Title).HasMaxLength(200).IsRequired();
            sub.Property(s => s.Goal).HasMaxLength(2000).IsRequired();
            sub.Property(s => s.Description).HasMaxLength(8000).IsRequired();
            sub.Property(s => s.InternalNotes).HasMaxLength(4000).IsRequired();
            sub.Property(s => s.TargetGroupLines).HasMaxLength(2600).IsRequired();
            sub.Property(s => s.Principles).HasConversion<string>().HasMaxLength(120);
            sub.Property(s => s.PublicSummary).HasMaxLength(2000).IsRequired();
            sub.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            sub.Ignore(s => s.IsReadOnly);
            sub.Ignore(s => s.TargetGroups);

            sub.HasMany(s => s.Themes).WithOne().HasForeignKey(t => t.SubProjectId).OnDelete(DeleteBehavior.Cascade);
            sub.Navigation(s => s.Themes).HasField("_themes");
            sub.HasMany(s => s.Municipalities).WithOne().HasForeignKey(m => m.SubProjectId).OnDelete(DeleteBehavior.Cascade);
            sub.Navigation(s => s.Municipalities).HasField("_municipalities");
            sub.HasMany(s => s.Organisations).WithOne().HasForeignKey(o => o.SubProjectId).OnDelete(DeleteBehavior.Cascade);
            sub.Navigation(s => s.Organisations).HasField("_organisations");
            sub.HasMany(s => s.StatusChanges).WithOne().HasForeignKey(c => c.SubProjectId).OnDelete(DeleteBehavior.Cascade);
            sub.Navigation(s => s.StatusChanges).HasField("_statusChanges");
            sub.HasMany(s => s.Milestones).WithOne().HasForeignKey(m => m.SubProjectId).OnDelete(DeleteBehavior.Cascade);
            sub.Navigation(s => s.Milestones).HasField("_milestones");
            sub.HasMany(s => s.Indicators).WithOne().HasForeignKey(i => i.SubProjectId).OnDelete(DeleteBehavior.Cascade);
            sub.Navigation(s => s.Indicators).HasField("_indicators");
            sub.HasMany(s => s.Lessons).WithOne().HasForeignKey(l => l.SubProjectId).OnDelete(DeleteBehavior.Cascade);
            sub.Navigation(s => s.Lessons).HasField("_lessons");
            sub.HasMany(s => s.Transfers).WithOne().HasForeignKey(t => t.SubProjectId).OnDelete(DeleteBehavior.Cascade);
            sub.Navigation(s => s.Transfers).HasField("_transfers");
        });

        modelBuilder.Entity<SubProjectTheme>(theme =>
        {
            theme.ToTable("projects_sub_project_themes");
            theme.HasKey(t => new { t.SubProjectId, t.ThemeId });
            theme.HasIndex(t => t.ThemeId);
        });

        modelBuilder.Entity<SubProjectMunicipality>(municipality =>
        {
            municipality.ToTable("projects_sub_project_municipalities");
            municipality.HasKey(m => new { m.SubProjectId, m.MunicipalityKey });
            municipality.Property(m => m.MunicipalityKey).HasMaxLength(8).IsFixedLength();
        });

        modelBuilder.Entity<SubProjectOrganisation>(organisation =>
        {
            organisation.ToTable("projects_sub_project_organisations");
            organisation.HasKey(o => new { o.SubProjectId, o.OrganisationId });
        });

        modelBuilder.Entity<StatusChange>(change =>
        {
            change.ToTable("projects_status_changes");
            change.HasKey(c => c.Id);
            change.Property(c => c.From).HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.To).HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.ChangedByUserId).HasMaxLength(64);
            change.Property(c => c.ChangedByName).HasMaxLength(256).IsRequired();
            change.Property(c => c.Reason).HasMaxLength(2000).IsRequired();
            change.HasIndex(c => new { c.SubProjectId, c.Sequence }).IsUnique();
        });

        modelBuilder.Entity<Milestone>(milestone =>
        {
            milestone.ToTable("projects_milestones");
            milestone.HasKey(m => m.Id);
            milestone.Property(m => m.Title).HasMaxLength(200).IsRequired();
            milestone.HasIndex(m => new { m.SubProjectId, m.DueDate });
        });

        modelBuilder.Entity<Indicator>(indicator =>
        {
            indicator.ToTable("projects_indicators");
            indicator.HasKey(i => i.Id);
            indicator.Property(i => i.Name).HasMaxLength(200).IsRequired();
            indicator.Property(i => i.Unit).HasMaxLength(60).IsRequired();
            indicator.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            indicator.Property(i => i.Baseline).HasPrecision(18, 4);
            indicator.Property(i => i.Target).HasPrecision(18, 4);
            indicator.HasMany<IndicatorValue>().WithOne().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<IndicatorValue>(value =>
        {
            value.ToTable("projects_indicator_values");
            value.HasKey(v => v.Id);
            value.Property(v => v.Value).HasPrecision(18, 4);
            value.Property(v => v.Note).HasMaxLength(500).IsRequired();
            value.Property(v => v.SourceKey).HasMaxLength(100);
            value.Property(v => v.RecordedByName).HasMaxLength(256).IsRequired();
            value.HasIndex(v => new { v.IndicatorId, v.MeasuredOn });
            // One value per source: a source that sends again replaces its value (see RecordIndicatorContribution).
            value.HasIndex(v => new { v.IndicatorId, v.SourceKey }).IsUnique();
        });

        modelBuilder.Entity<LessonLearned>(lesson =>
        {
            lesson.ToTable("projects_lessons_learned");
            lesson.HasKey(l => l.Id);
            lesson.Property(l => l.WhatWorked).HasMaxLength(4000).IsRequired();
            lesson.Property(l => l.WhatDidNotWork).HasMaxLength(4000).IsRequired();
            lesson.Property(l => l.AdviceForOthers).HasMaxLength(4000).IsRequired();
        });

        modelBuilder.Entity<Transfer>(transfer =>
        {
            transfer.ToTable("projects_transfers");
            transfer.HasKey(t => t.Id);
            transfer.Property(t => t.MunicipalityKey).HasMaxLength(8).IsFixedLength().IsRequired();
            transfer.Property(t => t.MunicipalityName).HasMaxLength(200).IsRequired();
            transfer.Property(t => t.Note).HasMaxLength(1000).IsRequired();
            transfer.HasIndex(t => new { t.SubProjectId, t.MunicipalityKey }).IsUnique();
        });

        modelBuilder.Entity<ProgressUpdate>(update =>
        {
            update.ToTable("projects_progress_updates");
            update.HasKey(u => u.Id);
            update.Property(u => u.Text).HasMaxLength(4000).IsRequired();
            update.Property(u => u.TrafficLight).HasConversion<string>().HasMaxLength(16);
            update.Property(u => u.Reason).HasMaxLength(2000).IsRequired();
            update.Property(u => u.AuthorUserId).HasMaxLength(64);
            update.Property(u => u.AuthorName).HasMaxLength(256).IsRequired();
            update.HasOne<SubProject>().WithMany().HasForeignKey(u => u.SubProjectId).OnDelete(DeleteBehavior.Cascade);
            update.HasIndex(u => new { u.SubProjectId, u.ReportedOn });
        });

        modelBuilder.Entity<LabSettings>(settings =>
        {
            settings.ToTable("projects_lab_settings");
            settings.HasKey(s => s.LabId);
        });
    }
}
