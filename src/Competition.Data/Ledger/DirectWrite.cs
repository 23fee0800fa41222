using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Competition.Data.Ledger;

/// <summary>The frame of a writer that bypasses SaveChanges: the context's connection opened for the write and
/// closed after it, and a row the database refuses reported as SaveChanges reports it.</summary>
internal static class DirectWrite
{
    public static async Task RunAsync<TRefusal>(DbContext db, Func<Task> write) where TRefusal : DbException
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await write();
        }
        catch (TRefusal refused)
        {
            throw new DbUpdateException($"The database refused the rows: {refused.Message}", refused);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
