namespace LaborPlattform.Workshops.Domain;

internal sealed record SectorFigures(int Administration, int CivilSociety, int Politics, int Academia, int Business, int Citizens)
{
    public int Sum => Administration + CivilSociety + Politics + Academia + Business + Citizens;
}
