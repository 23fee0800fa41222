using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Competition.Data;

/// <summary>
/// The system of record. Each provider has a subclass so that each keeps its own migrations set
/// (<c>Migrations/Sqlite</c>, <c>Migrations/SqlServer</c>, <c>Migrations/PostgreSql</c>); code depends on this base
/// type only.
/// </summary>
public abstract class CompetitionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CompetitionEntity> Competitions => Set<CompetitionEntity>();
    public DbSet<ModuleEntity> Modules => Set<ModuleEntity>();
    public DbSet<AspectEntity> Aspects => Set<AspectEntity>();
    public DbSet<ContestantEntity> Contestants => Set<ContestantEntity>();
    public DbSet<JudgeEntity> Judges => Set<JudgeEntity>();
    public DbSet<LedgerEventEntity> LedgerEvents => Set<LedgerEventEntity>();
    public DbSet<AspectPanelEntity> AspectPanels => Set<AspectPanelEntity>();
    public DbSet<JudgeAssignmentEntity> JudgeAssignments => Set<JudgeAssignmentEntity>();
    public DbSet<AccountEntity> Accounts => Set<AccountEntity>();
    public DbSet<OrganizationEntity> Organizations => Set<OrganizationEntity>();
    public DbSet<RegistrationImportEntity> RegistrationImports => Set<RegistrationImportEntity>();
    public DbSet<SchemeTemplateEntity> SchemeTemplates => Set<SchemeTemplateEntity>();
    public DbSet<PlatformSecretEntity> PlatformSecrets => Set<PlatformSecretEntity>();
    public DbSet<RefreshTokenEntity> RefreshTokens => Set<RefreshTokenEntity>();
    public DbSet<SignOutEntity> SignOuts => Set<SignOutEntity>();
    public DbSet<AdminAuditEntity> AdminAudit => Set<AdminAuditEntity>();
    public DbSet<WorkerEntity> Workers => Set<WorkerEntity>();
    public DbSet<WorkerOrganizationEntity> WorkerOrganizations => Set<WorkerOrganizationEntity>();
    public DbSet<SignInAttemptEntity> SignInAttempts => Set<SignInAttemptEntity>();
    public DbSet<AssessmentEntity> Assessments => Set<AssessmentEntity>();
    public DbSet<PromotionRuleSetEntity> PromotionRuleSets => Set<PromotionRuleSetEntity>();
    public DbSet<CompetitionPromotionEntity> CompetitionPromotions => Set<CompetitionPromotionEntity>();
    public DbSet<CertificateEntity> Certificates => Set<CertificateEntity>();
    public DbSet<CertificateStatusChangeEntity> CertificateStatusChanges => Set<CertificateStatusChangeEntity>();
    public DbSet<CredentialKeyEntity> CredentialKeys => Set<CredentialKeyEntity>();
    public DbSet<WageGuidanceImportEntity> WageGuidanceImports => Set<WageGuidanceImportEntity>();
    public DbSet<WageGuidanceRowEntity> WageGuidanceRows => Set<WageGuidanceRowEntity>();
    public DbSet<AgreementEntity> Agreements => Set<AgreementEntity>();
    public DbSet<PaySurveyEntity> PaySurveys => Set<PaySurveyEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CompetitionDbContext).Assembly);
}
