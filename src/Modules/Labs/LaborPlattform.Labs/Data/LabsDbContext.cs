namespace LaborPlattform.Labs.Data;

internal sealed class LabsDbContext(DbContextOptions<LabsDbContext> options) : ModuleDbContext(options, "Labs", Prefix)
{
    public const string Prefix = "labs";

    public DbSet<Lab> Labs => Set<Lab>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Theme> Themes => Set<Theme>();

    /// <summary>
    /// The whole lab a command changes, in the version the person saw: an unknown lab is not found (404), one changed
    /// since is a conflict (409). The lab is the aggregate, so its members, universities and courses come with it.
    /// </summary>
    public async Task<Lab> LabToChangeAsync(Guid labId, int version, CancellationToken ct)
    {
        var lab = await Labs.WithEverything().SingleOrDefaultAsync(l => l.Id == labId, ct)
            ?? throw new NotFoundException("Labor", labId);
        this.ExpectVersion(lab, version);
        return lab;
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Programme>(programme =>
        {
            programme.ToTable("labs_programmes");
            programme.HasKey(p => p.Id);
            programme.Property(p => p.Name).HasMaxLength(200).IsRequired();
            programme.Property(p => p.Description).HasMaxLength(4000);
            programme.HasIndex(p => p.Name).IsUnique();
            programme.HasData(Defaults.Programmes);
        });

        modelBuilder.Entity<Theme>(theme =>
        {
            theme.ToTable("labs_themes");
            theme.HasKey(t => t.Id);
            theme.Property(t => t.Key).HasMaxLength(64).IsRequired();
            theme.Property(t => t.Name).HasMaxLength(120).IsRequired();
            theme.HasIndex(t => t.Key).IsUnique();
            theme.HasData(Defaults.Themes);
        });

        modelBuilder.Entity<Lab>(lab =>
        {
            lab.ToTable("labs_labs");
            lab.HasKey(l => l.Id);
            lab.Property(l => l.Slug).HasMaxLength(80).IsRequired();
            lab.HasIndex(l => l.Slug).IsUnique();
            lab.Property(l => l.Name).HasMaxLength(200).IsRequired();
            lab.HasIndex(l => l.Name).IsUnique();
            lab.Property(l => l.ShortDescription).HasMaxLength(2000);
            lab.Property(l => l.FederalStateCode).HasMaxLength(2).IsRequired();
            lab.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
            lab.HasOne<Programme>().WithMany().HasForeignKey(l => l.ProgrammeId).OnDelete(DeleteBehavior.Restrict);

            lab.HasMany(l => l.Themes).WithOne().HasForeignKey(t => t.LabId).OnDelete(DeleteBehavior.Cascade);
            lab.Navigation(l => l.Themes).HasField("_themes");
            lab.HasMany(l => l.Municipalities).WithOne().HasForeignKey(m => m.LabId).OnDelete(DeleteBehavior.Cascade);
            lab.Navigation(l => l.Municipalities).HasField("_municipalities");
            lab.HasMany(l => l.Universities).WithOne().HasForeignKey(u => u.LabId).OnDelete(DeleteBehavior.Cascade);
            lab.Navigation(l => l.Universities).HasField("_universities");
        });

        modelBuilder.Entity<LabTheme>(labTheme =>
        {
            labTheme.ToTable("labs_lab_themes");
            labTheme.HasKey(t => new { t.LabId, t.ThemeId });
            labTheme.HasOne<Theme>().WithMany().HasForeignKey(t => t.ThemeId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<MemberMunicipality>(member =>
        {
            member.ToTable("labs_member_municipalities");
            member.HasKey(m => m.Id);
            member.Property(m => m.Key).HasMaxLength(8).IsFixedLength().IsRequired();
            member.Property(m => m.Name).HasMaxLength(200).IsRequired();
            member.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
            member.HasIndex(m => new { m.LabId, m.Key }).IsUnique();
        });

        modelBuilder.Entity<PartnerUniversity>(university =>
        {
            university.ToTable("labs_partner_universities");
            university.HasKey(u => u.Id);
            university.Property(u => u.Name).HasMaxLength(200).IsRequired();
            university.HasMany(u => u.TeachingLinks).WithOne().HasForeignKey(t => t.UniversityId).OnDelete(DeleteBehavior.Cascade);
            university.Navigation(u => u.TeachingLinks).HasField("_teachingLinks");
        });

        modelBuilder.Entity<TeachingLink>(link =>
        {
            link.ToTable("labs_teaching_links");
            link.HasKey(t => t.Id);
            link.Property(t => t.Course).HasMaxLength(300).IsRequired();
            link.Property(t => t.Term).HasMaxLength(16).IsRequired();
        });
    }
}
