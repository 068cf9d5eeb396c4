namespace LaborPlattform.Projects.Domain;

/// <summary>
/// An indicator's current value and target attainment. Snapshot indicators: the latest reading (by measuring
/// day, then entry time). Cumulative indicators: the baseline plus the sum of all values. Attainment is the share
/// of the way from baseline to target, so it also works for targets below the baseline (a figure that should fall).
/// </summary>
internal static class Attainment
{
    public static decimal? CurrentValue(IndicatorKind kind, decimal baseline, IEnumerable<IndicatorValue> values, DateOnly? asOf = null)
    {
        var counted = values.Where(v => asOf is null || v.MeasuredOn <= asOf).ToList();
        if (counted.Count == 0)
        {
            return null;
        }

        return kind == IndicatorKind.Cumulative
            ? baseline + counted.Sum(v => v.Value)
            : counted.OrderBy(v => v.MeasuredOn).ThenBy(v => v.RecordedAt).Last().Value;
    }

    /// <summary>Percent of the way from baseline to target, one decimal; null without a current value.</summary>
    public static decimal? Percent(decimal baseline, decimal target, decimal? current) =>
        current is { } value && target != baseline
            ? Math.Round((value - baseline) / (target - baseline) * 100m, 1, MidpointRounding.AwayFromZero)
            : null;
}
