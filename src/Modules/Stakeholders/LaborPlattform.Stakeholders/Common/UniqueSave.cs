namespace LaborPlattform.Stakeholders.Common;

internal static class UniqueSave
{
    /// <summary>
    /// Saves; when the database refuses the save because someone else took the same unique name a moment earlier
    /// (both passed the check before saving), the person gets the same field error as for a name taken long ago,
    /// not an error page. The name is looked up again: another unique rule may have refused the row.
    /// </summary>
    public static async Task SaveAsync(this DbContext db, Func<Task<bool>> nameTaken, string field, string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (ConflictException conflict) when (conflict.Code == ConflictException.DuplicateCode)
        {
            if (await nameTaken())
            {
                throw new ValidationFailedException(field, message);
            }

            throw;
        }
    }
}
