using LaborPlattform.Projects.Domain;

namespace LaborPlattform.Projects.Tests.Domain;

internal static class DomainFactory
{
    public static readonly Actor Kim = new("user-kim", "Kim Koordination");

    public static readonly DateTimeOffset Created = new(2025, 1, 10, 9, 0, 0, TimeSpan.Zero);

    public static SubProject NewSubProject(DateOnly? start = null, DateOnly? end = null) => new(
        Guid.CreateVersion7(),
        Guid.CreateVersion7(),
        new SubProjectDetails(
            "Smartphone-Schulungen",
            "Ältere Menschen nutzen ihr Smartphone sicher.",
            null,
            null,
            [],
            ["Senior:innen ab 70"],
            ["04011000"],
            Principles.Participation,
            start ?? new DateOnly(2025, 1, 1),
            end ?? new DateOnly(2026, 12, 31),
            false,
            null,
            []),
        Created,
        Kim);

    public static SubProject Running()
    {
        var s = NewSubProject();
        s.ChangeStatus(SubProjectStatus.Running, "Los geht's", Created.AddDays(1), Kim);
        return s;
    }
}
