namespace LaborPlattform.Shared.Auditing;

/// <summary>One create, update or delete of one entity, with who did it, when, and the fields that changed.</summary>
public sealed class AuditEntry
{
    public const string Redacted = "[personenbezogen]";

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? UserId { get; private set; }

    public string UserName { get; private set; } = string.Empty;

    public string Module { get; private set; } = string.Empty;

    public string EntityType { get; private set; } = string.Empty;

    public string EntityId { get; private set; } = string.Empty;

    public AuditAction Action { get; private set; }

    /// <summary>JSON array of <see cref="AuditChange"/>.</summary>
    public string Changes { get; private set; } = "[]";

    private AuditEntry()
    {
    }

    public AuditEntry(DateTimeOffset at, string? userId, string userName, string module, string entityType, string entityId, AuditAction action, string changes)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        Module = module;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Changes = changes;
    }
}

public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
}

public sealed record AuditChange(string Field, string? Old, string? New);
