namespace LaborPlattform.Shared.Auditing;

/// <summary>Who is acting right now: the signed-in user, or the system (start-up, background jobs).</summary>
public interface ICurrentActor
{
    string? UserId { get; }

    string Name { get; }
}
