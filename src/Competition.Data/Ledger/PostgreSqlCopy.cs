using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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
        var entityType = db.Model.FindEntityType(typeof(TEntity))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        // The database assigns identity columns.
        var columns = entityType.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();
        var names = string.Join(", ", columns.Select(p => $"\"{p.GetColumnName(table)}\""));
        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({names}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in rows)
            {
                await importer.StartRowAsync();
                foreach (var column in columns)
                {
                    var value = column.GetGetter().GetClrValue(row);
                    var mapping = column.GetRelationalTypeMapping();
                    if (value is not null && mapping.Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }
                    if (value is null)
                    {
                        await importer.WriteNullAsync();
                    }
                    else
                    {
                        await importer.WriteAsync(value, StoreTypeName(mapping.StoreType));
                    }
                }
            }
            await importer.CompleteAsync();
        }
        catch (PostgresException refused)
        {
            throw new DbUpdateException($"PostgreSQL refused the rows: {refused.MessageText}", refused);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>"character varying(40)" → "character varying": COPY takes the type, not its length.</summary>
    private static string StoreTypeName(string storeType) => storeType.Split('(')[0];
}
