using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Competition.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OrganizerConsole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ReplacedById",
                table: "Judges",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Withdrawal",
                table: "Contestants",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "Contestants",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "District",
                table: "Competitions",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "Competitions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HostOrganizationId",
                table: "Competitions",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Industry",
                table: "Competitions",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "Competitions",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PanelShapeJson",
                table: "Competitions",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartsOn",
                table: "Competitions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Venue",
                table: "Competitions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OrganizationId",
                table: "Accounts",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Organizations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ParentId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organizations_Organizations_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationImports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CompetitionId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FileHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Rows = table.Column<int>(type: "int", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ImportedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationImports_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SchemeTemplates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Occupation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SchemeJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RulesJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchemeTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchemeTemplates_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Competitions_HostOrganizationId_StartsOn",
                table: "Competitions",
                columns: new[] { "HostOrganizationId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Competitions_StartsOn",
                table: "Competitions",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_OrganizationId",
                table: "Accounts",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Name",
                table: "Organizations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_ParentId",
                table: "Organizations",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationImports_CompetitionId_Kind_FileHash",
                table: "RegistrationImports",
                columns: new[] { "CompetitionId", "Kind", "FileHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchemeTemplates_Name",
                table: "SchemeTemplates",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchemeTemplates_OrganizationId",
                table: "SchemeTemplates",
                column: "OrganizationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Accounts_Organizations_OrganizationId",
                table: "Accounts",
                column: "OrganizationId",
                principalTable: "Organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Competitions_Organizations_HostOrganizationId",
                table: "Competitions",
                column: "HostOrganizationId",
                principalTable: "Organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Accounts named their organisation in free text: each name becomes a registry organisation
            // (the start-up puts them under the federation), and the first account becomes the administrator.
            migrationBuilder.Sql("INSERT INTO Organizations (Name, Kind, ParentId, CreatedAt) SELECT DISTINCT Organization, 'Enterprise', NULL, SYSDATETIMEOFFSET() FROM Accounts WHERE Organization IS NOT NULL AND Organization <> '';");
            migrationBuilder.Sql("UPDATE Accounts SET OrganizationId = (SELECT o.Id FROM Organizations o WHERE o.Name = Accounts.Organization) WHERE Organization IS NOT NULL;");
            migrationBuilder.Sql("UPDATE Accounts SET Role = 'administrator' WHERE Username = 'admin';");

            migrationBuilder.DropColumn(
                name: "Organization",
                table: "Accounts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Accounts_Organizations_OrganizationId",
                table: "Accounts");

            migrationBuilder.DropForeignKey(
                name: "FK_Competitions_Organizations_HostOrganizationId",
                table: "Competitions");

            migrationBuilder.DropTable(
                name: "RegistrationImports");

            migrationBuilder.DropTable(
                name: "SchemeTemplates");

            migrationBuilder.DropTable(
                name: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Competitions_HostOrganizationId_StartsOn",
                table: "Competitions");

            migrationBuilder.DropIndex(
                name: "IX_Competitions_StartsOn",
                table: "Competitions");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_OrganizationId",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "ReplacedById",
                table: "Judges");

            migrationBuilder.DropColumn(
                name: "Withdrawal",
                table: "Contestants");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "Contestants");

            migrationBuilder.DropColumn(
                name: "District",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "HostOrganizationId",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "Industry",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "PanelShapeJson",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "StartsOn",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "Venue",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "Accounts");

            migrationBuilder.AddColumn<string>(
                name: "Organization",
                table: "Accounts",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);
        }
    }
}
