using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Competition.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Statistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Award",
                table: "Contestants",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FinalRank",
                table: "Contestants",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "Contestants",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OrganizationId",
                table: "Agreements",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WorkersCovered",
                table: "Agreements",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Organization_IssuedAt",
                table: "Certificates",
                columns: new[] { "Organization", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_Organization_DecidedAt",
                table: "Assessments",
                columns: new[] { "Organization", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_OrganizationId_SignedAt",
                table: "Agreements",
                columns: new[] { "OrganizationId", "SignedAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_Agreements_Organizations_OrganizationId",
                table: "Agreements",
                column: "OrganizationId",
                principalTable: "Organizations",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Agreements_Organizations_OrganizationId",
                table: "Agreements");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_Organization_IssuedAt",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Assessments_Organization_DecidedAt",
                table: "Assessments");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_OrganizationId_SignedAt",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Award",
                table: "Contestants");

            migrationBuilder.DropColumn(
                name: "FinalRank",
                table: "Contestants");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "Contestants");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "WorkersCovered",
                table: "Agreements");
        }
    }
}
