using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Competition.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AgreementReference : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReferenceOccupationCode",
                table: "Agreements",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferencePercentile",
                table: "Agreements",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReferenceYear",
                table: "Agreements",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReferenceOccupationCode",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "ReferencePercentile",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "ReferenceYear",
                table: "Agreements");
        }
    }
}
