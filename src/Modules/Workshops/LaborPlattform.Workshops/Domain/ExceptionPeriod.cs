namespace LaborPlattform.Workshops.Domain;

/// <summary>A stretch of days in which a series does not take place (e.g. the Easter holidays); both days inclusive.</summary>
internal sealed record ExceptionPeriod(DateOnly From, DateOnly To, string Label)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;
}
