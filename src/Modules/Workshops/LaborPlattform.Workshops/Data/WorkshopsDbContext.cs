namespace LaborPlattform.Workshops.Data;

internal sealed class WorkshopsDbContext(DbContextOptions<WorkshopsDbContext> options) : ModuleDbContext(options, "Workshops", Prefix)
{
    public const string Prefix = "workshops";

    public DbSet<Workshop> Workshops => Set<Workshop>();

    public DbSet<Occurrence> Occurrences => Set<Occurrence>();

    public DbSet<WorkshopFormat> Formats => Set<WorkshopFormat>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkshopFormat>(format =>
        {
            format.ToTable("workshops_formats");
            format.HasKey(f => f.Key);
            format.Property(f => f.Key).HasMaxLength(64);
            format.Property(f => f.Name).HasMaxLength(100).IsRequired();
            format.HasIndex(f => f.Name).IsUnique();
            format.HasData(DefaultFormats.All);
        });

        modelBuilder.Entity<Workshop>(workshop =>
        {
            workshop.ToTable("workshops_workshops");
            workshop.HasKey(w => w.Id);
            workshop.HasIndex(w => w.LabId);
            workshop.Property(w => w.Title).HasMaxLength(200).IsRequired();
            workshop.Property(w => w.Format).HasMaxLength(64).IsRequired();
            workshop.HasOne<WorkshopFormat>().WithMany().HasForeignKey(w => w.Format).OnDelete(DeleteBehavior.Restrict);
            workshop.Property(w => w.Methods).HasJsonConversion().HasMaxLength(2000);
            workshop.Property(w => w.RecurrenceRule).HasMaxLength(500);
            workshop.Property(w => w.Exceptions).HasJsonConversion().HasMaxLength(8000);
            workshop.Property(w => w.OrganiserIds).HasJsonConversion().HasMaxLength(4000);
            workshop.Property(w => w.FacilitatorIds).HasJsonConversion().HasMaxLength(4000);
            workshop.Property(w => w.Description).HasMaxLength(4000).IsRequired();
            workshop.Property(w => w.Registration).HasMaxLength(1000).IsRequired();
            workshop.Property(w => w.AccessibilityNotes).HasMaxLength(1000).IsRequired();
            workshop.Property(w => w.IndicatorFigure).HasConversion<string>().HasMaxLength(32);
            workshop.ComplexProperty(w => w.Venue, venue =>
            {
                venue.Property(v => v.Kind).HasConversion<string>().HasMaxLength(16).HasColumnName("venue_kind");
                venue.Property(v => v.OrganisationId).HasColumnName("venue_organisation_id");
                venue.Property(v => v.Name).HasMaxLength(200).HasColumnName("venue_name");
                venue.Property(v => v.Street).HasMaxLength(200).HasColumnName("venue_street");
                venue.Property(v => v.PostalCode).HasMaxLength(10).HasColumnName("venue_postal_code");
                venue.Property(v => v.City).HasMaxLength(100).HasColumnName("venue_city");
                venue.Property(v => v.MunicipalityKey).HasMaxLength(8).HasColumnName("venue_municipality_key");
                venue.Property(v => v.OnlineUrl).HasMaxLength(500).HasColumnName("venue_online_url");
                venue.Property(v => v.StepFreeAccess).HasColumnName("venue_step_free_access");
                venue.Property(v => v.AccessibleToilet).HasColumnName("venue_accessible_toilet");
                venue.Property(v => v.HearingLoop).HasColumnName("venue_hearing_loop");
            });
            workshop.Ignore(w => w.IsSeries);
            workshop.HasMany(w => w.Occurrences).WithOne().HasForeignKey(o => o.WorkshopId).OnDelete(DeleteBehavior.Cascade);
            workshop.Navigation(w => w.Occurrences).HasField("_occurrences");
        });

        modelBuilder.Entity<Occurrence>(occurrence =>
        {
            occurrence.ToTable("workshops_occurrences");
            occurrence.HasKey(o => o.Id);
            occurrence.HasIndex(o => new { o.WorkshopId, o.OccursOn }).IsUnique();
            occurrence.HasIndex(o => new { o.LabId, o.StartsAt });
            occurrence.HasIndex(o => o.StartsAt);
            occurrence.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
            occurrence.Property(o => o.CancellationReason).HasMaxLength(500).IsRequired();
            occurrence.Property(o => o.Outcome).HasJsonConversion().HasMaxLength(64000);
            occurrence.Property(o => o.ContributionProblem).HasMaxLength(500);
            occurrence.Ignore(o => o.IsCancelled);
            occurrence.Ignore(o => o.IsMoved);
            occurrence.Ignore(o => o.HasOutcome);
        });
    }
}
