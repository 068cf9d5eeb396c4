namespace LaborPlattform.Labs.CreateProgramme;

internal static class ProgrammeNames
{
    /// <summary>Refuses a name another programme has (<paramref name="except"/>: the programme being edited).</summary>
    public static async Task EnsureUniqueProgrammeNameAsync(this LabsDbContext db, string name, Guid? except, CancellationToken ct)
    {
        if (await db.Programmes.AnyAsync(p => p.Name == name && p.Id != except, ct))
        {
            throw new ValidationFailedException("name", $"Es gibt bereits ein Programm mit dem Namen „{name}“.");
        }
    }
}
