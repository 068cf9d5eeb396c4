namespace LaborPlattform.Projects.Domain;

/// <summary>The life cycle of a sub-project; the allowed moves are in <see cref="StatusLifeCycle"/>.</summary>
internal enum SubProjectStatus
{
    Planned = 1,
    Running = 2,
    Paused = 3,
    Completed = 4,
    Cancelled = 5,
}

internal enum TrafficLight
{
    OnTrack = 1,
    AtRisk = 2,
    Critical = 3,
}

/// <summary>How measured values add up (see <c>IndicatorKinds</c> in the Contracts).</summary>
internal enum IndicatorKind
{
    Snapshot = 1,
    Cumulative = 2,
}

/// <summary>Open-government principles; stored as their names ("Transparency, Participation").</summary>
[Flags]
internal enum Principles
{
    None = 0,
    Transparency = 1,
    Participation = 2,
    Collaboration = 4,
    OpenCulture = 8,
}

internal static class Parse
{
    public static T? Enum<T>(string? value)
        where T : struct, System.Enum =>
        System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;

    public static Principles Principles(IEnumerable<string>? names)
    {
        var result = Domain.Principles.None;
        foreach (var name in names ?? [])
        {
            if (Enum<Principles>(name) is { } principle && principle != Domain.Principles.None)
            {
                result |= principle;
            }
        }

        return result;
    }

    public static IReadOnlyList<string> Names(Principles principles) =>
        System.Enum.GetValues<Principles>().Where(p => p != Domain.Principles.None && principles.HasFlag(p)).Select(p => p.ToString()).ToList();
}
