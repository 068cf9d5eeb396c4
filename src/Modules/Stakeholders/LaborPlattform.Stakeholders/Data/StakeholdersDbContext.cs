namespace LaborPlattform.Stakeholders.Data;

internal sealed class StakeholdersDbContext(DbContextOptions<StakeholdersDbContext> options) : ModuleDbContext(options, "Stakeholders", Prefix)
{
    public const string Prefix = "stakeholders";

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Involvement> Involvements => Set<Involvement>();

    public DbSet<Network> Networks => Set<Network>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<SupportOffer> SupportOffers => Set<SupportOffer>();

    public DbSet<ContactPerson> ContactPersons => Set<ContactPerson>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(SecureDeleteInterceptor.Instance);

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organisation>(organisation =>
        {
            organisation.ToTable("stakeholders_organisations");
            organisation.HasKey(o => o.Id);
            organisation.Property(o => o.Name).HasMaxLength(200).IsRequired();
            organisation.Property(o => o.NormalizedName).HasMaxLength(200).IsRequired();
            organisation.HasIndex(o => o.NormalizedName).IsUnique();
            organisation.Property(o => o.Sector).HasConversion<string>().HasMaxLength(32);
            organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
            organisation.Property(o => o.Street).HasMaxLength(200).IsRequired();
            organisation.Property(o => o.PostalCode).HasMaxLength(5).IsRequired();
            organisation.Property(o => o.City).HasMaxLength(120).IsRequired();
            organisation.Property(o => o.MunicipalityKey).HasMaxLength(8).IsFixedLength().IsRequired();
            organisation.HasIndex(o => o.MunicipalityKey);
            organisation.Property(o => o.Website).HasMaxLength(500);
            organisation.Ignore(o => o.IsVenue);
            organisation.HasMany(o => o.Involvements).WithOne().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            organisation.Navigation(o => o.Involvements).HasField("_involvements");
        });

        modelBuilder.Entity<Involvement>(involvement =>
        {
            involvement.ToTable("stakeholders_involvements");
            involvement.HasKey(i => i.Id);
            involvement.Property(i => i.Role).HasConversion<string>().HasMaxLength(32);
            involvement.HasIndex(i => new { i.OrganisationId, i.LabId, i.Role }).IsUnique();
            involvement.HasIndex(i => i.LabId);
        });

        modelBuilder.Entity<Network>(network =>
        {
            network.ToTable("stakeholders_networks");
            network.HasKey(n => n.Id);
            network.Property(n => n.Name).HasMaxLength(200).IsRequired();
            network.Property(n => n.Description).HasMaxLength(4000);
            network.HasIndex(n => new { n.LabId, n.Name }).IsUnique();
            network.HasMany(n => n.Memberships).WithOne().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
            network.Navigation(n => n.Memberships).HasField("_memberships");
        });

        modelBuilder.Entity<Membership>(membership =>
        {
            membership.ToTable("stakeholders_memberships");
            membership.HasKey(m => m.Id);
            membership.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<SupportOffer>(offer =>
        {
            offer.ToTable("stakeholders_support_offers");
            offer.HasKey(o => o.Id);
            offer.Property(o => o.Title).HasMaxLength(200).IsRequired();
            offer.Property(o => o.Description).HasMaxLength(4000).IsRequired();
            offer.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
            offer.Property(o => o.Audience).HasMaxLength(300).IsRequired();
            offer.Property(o => o.Location).HasConversion<string>().HasMaxLength(16);
            offer.Property(o => o.Schedule).HasMaxLength(500).IsRequired();
            offer.Property(o => o.Recurrence).HasConversion<string>().HasMaxLength(16);
            offer.Property(o => o.Fee).HasPrecision(8, 2);
            offer.Property(o => o.ContactChannel).HasMaxLength(300).IsRequired();
            offer.HasIndex(o => new { o.LabId, o.Published });
            offer.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            offer.HasOne<Organisation>().WithMany().HasForeignKey(o => o.VenueId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ContactPerson>(person =>
        {
            person.ToTable("stakeholders_contact_persons");
            person.HasKey(p => p.Id);
            person.Property(p => p.Name).HasMaxLength(200).IsRequired();
            person.Property(p => p.Function).HasMaxLength(200);
            person.Property(p => p.Email).HasMaxLength(254);
            person.Property(p => p.Phone).HasMaxLength(40);
            person.Property(p => p.PreferredChannel).HasConversion<string>().HasMaxLength(16);
            person.Property(p => p.LegalBasis).HasConversion<string>().HasMaxLength(32);
            person.Property(p => p.Purpose).HasMaxLength(1000).IsRequired();
            person.Property(p => p.RecordedBy).HasMaxLength(64);
            person.HasIndex(p => p.OrganisationId);
            person.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
