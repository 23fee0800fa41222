using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Competition.Data.Migrations.SqlServer
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
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckedInBy",
                table: "Contestants",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DrawnNumber",
                table: "Contestants",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Session",
                table: "Contestants",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Workstation",
                table: "Contestants",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DrawSeed",
                table: "Competitions",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sessions",
                table: "Competitions",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Workstations",
                table: "Competitions",
                type: "int",
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
