using LaborPlattform.Labs.Contracts;

namespace LaborPlattform.Labs.ReadLabs;

internal static class LabMapping
{
    public static async Task<IReadOnlyList<LabDto>> ToDtosAsync(this LabsDbContext db, IReadOnlyList<Lab> labs, CancellationToken ct)
    {
        var programmes = await db.Programmes.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var themes = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
        return labs.Select(l => ToDto(l, programmes, themes)).ToList();
    }

    private static LabDto ToDto(Lab lab, Dictionary<Guid, string> programmes, Dictionary<Guid, Theme> themes)
    {
        var state = FederalStates.ByCode(lab.FederalStateCode);
        return new LabDto(
            lab.Id,
            lab.Slug,
            lab.Name,
            lab.ShortDescription,
            lab.FederalStateCode,
            state?.Name ?? lab.FederalStateCode,
            lab.ProgrammeId,
            programmes.GetValueOrDefault(lab.ProgrammeId, string.Empty),
            lab.FundingStart,
            lab.FundingEnd,
            lab.Status.ToString(),
            lab.Themes
                .Select(t => themes.TryGetValue(t.ThemeId, out var theme) ? new ThemeDto(theme.Id, theme.Key, theme.Name) : null)
                .OfType<ThemeDto>()
                .OrderBy(t => t.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de-DE"), false))
                .ToList(),
            lab.Municipalities
                .OrderBy(m => m.Role)
                .ThenBy(m => m.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de-DE"), false))
                .Select(m => new MemberMunicipalityDto(m.Key, m.Name, m.Kind.ToString(), m.Role.ToString()))
                .ToList(),
            lab.Universities
                .OrderBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de-DE"), false))
                .Select(u => new PartnerUniversityDto(u.Id, u.Name, u.TeachingLinks.OrderBy(t => t.Term, StringComparer.Ordinal).Select(t => new TeachingLinkDto(t.Id, t.Course, t.Term)).ToList()))
                .ToList(),
            lab.Version);
    }
}
