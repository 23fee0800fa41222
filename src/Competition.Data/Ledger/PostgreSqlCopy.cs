using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Competition.Data.Ledger;

/// <summary>
/// Writes new rows with PostgreSQL's binary COPY: one statement for the whole batch instead of one INSERT
/// per row, so the server parses, plans and starts an executor once. COPY is one statement, so the batch
/// is committed whole or not at all. Columns, types and value conversions come from the EF model. A row the
/// database refuses fails the batch with <see cref="DbUpdateException"/>, as SaveChanges would.
/// </summary>
internal static class PostgreSqlCopy
{
    public static async Task InsertAsync<TEntity>(DbContext db, IReadOnlyList<TEntity> rows) where TEntity : class
    {
        var columns = new NewRowColumns<TEntity>(db);
        await DirectWrite.RunAsync<PostgresException>(db, async () =>
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{columns.Table.Name}\" ({columns.QuotedNames}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in rows)
            {
                await importer.StartRowAsync();
                foreach (var column in columns.Properties)
                {
                    if (NewRowColumns<TEntity>.ProviderValue(column, row) is { } value)
                    {
                        await importer.WriteAsync(value, StoreTypeName(NewRowColumns<TEntity>.Mapping(column).StoreType));
                    }
                    else
                    {
                        await importer.WriteNullAsync();
                    }
                }
            }
            await importer.CompleteAsync();
        });
    }

    /// <summary>"character varying(40)" → "character varying": COPY takes the type, not its length.</summary>
    private static string StoreTypeName(string storeType) => storeType.Split('(')[0];
}
