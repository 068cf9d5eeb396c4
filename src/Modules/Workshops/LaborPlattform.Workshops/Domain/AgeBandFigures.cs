namespace LaborPlattform.Workshops.Domain;

internal sealed record AgeBandFigures(int Under30, int From30To49, int From50To69, int Age70AndOver)
{
    public int Sum => Under30 + From30To49 + From50To69 + Age70AndOver;
}
