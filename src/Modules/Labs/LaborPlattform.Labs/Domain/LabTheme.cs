namespace LaborPlattform.Labs.Domain;

internal sealed class LabTheme
{
    private LabTheme()
    {
    }

    public LabTheme(Guid labId, Guid themeId)
    {
        LabId = labId;
        ThemeId = themeId;
    }

    public Guid LabId { get; private set; }

    public Guid ThemeId { get; private set; }
}
