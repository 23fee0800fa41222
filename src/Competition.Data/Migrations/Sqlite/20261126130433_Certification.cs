using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Competition.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Certification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "WorkerId",
                table: "Contestants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CompetitionPromotions",
                columns: table => new
                {
                    CompetitionId = table.Column<long>(type: "INTEGER", nullable: false),
                    RuleSetName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContestClass = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OccupationEdition = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OccupationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WorkType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionPromotions", x => x.CompetitionId);
                    table.ForeignKey(
                        name: "FK_CompetitionPromotions_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CredentialKeys",
                columns: table => new
                {
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SealedPrivateKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PublicJwk = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CredentialKeys", x => x.KeyId);
                });

            migrationBuilder.CreateTable(
                name: "PromotionRuleSets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RulesJson = table.Column<string>(type: "TEXT", nullable: false),
                    MonthsBetweenPromotions = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionRuleSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Workers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NationalIdHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NationalIdMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OccupationEdition = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OccupationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WorkType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TargetLevel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Examiners = table.Column<string>(type: "TEXT", nullable: false),
                    CompetitionId = table.Column<long>(type: "INTEGER", nullable: true),
                    ContestantId = table.Column<long>(type: "INTEGER", nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Award = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LedgerHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RuleSetName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RuleSetVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Assessments_Contestants_ContestantId",
                        column: x => x.ContestantId,
                        principalTable: "Contestants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Assessments_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AssessmentComponents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    PassMark = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentComponents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentComponents_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Certificates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 22, nullable: false),
                    AssessmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    IssueNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OccupationEdition = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OccupationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WorkType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StatusListIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Credential = table.Column<string>(type: "TEXT", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Suspended = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupersededById = table.Column<long>(type: "INTEGER", nullable: true),
                    SupersedesId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Certificates_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Certificates_Certificates_SupersededById",
                        column: x => x.SupersededById,
                        principalTable: "Certificates",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Certificates_Certificates_SupersedesId",
                        column: x => x.SupersedesId,
                        principalTable: "Certificates",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Certificates_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "CertificateStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CertificateId = table.Column<long>(type: "INTEGER", nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificateStatusChanges_Certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contestants_WorkerId",
                table: "Contestants",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentComponents_AssessmentId_Kind",
                table: "AssessmentComponents",
                columns: new[] { "AssessmentId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_CompetitionId_ContestantId",
                table: "Assessments",
                columns: new[] { "CompetitionId", "ContestantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ContestantId",
                table: "Assessments",
                column: "ContestantId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_Organization_Status",
                table: "Assessments",
                columns: new[] { "Organization", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_WorkerId",
                table: "Assessments",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_AssessmentId_IssueNumber",
                table: "Certificates",
                columns: new[] { "AssessmentId", "IssueNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Number",
                table: "Certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_StatusListIndex",
                table: "Certificates",
                column: "StatusListIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_SupersededById",
                table: "Certificates",
                column: "SupersededById");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_SupersedesId",
                table: "Certificates",
                column: "SupersedesId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_WorkerId",
                table: "Certificates",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_CertificateStatusChanges_CertificateId",
                table: "CertificateStatusChanges",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionRuleSets_Name_Version",
                table: "PromotionRuleSets",
                columns: new[] { "Name", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workers_NationalIdHash",
                table: "Workers",
                column: "NationalIdHash",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Contestants_Workers_WorkerId",
                table: "Contestants",
                column: "WorkerId",
                principalTable: "Workers",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contestants_Workers_WorkerId",
                table: "Contestants");

            migrationBuilder.DropTable(
                name: "AssessmentComponents");

            migrationBuilder.DropTable(
                name: "CertificateStatusChanges");

            migrationBuilder.DropTable(
                name: "CompetitionPromotions");

            migrationBuilder.DropTable(
                name: "CredentialKeys");

            migrationBuilder.DropTable(
                name: "PromotionRuleSets");

            migrationBuilder.DropTable(
                name: "Certificates");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "Workers");

            migrationBuilder.DropIndex(
                name: "IX_Contestants_WorkerId",
                table: "Contestants");

            migrationBuilder.DropColumn(
                name: "WorkerId",
                table: "Contestants");
        }
    }
}
