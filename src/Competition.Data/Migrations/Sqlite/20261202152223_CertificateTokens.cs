using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Competition.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CertificateTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VerificationToken",
                table: "Certificates",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            // Certificates issued before get a QR token of their own (their printed QR codes open the state only).
            migrationBuilder.Sql("""UPDATE "Certificates" SET "VerificationToken" = lower(hex(randomblob(16)));""");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_VerificationToken",
                table: "Certificates",
                column: "VerificationToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Certificates_VerificationToken",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "VerificationToken",
                table: "Certificates");
        }
    }
}
