using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Competition.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CompetitionDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CheckedInAt",
                table: "Contestants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckedInBy",
                table: "Contestants",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DrawnNumber",
                table: "Contestants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Session",
                table: "Contestants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Workstation",
                table: "Contestants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DrawSeed",
                table: "Competitions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sessions",
                table: "Competitions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Workstations",
                table: "Competitions",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CheckedInAt",
                table: "Contestants");

            migrationBuilder.DropColumn(
                name: "CheckedInBy",
                table: "Contestants");

            migrationBuilder.DropColumn(
                name: "DrawnNumber",
                table: "Contestants");

            migrationBuilder.DropColumn(
                name: "Session",
                table: "Contestants");

            migrationBuilder.DropColumn(
                name: "Workstation",
                table: "Contestants");

            migrationBuilder.DropColumn(
                name: "DrawSeed",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "Sessions",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "Workstations",
                table: "Competitions");
        }
    }
}
