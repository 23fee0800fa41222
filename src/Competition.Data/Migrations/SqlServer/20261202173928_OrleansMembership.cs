using Competition.Data.Migrations.Orleans;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Competition.Data.Migrations.SqlServer
{
    /// <summary>Orleans' membership tables and queries, so ADO.NET clustering needs no script run by hand. Orleans'
    /// SQL Server scripts are repeatable: a database that ran them by hand before is left as it is.</summary>
    public partial class OrleansMembership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            OrleansMembershipSchema.Create(migrationBuilder, "SQLServer");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            OrleansMembershipSchema.Drop(migrationBuilder, "SQLServer");
    }
}
