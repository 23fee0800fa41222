IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [AdminAudit] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetimeoffset NOT NULL,
        [Actor] nvarchar(100) NOT NULL,
        [Action] nvarchar(60) NOT NULL,
        [Target] nvarchar(200) NOT NULL,
        [Detail] nvarchar(2000) NULL,
        CONSTRAINT [PK_AdminAudit] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [Agreements] (
        [Id] bigint NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Scope] nvarchar(20) NOT NULL,
        [Party] nvarchar(200) NOT NULL,
        [Region] nvarchar(100) NOT NULL,
        [TermStart] date NOT NULL,
        [TermEnd] date NOT NULL,
        [StatutoryMinimumMonthly] decimal(12,2) NOT NULL,
        [MinimumRaise] decimal(6,4) NOT NULL,
        [ReferenceMonthly] decimal(12,2) NULL,
        [ReferencePercentile] nvarchar(8) NULL,
        [ReferenceOccupationCode] nvarchar(20) NULL,
        [ReferenceYear] int NULL,
        [Step] nvarchar(20) NOT NULL,
        [StepValue] decimal(12,4) NOT NULL,
        [AllowancesJson] nvarchar(max) NOT NULL,
        [CompetitionBonusesJson] nvarchar(max) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [SignedAt] datetimeoffset NULL,
        [SignedBy] nvarchar(100) NULL,
        [CreatedBy] nvarchar(100) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_Agreements] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [CredentialKeys] (
        [KeyId] nvarchar(64) NOT NULL,
        [SealedPrivateKey] varbinary(max) NOT NULL,
        [PublicJwk] nvarchar(1000) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [RetiredAt] datetimeoffset NULL,
        CONSTRAINT [PK_CredentialKeys] PRIMARY KEY ([KeyId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [Organizations] (
        [Id] bigint NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [ParentId] bigint NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_Organizations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Organizations_Organizations_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [PaySurveys] (
        [Id] bigint NOT NULL IDENTITY,
        [Enterprise] nvarchar(200) NOT NULL,
        [Region] nvarchar(100) NOT NULL,
        [Year] int NOT NULL,
        [OccupationCode] nvarchar(20) NOT NULL,
        [BandsJson] nvarchar(max) NOT NULL,
        [ImportedBy] nvarchar(100) NOT NULL,
        [ImportedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_PaySurveys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [PlatformSecrets] (
        [Name] nvarchar(100) NOT NULL,
        [Value] varbinary(512) NOT NULL,
        CONSTRAINT [PK_PlatformSecrets] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [PromotionRuleSets] (
        [Id] bigint NOT NULL IDENTITY,
        [Name] nvarchar(100) NOT NULL,
        [Version] int NOT NULL,
        [RulesJson] nvarchar(max) NOT NULL,
        [MonthsBetweenPromotions] int NOT NULL,
        [CreatedBy] nvarchar(100) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_PromotionRuleSets] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [RefreshTokens] (
        [Id] bigint NOT NULL IDENTITY,
        [Subject] nvarchar(100) NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [UsedAt] datetimeoffset NULL,
        CONSTRAINT [PK_RefreshTokens] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [SignOuts] (
        [Subject] nvarchar(100) NOT NULL,
        [SignedOutAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_SignOuts] PRIMARY KEY ([Subject])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [WageGuidanceImports] (
        [Id] bigint NOT NULL IDENTITY,
        [FileHash] nvarchar(64) NOT NULL,
        [RowCount] int NOT NULL,
        [ImportedBy] nvarchar(100) NOT NULL,
        [ImportedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_WageGuidanceImports] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [Workers] (
        [Id] bigint NOT NULL IDENTITY,
        [Name] nvarchar(100) NOT NULL,
        [Employer] nvarchar(200) NOT NULL,
        [NationalIdHash] nvarchar(64) NOT NULL,
        [NationalIdMasked] nvarchar(18) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_Workers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [Accounts] (
        [Id] bigint NOT NULL IDENTITY,
        [Username] nvarchar(100) NOT NULL,
        [PasswordHash] nvarchar(200) NOT NULL,
        [Role] nvarchar(40) NOT NULL,
        [OrganizationId] bigint NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [FailedSignIns] int NOT NULL,
        [LockedUntil] datetimeoffset NULL,
        CONSTRAINT [PK_Accounts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Accounts_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [Competitions] (
        [Id] bigint NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Occupation] nvarchar(200) NOT NULL,
        [Status] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [StartedAt] datetimeoffset NULL,
        [RulesJson] nvarchar(max) NULL,
        [HostOrganizationId] bigint NULL,
        [Level] nvarchar(20) NULL,
        [Industry] nvarchar(100) NULL,
        [District] nvarchar(100) NULL,
        [Venue] nvarchar(200) NULL,
        [StartsOn] date NULL,
        [EndsOn] date NULL,
        [PanelShapeJson] nvarchar(max) NULL,
        [Workstations] int NULL,
        [Sessions] nvarchar(max) NULL,
        [DrawSeed] nvarchar(64) NULL,
        CONSTRAINT [PK_Competitions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Competitions_Organizations_HostOrganizationId] FOREIGN KEY ([HostOrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [SchemeTemplates] (
        [Id] bigint NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Occupation] nvarchar(200) NOT NULL,
        [SchemeJson] nvarchar(max) NOT NULL,
        [RulesJson] nvarchar(max) NULL,
        [OrganizationId] bigint NULL,
        [CreatedBy] nvarchar(100) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_SchemeTemplates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SchemeTemplates_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [WageGuidanceRows] (
        [Id] bigint NOT NULL IDENTITY,
        [ImportId] bigint NOT NULL,
        [Region] nvarchar(100) NOT NULL,
        [Year] int NOT NULL,
        [Source] nvarchar(300) NOT NULL,
        [OccupationCode] nvarchar(20) NOT NULL,
        [OccupationEdition] nvarchar(10) NOT NULL,
        [Industry] nvarchar(100) NOT NULL,
        [Level] nvarchar(30) NULL,
        [P10] decimal(12,2) NOT NULL,
        [P25] decimal(12,2) NOT NULL,
        [P50] decimal(12,2) NOT NULL,
        [P75] decimal(12,2) NOT NULL,
        [P90] decimal(12,2) NOT NULL,
        [Mean] decimal(12,2) NOT NULL,
        [SampleSize] int NOT NULL,
        [Unit] nvarchar(10) NOT NULL,
        CONSTRAINT [PK_WageGuidanceRows] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WageGuidanceRows_WageGuidanceImports_ImportId] FOREIGN KEY ([ImportId]) REFERENCES [WageGuidanceImports] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [CompetitionPromotions] (
        [CompetitionId] bigint NOT NULL,
        [RuleSetName] nvarchar(100) NOT NULL,
        [ContestClass] nvarchar(100) NOT NULL,
        [OccupationCode] nvarchar(20) NOT NULL,
        [OccupationEdition] nvarchar(10) NOT NULL,
        [OccupationName] nvarchar(200) NOT NULL,
        [WorkType] nvarchar(200) NULL,
        [Organization] nvarchar(200) NOT NULL,
        [DraftedAt] datetimeoffset NULL,
        CONSTRAINT [PK_CompetitionPromotions] PRIMARY KEY ([CompetitionId]),
        CONSTRAINT [FK_CompetitionPromotions_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [Contestants] (
        [Id] bigint NOT NULL IDENTITY,
        [CompetitionId] bigint NOT NULL,
        [Bib] nvarchar(20) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Employer] nvarchar(200) NOT NULL,
        [OutOfRanking] bit NOT NULL,
        [WorkerId] bigint NULL,
        [Withdrawal] nvarchar(20) NULL,
        [WithdrawalReason] nvarchar(1000) NULL,
        [DrawnNumber] int NULL,
        [Session] int NULL,
        [Workstation] int NULL,
        [CheckedInAt] datetimeoffset NULL,
        [CheckedInBy] nvarchar(100) NULL,
        CONSTRAINT [PK_Contestants] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Contestants_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Contestants_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [Judges] (
        [Id] bigint NOT NULL IDENTITY,
        [CompetitionId] bigint NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Employer] nvarchar(200) NOT NULL,
        [PinHash] nvarchar(200) NOT NULL,
        [IsChief] bit NOT NULL,
        [ReplacedById] bigint NULL,
        CONSTRAINT [PK_Judges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Judges_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [Modules] (
        [Id] bigint NOT NULL IDENTITY,
        [CompetitionId] bigint NOT NULL,
        [Position] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Weight] decimal(9,4) NOT NULL,
        CONSTRAINT [PK_Modules] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Modules_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [RegistrationImports] (
        [Id] bigint NOT NULL IDENTITY,
        [CompetitionId] bigint NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [FileHash] nvarchar(64) NOT NULL,
        [Rows] int NOT NULL,
        [ImportedAt] datetimeoffset NOT NULL,
        [ImportedBy] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_RegistrationImports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RegistrationImports_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [Assessments] (
        [Id] bigint NOT NULL IDENTITY,
        [WorkerId] bigint NOT NULL,
        [Organization] nvarchar(200) NOT NULL,
        [OccupationCode] nvarchar(20) NOT NULL,
        [OccupationEdition] nvarchar(10) NOT NULL,
        [OccupationName] nvarchar(200) NOT NULL,
        [WorkType] nvarchar(200) NULL,
        [TargetLevel] nvarchar(30) NOT NULL,
        [Route] nvarchar(40) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Examiners] nvarchar(max) NOT NULL,
        [CompetitionId] bigint NULL,
        [ContestantId] bigint NULL,
        [Rank] int NULL,
        [Award] nvarchar(20) NULL,
        [LedgerHash] nvarchar(64) NULL,
        [RuleSetName] nvarchar(100) NULL,
        [RuleSetVersion] int NULL,
        [ProposalReason] nvarchar(1000) NULL,
        [RecordedBy] nvarchar(100) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [DecidedBy] nvarchar(100) NULL,
        [DecidedAt] datetimeoffset NULL,
        [DecisionReason] nvarchar(1000) NULL,
        CONSTRAINT [PK_Assessments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Assessments_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]),
        CONSTRAINT [FK_Assessments_Contestants_ContestantId] FOREIGN KEY ([ContestantId]) REFERENCES [Contestants] ([Id]),
        CONSTRAINT [FK_Assessments_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [JudgeAssignments] (
        [JudgeId] bigint NOT NULL,
        [ContestantId] bigint NOT NULL,
        CONSTRAINT [PK_JudgeAssignments] PRIMARY KEY ([JudgeId], [ContestantId]),
        CONSTRAINT [FK_JudgeAssignments_Contestants_ContestantId] FOREIGN KEY ([ContestantId]) REFERENCES [Contestants] ([Id]),
        CONSTRAINT [FK_JudgeAssignments_Judges_JudgeId] FOREIGN KEY ([JudgeId]) REFERENCES [Judges] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [Aspects] (
        [Id] bigint NOT NULL IDENTITY,
        [ModuleId] bigint NOT NULL,
        [Position] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [MaxMark] decimal(9,4) NOT NULL,
        [Deductions] nvarchar(max) NOT NULL,
        [Aggregation] nvarchar(20) NULL,
        [Levels] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Aspects] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Aspects_Modules_ModuleId] FOREIGN KEY ([ModuleId]) REFERENCES [Modules] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [AssessmentComponents] (
        [Id] bigint NOT NULL IDENTITY,
        [AssessmentId] bigint NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Score] decimal(6,2) NOT NULL,
        [PassMark] decimal(6,2) NOT NULL,
        CONSTRAINT [PK_AssessmentComponents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssessmentComponents_Assessments_AssessmentId] FOREIGN KEY ([AssessmentId]) REFERENCES [Assessments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [Certificates] (
        [Id] bigint NOT NULL IDENTITY,
        [Number] nvarchar(22) NOT NULL,
        [AssessmentId] bigint NOT NULL,
        [IssueNumber] int NOT NULL,
        [WorkerId] bigint NOT NULL,
        [Organization] nvarchar(200) NOT NULL,
        [Level] nvarchar(30) NOT NULL,
        [OccupationCode] nvarchar(20) NOT NULL,
        [OccupationEdition] nvarchar(10) NOT NULL,
        [OccupationName] nvarchar(200) NOT NULL,
        [WorkType] nvarchar(200) NULL,
        [IssuedAt] datetimeoffset NOT NULL,
        [ValidFrom] datetimeoffset NOT NULL,
        [ValidUntil] datetimeoffset NULL,
        [IssuedBy] nvarchar(100) NOT NULL,
        [StatusListIndex] int NOT NULL,
        [Credential] nvarchar(max) NOT NULL,
        [KeyId] nvarchar(64) NOT NULL,
        [RevokedAt] datetimeoffset NULL,
        [RevocationReason] nvarchar(1000) NULL,
        [Suspended] bit NOT NULL,
        [SupersededById] bigint NULL,
        [SupersedesId] bigint NULL,
        CONSTRAINT [PK_Certificates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Certificates_Assessments_AssessmentId] FOREIGN KEY ([AssessmentId]) REFERENCES [Assessments] ([Id]),
        CONSTRAINT [FK_Certificates_Certificates_SupersededById] FOREIGN KEY ([SupersededById]) REFERENCES [Certificates] ([Id]),
        CONSTRAINT [FK_Certificates_Certificates_SupersedesId] FOREIGN KEY ([SupersedesId]) REFERENCES [Certificates] ([Id]),
        CONSTRAINT [FK_Certificates_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [AspectPanels] (
        [AspectId] bigint NOT NULL,
        [JudgeId] bigint NOT NULL,
        CONSTRAINT [PK_AspectPanels] PRIMARY KEY ([AspectId], [JudgeId]),
        CONSTRAINT [FK_AspectPanels_Aspects_AspectId] FOREIGN KEY ([AspectId]) REFERENCES [Aspects] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspectPanels_Judges_JudgeId] FOREIGN KEY ([JudgeId]) REFERENCES [Judges] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [LedgerEvents] (
        [Id] bigint NOT NULL IDENTITY,
        [CompetitionId] bigint NOT NULL,
        [Sequence] bigint NOT NULL,
        [Type] nvarchar(40) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [Actor] nvarchar(100) NOT NULL,
        [SubmissionId] uniqueidentifier NULL,
        [JudgeId] bigint NULL,
        [ContestantId] bigint NULL,
        [AspectId] bigint NULL,
        [ModuleId] bigint NULL,
        [Value] decimal(9,4) NULL,
        [Reason] nvarchar(1000) NULL,
        [Payload] nvarchar(max) NULL,
        [PreviousHash] nvarchar(64) NULL,
        [Hash] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_LedgerEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [AK_LedgerEvents_CompetitionId_Hash] UNIQUE ([CompetitionId], [Hash]),
        CONSTRAINT [FK_LedgerEvents_Aspects_AspectId] FOREIGN KEY ([AspectId]) REFERENCES [Aspects] ([Id]),
        CONSTRAINT [FK_LedgerEvents_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]),
        CONSTRAINT [FK_LedgerEvents_Contestants_ContestantId] FOREIGN KEY ([ContestantId]) REFERENCES [Contestants] ([Id]),
        CONSTRAINT [FK_LedgerEvents_Judges_JudgeId] FOREIGN KEY ([JudgeId]) REFERENCES [Judges] ([Id]),
        CONSTRAINT [FK_LedgerEvents_LedgerEvents_CompetitionId_PreviousHash] FOREIGN KEY ([CompetitionId], [PreviousHash]) REFERENCES [LedgerEvents] ([CompetitionId], [Hash]),
        CONSTRAINT [FK_LedgerEvents_Modules_ModuleId] FOREIGN KEY ([ModuleId]) REFERENCES [Modules] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE TABLE [CertificateStatusChanges] (
        [Id] bigint NOT NULL IDENTITY,
        [CertificateId] bigint NOT NULL,
        [Change] nvarchar(20) NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [Actor] nvarchar(100) NOT NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CertificateStatusChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CertificateStatusChanges_Certificates_CertificateId] FOREIGN KEY ([CertificateId]) REFERENCES [Certificates] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Accounts_OrganizationId] ON [Accounts] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Accounts_Username] ON [Accounts] ([Username]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_AspectPanels_JudgeId] ON [AspectPanels] ([JudgeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Aspects_ModuleId] ON [Aspects] ([ModuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AssessmentComponents_AssessmentId_Kind] ON [AssessmentComponents] ([AssessmentId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Assessments_CompetitionId_ContestantId] ON [Assessments] ([CompetitionId], [ContestantId]) WHERE [CompetitionId] IS NOT NULL AND [ContestantId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Assessments_ContestantId] ON [Assessments] ([ContestantId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Assessments_Organization_Status] ON [Assessments] ([Organization], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Assessments_WorkerId] ON [Assessments] ([WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Certificates_AssessmentId_IssueNumber] ON [Certificates] ([AssessmentId], [IssueNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Certificates_Number] ON [Certificates] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Certificates_StatusListIndex] ON [Certificates] ([StatusListIndex]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Certificates_SupersededById] ON [Certificates] ([SupersededById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Certificates_SupersedesId] ON [Certificates] ([SupersedesId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Certificates_WorkerId] ON [Certificates] ([WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_CertificateStatusChanges_CertificateId] ON [CertificateStatusChanges] ([CertificateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Competitions_HostOrganizationId_StartsOn] ON [Competitions] ([HostOrganizationId], [StartsOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Competitions_StartsOn] ON [Competitions] ([StartsOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Contestants_CompetitionId_Bib] ON [Contestants] ([CompetitionId], [Bib]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Contestants_WorkerId] ON [Contestants] ([WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_JudgeAssignments_ContestantId] ON [JudgeAssignments] ([ContestantId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Judges_CompetitionId] ON [Judges] ([CompetitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_LedgerEvents_AspectId] ON [LedgerEvents] ([AspectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_LedgerEvents_CompetitionId_PreviousHash] ON [LedgerEvents] ([CompetitionId], [PreviousHash]) WHERE [PreviousHash] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LedgerEvents_CompetitionId_Sequence] ON [LedgerEvents] ([CompetitionId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_LedgerEvents_CompetitionId_SubmissionId] ON [LedgerEvents] ([CompetitionId], [SubmissionId]) WHERE [SubmissionId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_LedgerEvents_ContestantId] ON [LedgerEvents] ([ContestantId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_LedgerEvents_JudgeId] ON [LedgerEvents] ([JudgeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_LedgerEvents_ModuleId] ON [LedgerEvents] ([ModuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Modules_CompetitionId] ON [Modules] ([CompetitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Organizations_Name] ON [Organizations] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_Organizations_ParentId] ON [Organizations] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PromotionRuleSets_Name_Version] ON [PromotionRuleSets] ([Name], [Version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_RefreshTokens_Subject] ON [RefreshTokens] ([Subject]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RefreshTokens_TokenHash] ON [RefreshTokens] ([TokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RegistrationImports_CompetitionId_Kind_FileHash] ON [RegistrationImports] ([CompetitionId], [Kind], [FileHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SchemeTemplates_Name] ON [SchemeTemplates] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_SchemeTemplates_OrganizationId] ON [SchemeTemplates] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_WageGuidanceImports_FileHash] ON [WageGuidanceImports] ([FileHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_WageGuidanceRows_ImportId] ON [WageGuidanceRows] ([ImportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE INDEX [IX_WageGuidanceRows_Region_Year_OccupationCode_Level] ON [WageGuidanceRows] ([Region], [Year], [OccupationCode], [Level]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Workers_NationalIdHash] ON [Workers] ([NationalIdHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202064843_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202064843_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144656_SignInAttemptsAndOrganisationScopes'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Accounts]') AND [c].[name] = N'FailedSignIns');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Accounts] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Accounts] DROP COLUMN [FailedSignIns];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144656_SignInAttemptsAndOrganisationScopes'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Accounts]') AND [c].[name] = N'LockedUntil');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [Accounts] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [Accounts] DROP COLUMN [LockedUntil];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144656_SignInAttemptsAndOrganisationScopes'
)
BEGIN
    ALTER TABLE [PaySurveys] ADD [Organization] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144656_SignInAttemptsAndOrganisationScopes'
)
BEGIN
    ALTER TABLE [Judges] ADD [PinIssuedTo] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144656_SignInAttemptsAndOrganisationScopes'
)
BEGIN
    UPDATE [PaySurveys] SET [Organization] = COALESCE(
        (SELECT o.[Name] FROM [Accounts] a JOIN [Organizations] o ON o.[Id] = a.[OrganizationId] WHERE CONCAT(N'account:', a.[Id]) = [PaySurveys].[ImportedBy]),
        (SELECT TOP 1 o.[Name] FROM [Organizations] o WHERE o.[ParentId] IS NULL), N'');
    UPDATE [Judges] SET [PinIssuedTo] = (SELECT TOP 1 e.[Actor] FROM [AdminAudit] e
        WHERE e.[Action] = N'competition.created' AND e.[Target] = CONCAT(N'competition:', [Judges].[CompetitionId]) AND e.[Actor] LIKE N'account:%');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144656_SignInAttemptsAndOrganisationScopes'
)
BEGIN
    CREATE TABLE [SignInAttempts] (
        [Key] nvarchar(300) NOT NULL,
        [Failures] int NOT NULL,
        [WindowEndsAt] bigint NOT NULL,
        CONSTRAINT [PK_SignInAttempts] PRIMARY KEY ([Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144656_SignInAttemptsAndOrganisationScopes'
)
BEGIN
    CREATE TABLE [WorkerOrganizations] (
        [WorkerId] bigint NOT NULL,
        [Organization] nvarchar(200) NOT NULL,
        [RegisteredBy] nvarchar(100) NOT NULL,
        [RegisteredAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_WorkerOrganizations] PRIMARY KEY ([WorkerId], [Organization]),
        CONSTRAINT [FK_WorkerOrganizations_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144656_SignInAttemptsAndOrganisationScopes'
)
BEGIN
    CREATE INDEX [IX_PaySurveys_Organization] ON [PaySurveys] ([Organization]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144656_SignInAttemptsAndOrganisationScopes'
)
BEGIN
    CREATE INDEX [IX_SignInAttempts_WindowEndsAt] ON [SignInAttempts] ([WindowEndsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144656_SignInAttemptsAndOrganisationScopes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202144656_SignInAttemptsAndOrganisationScopes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202152252_CertificateTokens'
)
BEGIN
    ALTER TABLE [Certificates] ADD [VerificationToken] nvarchar(32) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202152252_CertificateTokens'
)
BEGIN
    UPDATE [Certificates] SET [VerificationToken] = LOWER(CONVERT(varchar(32), CRYPT_GEN_RANDOM(16), 2));
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202152252_CertificateTokens'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Certificates_VerificationToken] ON [Certificates] ([VerificationToken]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202152252_CertificateTokens'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202152252_CertificateTokens', N'10.0.15');
END;

COMMIT;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202173928_OrleansMembership'
)
BEGIN
    /*
    Implementation notes:

    1) The general idea is that data is read and written through Orleans specific queries.
       Orleans operates on column names and types when reading and on parameter names and types when writing.

    2) The implementations *must* preserve input and output names and types. Orleans uses these parameters to reads query results by name and type.
       Vendor and deployment specific tuning is allowed and contributions are encouraged as long as the interface contract
       is maintained.

    3) The implementation across vendor specific scripts *should* preserve the constraint names. This simplifies troubleshooting
       by virtue of uniform naming across concrete implementations.

    5) ETag for Orleans is an opaque column that represents a unique version. The type of its actual implementation
       is not important as long as it represents a unique version. In this implementation we use integers for versioning

    6) For the sake of being explicit and removing ambiguity, Orleans expects some queries to return either TRUE as >0 value
       or FALSE as =0 value. That is, affected rows or such does not matter. If an error is raised or an exception is thrown
       the query *must* ensure the entire transaction is rolled back and may either return FALSE or propagate the exception.
       Orleans handles exception as a failure and will retry.

    7) The implementation follows the Extended Orleans membership protocol. For more information, see at:
            https://learn.microsoft.com/dotnet/orleans/implementation/cluster-management
            https://github.com/dotnet/orleans/blob/main/src/Orleans.Core/SystemTargetInterfaces/IMembershipTable.cs
    */

    -- These settings improves throughput of the database by reducing locking by better separating readers from writers.
    -- SQL Server 2012 and newer can refer to itself as CURRENT. Older ones need a workaround.
    DECLARE @current NVARCHAR(256);
    DECLARE @snapshotSettings NVARCHAR(612);

    SELECT @current = N'[' + (SELECT DB_NAME()) + N']';
    SET @snapshotSettings = N'ALTER DATABASE ' + @current + N' SET READ_COMMITTED_SNAPSHOT ON; ALTER DATABASE ' + @current + N' SET ALLOW_SNAPSHOT_ISOLATION ON;';

    EXECUTE sp_executesql @snapshotSettings;

    -- This table defines Orleans operational queries. Orleans uses these to manage its operations,
    -- these are the only queries Orleans issues to the database.
    -- These can be redefined (e.g. to provide non-destructive updates) provided the stated interface principles hold.
    IF OBJECT_ID(N'[OrleansQuery]', 'U') IS NULL
    CREATE TABLE OrleansQuery
    (
    	QueryKey VARCHAR(64) NOT NULL,
    	QueryText VARCHAR(8000) NOT NULL,

    	CONSTRAINT OrleansQuery_Key PRIMARY KEY(QueryKey)
    );

END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202173928_OrleansMembership'
)
BEGIN
    -- For each deployment, there will be only one (active) membership version table version column which will be updated periodically.
    IF OBJECT_ID(N'[OrleansMembershipVersionTable]', 'U') IS NULL
    CREATE TABLE OrleansMembershipVersionTable
    (
    	DeploymentId NVARCHAR(150) NOT NULL,
    	Timestamp DATETIME2(3) NOT NULL DEFAULT GETUTCDATE(),
    	Version INT NOT NULL DEFAULT 0,

    	CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY(DeploymentId)
    );

    -- Every silo instance has a row in the membership table.
    IF OBJECT_ID(N'[OrleansMembershipTable]', 'U') IS NULL
    CREATE TABLE OrleansMembershipTable
    (
    	DeploymentId NVARCHAR(150) NOT NULL,
    	Address VARCHAR(45) NOT NULL,
    	Port INT NOT NULL,
    	Generation INT NOT NULL,
    	SiloName NVARCHAR(150) NOT NULL,
    	HostName NVARCHAR(150) NOT NULL,
    	Status INT NOT NULL,
    	ProxyPort INT NULL,
    	SuspectTimes VARCHAR(8000) NULL,
    	StartTime DATETIME2(3) NOT NULL,
    	IAmAliveTime DATETIME2(3) NOT NULL,

    	CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY(DeploymentId, Address, Port, Generation),
    	CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
    );

    INSERT INTO OrleansQuery(QueryKey, QueryText)
    SELECT
    	'UpdateIAmAlivetimeKey',
    	'-- This is expected to never fail by Orleans, so return value
    	-- is not needed nor is it checked.
    	SET NOCOUNT ON;
    	UPDATE OrleansMembershipTable
    	SET
    		IAmAliveTime = @IAmAliveTime
    	WHERE
    		DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
    		AND Address = @Address AND @Address IS NOT NULL
    		AND Port = @Port AND @Port IS NOT NULL
    		AND Generation = @Generation AND @Generation IS NOT NULL;
    	'
    WHERE NOT EXISTS 
    ( 
        SELECT 1 
        FROM OrleansQuery oqt
        WHERE oqt.[QueryKey] = 'UpdateIAmAlivetimeKey'
    );

    INSERT INTO OrleansQuery(QueryKey, QueryText)
    SELECT 
    	'InsertMembershipVersionKey',
    	'SET NOCOUNT ON;
    	INSERT INTO OrleansMembershipVersionTable
    	(
    		DeploymentId
    	)
    	SELECT @DeploymentId
    	WHERE NOT EXISTS
    	(
    		SELECT 1
    		FROM
    			OrleansMembershipVersionTable WITH(HOLDLOCK, XLOCK, ROWLOCK)
    		WHERE
    			DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
    	);
    	
    	SELECT @@ROWCOUNT;
    	'
    WHERE NOT EXISTS 
    ( 
        SELECT 1 
        FROM OrleansQuery oqt
        WHERE oqt.[QueryKey] = 'InsertMembershipVersionKey'
    );

    INSERT INTO OrleansQuery(QueryKey, QueryText)
    SELECT
    	'InsertMembershipKey',
    	'SET XACT_ABORT, NOCOUNT ON;
    	DECLARE @ROWCOUNT AS INT;
    	BEGIN TRANSACTION;
    	INSERT INTO OrleansMembershipTable
    	(
    		DeploymentId,
    		Address,
    		Port,
    		Generation,
    		SiloName,
    		HostName,
    		Status,
    		ProxyPort,
    		StartTime,
    		IAmAliveTime
    	)
    	SELECT
    		@DeploymentId,
    		@Address,
    		@Port,
    		@Generation,
    		@SiloName,
    		@HostName,
    		@Status,
    		@ProxyPort,
    		@StartTime,
    		@IAmAliveTime
    	WHERE NOT EXISTS
    	(
    		SELECT 1
    		FROM
    			OrleansMembershipTable WITH(HOLDLOCK, XLOCK, ROWLOCK)
    		WHERE
    			DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
    			AND Address = @Address AND @Address IS NOT NULL
    			AND Port = @Port AND @Port IS NOT NULL
    			AND Generation = @Generation AND @Generation IS NOT NULL
    	);

    	UPDATE OrleansMembershipVersionTable
    	SET
    		Timestamp = GETUTCDATE(),
    		Version = Version + 1
    	WHERE
    		DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
    		AND Version = @Version AND @Version IS NOT NULL
    		AND @@ROWCOUNT > 0;
    	
    	SET @ROWCOUNT = @@ROWCOUNT;
    	
    	IF @ROWCOUNT = 0
    		ROLLBACK TRANSACTION
    	ELSE
    		COMMIT TRANSACTION
    	SELECT @ROWCOUNT;
    	'
    WHERE NOT EXISTS 
    ( 
        SELECT 1 
        FROM OrleansQuery oqt
        WHERE oqt.[QueryKey] = 'InsertMembershipKey'
    );

    INSERT INTO OrleansQuery(QueryKey, QueryText)
    SELECT
    	'UpdateMembershipKey',
    	'SET XACT_ABORT, NOCOUNT ON;
    	BEGIN TRANSACTION;
    	
    	UPDATE OrleansMembershipVersionTable
    	SET
    		Timestamp = GETUTCDATE(),
    		Version = Version + 1
    	WHERE
    		DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
    		AND Version = @Version AND @Version IS NOT NULL;
    	
    	UPDATE OrleansMembershipTable
    	SET
    		Status = @Status,
    		SuspectTimes = @SuspectTimes,
    		IAmAliveTime = @IAmAliveTime
    	WHERE
    		DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
    		AND Address = @Address AND @Address IS NOT NULL
    		AND Port = @Port AND @Port IS NOT NULL
    		AND Generation = @Generation AND @Generation IS NOT NULL
    		AND @@ROWCOUNT > 0;
    	
    	SELECT @@ROWCOUNT;
    	COMMIT TRANSACTION;
    	'
    WHERE NOT EXISTS 
    ( 
        SELECT 1 
        FROM OrleansQuery oqt
        WHERE oqt.[QueryKey] = 'UpdateMembershipKey'
    );

    INSERT INTO OrleansQuery(QueryKey, QueryText)
    SELECT
    	'GatewaysQueryKey',
    	'SELECT
    		Address,
    		ProxyPort,
    		Generation
    	FROM
    		OrleansMembershipTable
    	WHERE
    		DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
    		AND Status = @Status AND @Status IS NOT NULL
    		AND ProxyPort > 0;
    	'
    WHERE NOT EXISTS 
    ( 
        SELECT 1 
        FROM OrleansQuery oqt
        WHERE oqt.[QueryKey] = 'GatewaysQueryKey'
    );

    INSERT INTO OrleansQuery(QueryKey, QueryText)
    SELECT
    	'MembershipReadRowKey',
    	'SELECT
    		v.DeploymentId,
    		m.Address,
    		m.Port,
    		m.Generation,
    		m.SiloName,
    		m.HostName,
    		m.Status,
    		m.ProxyPort,
    		m.SuspectTimes,
    		m.StartTime,
    		m.IAmAliveTime,
    		v.Version
    	FROM
    		OrleansMembershipVersionTable v
    		-- This ensures the version table will returned even if there is no matching membership row.
    		LEFT OUTER JOIN OrleansMembershipTable m ON v.DeploymentId = m.DeploymentId
    		AND Address = @Address AND @Address IS NOT NULL
    		AND Port = @Port AND @Port IS NOT NULL
    		AND Generation = @Generation AND @Generation IS NOT NULL
    	WHERE
    		v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
    	'
    WHERE NOT EXISTS 
    ( 
        SELECT 1 
        FROM OrleansQuery oqt
        WHERE oqt.[QueryKey] = 'MembershipReadRowKey'
    );

    INSERT INTO OrleansQuery(QueryKey, QueryText)
    SELECT
    	'MembershipReadAllKey',
    	'SELECT
    		v.DeploymentId,
    		m.Address,
    		m.Port,
    		m.Generation,
    		m.SiloName,
    		m.HostName,
    		m.Status,
    		m.ProxyPort,
    		m.SuspectTimes,
    		m.StartTime,
    		m.IAmAliveTime,
    		v.Version
    	FROM
    		OrleansMembershipVersionTable v LEFT OUTER JOIN OrleansMembershipTable m
    		ON v.DeploymentId = m.DeploymentId
    	WHERE
    		v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
    	'
    WHERE NOT EXISTS 
    ( 
        SELECT 1 
        FROM OrleansQuery oqt
        WHERE oqt.[QueryKey] = 'MembershipReadAllKey'
    );

    INSERT INTO OrleansQuery(QueryKey, QueryText)
    SELECT
    	'DeleteMembershipTableEntriesKey',
    	'DELETE FROM OrleansMembershipTable
    	WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
    	DELETE FROM OrleansMembershipVersionTable
    	WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
    	'
    WHERE NOT EXISTS 
    ( 
        SELECT 1 
        FROM OrleansQuery oqt
        WHERE oqt.[QueryKey] = 'DeleteMembershipTableEntriesKey'
    );

    INSERT INTO OrleansQuery(QueryKey, QueryText)
    SELECT
        'CleanupDefunctSiloEntriesKey',
        'DELETE FROM OrleansMembershipTable
        WHERE DeploymentId = @DeploymentId
            AND @DeploymentId IS NOT NULL
            AND IAmAliveTime < @IAmAliveTime
            AND Status != 3;
        '
    WHERE NOT EXISTS 
    ( 
        SELECT 1 
        FROM OrleansQuery oqt
        WHERE oqt.[QueryKey] = 'CleanupDefunctSiloEntriesKey'
    );

END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202173928_OrleansMembership'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202173928_OrleansMembership', N'10.0.15');
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130743_Statistics'
)
BEGIN
    ALTER TABLE [Contestants] ADD [Award] nvarchar(20) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130743_Statistics'
)
BEGIN
    ALTER TABLE [Contestants] ADD [FinalRank] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130743_Statistics'
)
BEGIN
    ALTER TABLE [Contestants] ADD [Title] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130743_Statistics'
)
BEGIN
    ALTER TABLE [Agreements] ADD [OrganizationId] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130743_Statistics'
)
BEGIN
    ALTER TABLE [Agreements] ADD [WorkersCovered] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130743_Statistics'
)
BEGIN
    CREATE INDEX [IX_Certificates_Organization_IssuedAt] ON [Certificates] ([Organization], [IssuedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130743_Statistics'
)
BEGIN
    CREATE INDEX [IX_Assessments_Organization_DecidedAt] ON [Assessments] ([Organization], [DecidedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130743_Statistics'
)
BEGIN
    CREATE INDEX [IX_Agreements_OrganizationId_SignedAt] ON [Agreements] ([OrganizationId], [SignedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130743_Statistics'
)
BEGIN
    ALTER TABLE [Agreements] ADD CONSTRAINT [FK_Agreements_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130743_Statistics'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203130743_Statistics', N'10.0.15');
END;

COMMIT;
GO

