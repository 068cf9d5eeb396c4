using Microsoft.EntityFrameworkCore;

namespace LaborPlattform.Shared.Auditing;

/// <summary>One module's audit table, read by the administrators' audit page.</summary>
public interface IAuditSource
{
    string Module { get; }

    IQueryable<AuditEntry> Entries { get; }
}

internal sealed class AuditSource<TContext>(TContext context) : IAuditSource
    where TContext : DbContext, IAuditedDbContext
{
    public string Module => context.ModuleName;

    public IQueryable<AuditEntry> Entries => context.AuditEntries;
}
