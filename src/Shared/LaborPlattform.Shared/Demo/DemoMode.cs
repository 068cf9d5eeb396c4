using Microsoft.Extensions.Configuration;

namespace LaborPlattform.Shared.Demo;

/// <summary>Demo mode (<c>LaborPlattform:DemoMode</c>): demo data and demo accounts, never in production.</summary>
public static class DemoMode
{
    public const string Key = "LaborPlattform:DemoMode";

    public static bool IsDemoMode(this IConfiguration configuration) => configuration.GetValue<bool>(Key);
}
