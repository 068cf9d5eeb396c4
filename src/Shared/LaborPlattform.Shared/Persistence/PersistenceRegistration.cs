using LaborPlattform.Shared.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LaborPlattform.Shared.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the platform database with everything every module gets: its own
    /// migrations history table, the audit trail, SQLite pragmas, migration at start-up and a readiness check.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext>(this IServiceCollection services, string tablePrefix)
        where TContext : ModuleDbContext
    {
        services.TryAddSingleton<PlatformDatabase>();
        services.TryAddScoped<AuditingInterceptor>();
        services.AddDbContext<TContext>((sp, options) => options.UsePlatformSqlite(sp, tablePrefix));
        services.AddScoped<IModuleDatabase, ModuleDatabase<TContext>>();
        services.AddScoped<IAuditSource, AuditSource<TContext>>();
        services.AddHealthChecks().AddDbContextCheck<TContext>(typeof(TContext).Name, tags: ["ready"]);
        return services;
    }

    /// <summary>Adds the audit trail to a context that is not a <see cref="ModuleDbContext"/> (the account store).</summary>
    public static IServiceCollection AddAuditedContext<TContext>(this IServiceCollection services)
        where TContext : DbContext, IAuditedDbContext
    {
        services.TryAddSingleton<PlatformDatabase>();
        services.TryAddScoped<AuditingInterceptor>();
        services.AddScoped<IAuditSource, AuditSource<TContext>>();
        return services;
    }

    /// <summary>The interceptors every platform context needs (audit trail, SQLite pragmas).</summary>
    public static DbContextOptionsBuilder UsePlatformSqlite(this DbContextOptionsBuilder options, IServiceProvider services, string tablePrefix)
    {
        options.UseSqlite(
            services.GetRequiredService<PlatformDatabase>().ConnectionString,
            sqlite => sqlite.MigrationsHistoryTable($"__{tablePrefix}_migrations"));
        options.AddInterceptors(services.GetRequiredService<AuditingInterceptor>(), SqlitePragmaInterceptor.Instance);
        return options;
    }
}
