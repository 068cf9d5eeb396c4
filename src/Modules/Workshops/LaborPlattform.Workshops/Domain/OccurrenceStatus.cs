namespace LaborPlattform.Workshops.Domain;

/// <summary>Whether a date takes place; a cancelled date keeps its reason and can be reinstated.</summary>
internal enum OccurrenceStatus
{
    Scheduled = 1,
    Cancelled = 2,
}
