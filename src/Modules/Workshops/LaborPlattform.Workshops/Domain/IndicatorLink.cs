namespace LaborPlattform.Workshops.Domain;

internal sealed record IndicatorLink(Guid IndicatorId, IndicatorFigure Figure);
