using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Competition.Data.Migrations.Orleans;

/// <summary>
/// The tables and queries Orleans' ADO.NET clustering reads and writes, created by the platform's own
/// migrations on the production databases so that a deployment runs no script by hand. The scripts are
/// Orleans' own, unchanged (see <c>SOURCES.md</c>); migrations run under EF's migration lock, so silos
/// that start together create them once.
/// </summary>
internal static class OrleansMembershipSchema
{
    /// <summary>Runs Orleans' main and clustering scripts for <paramref name="vendor"/> (<c>PostgreSQL</c>, <c>SQLServer</c>).</summary>
    public static void Create(MigrationBuilder migrationBuilder, string vendor)
    {
        // SQL Server's main script switches the database to snapshot isolation, which no transaction may do.
        var outsideTransaction = vendor == "SQLServer";
        migrationBuilder.Sql(Script($"{vendor}-Main.sql"), suppressTransaction: outsideTransaction);
        migrationBuilder.Sql(Script($"{vendor}-Clustering.sql"), suppressTransaction: outsideTransaction);
    }

    /// <summary>Removes what <see cref="Create"/> made.</summary>
    public static void Drop(MigrationBuilder migrationBuilder, string vendor)
    {
        if (vendor == "PostgreSQL")
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS update_i_am_alive_time, insert_membership_version, insert_membership, update_membership;");
        }
        migrationBuilder.Sql("DROP TABLE IF EXISTS OrleansMembershipTable;");
        migrationBuilder.Sql("DROP TABLE IF EXISTS OrleansMembershipVersionTable;");
        migrationBuilder.Sql("DROP TABLE IF EXISTS OrleansQuery;");
    }

    private static string Script(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Orleans.{name}")
            ?? throw new InvalidOperationException($"The Orleans script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
