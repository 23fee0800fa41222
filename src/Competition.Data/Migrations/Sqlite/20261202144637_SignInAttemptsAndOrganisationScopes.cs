using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Competition.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignInAttemptsAndOrganisationScopes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FailedSignIns",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                table: "Accounts");

            migrationBuilder.AddColumn<string>(
                name: "Organization",
                table: "PaySurveys",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PinIssuedTo",
                table: "Judges",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            // Surveys already imported belong to their importer's organisation (the demo's, to the federation's);
            // a judge's PIN went to whoever created the competition (later resets and additions are not traced back).
            migrationBuilder.Sql("""
                UPDATE "PaySurveys" SET "Organization" = COALESCE(
                    (SELECT o."Name" FROM "Accounts" a JOIN "Organizations" o ON o."Id" = a."OrganizationId" WHERE 'account:' || a."Id" = "PaySurveys"."ImportedBy"),
                    (SELECT o."Name" FROM "Organizations" o WHERE o."ParentId" IS NULL LIMIT 1), '');
                UPDATE "Judges" SET "PinIssuedTo" = (SELECT e."Actor" FROM "AdminAudit" e
                    WHERE e."Action" = 'competition.created' AND e."Target" = 'competition:' || "Judges"."CompetitionId" AND e."Actor" LIKE 'account:%' LIMIT 1);
                """);

            migrationBuilder.CreateTable(
                name: "SignInAttempts",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowEndsAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInAttempts", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "WorkerOrganizations",
                columns: table => new
                {
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerOrganizations", x => new { x.WorkerId, x.Organization });
                    table.ForeignKey(
                        name: "FK_WorkerOrganizations_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PaySurveys_Organization",
                table: "PaySurveys",
                column: "Organization");

            migrationBuilder.CreateIndex(
                name: "IX_SignInAttempts_WindowEndsAt",
                table: "SignInAttempts",
                column: "WindowEndsAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignInAttempts");

            migrationBuilder.DropTable(
                name: "WorkerOrganizations");

            migrationBuilder.DropIndex(
                name: "IX_PaySurveys_Organization",
                table: "PaySurveys");

            migrationBuilder.DropColumn(
                name: "Organization",
                table: "PaySurveys");

            migrationBuilder.DropColumn(
                name: "PinIssuedTo",
                table: "Judges");

            migrationBuilder.AddColumn<int>(
                name: "FailedSignIns",
                table: "Accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LockedUntil",
                table: "Accounts",
                type: "TEXT",
                nullable: true);
        }
    }
}
