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
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE TABLE [Accounts] (
        [Id] bigint NOT NULL IDENTITY,
        [Username] nvarchar(100) NOT NULL,
        [PasswordHash] nvarchar(200) NOT NULL,
        [Role] nvarchar(40) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_Accounts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE TABLE [Competitions] (
        [Id] bigint NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Occupation] nvarchar(200) NOT NULL,
        [Status] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [StartedAt] datetimeoffset NULL,
        CONSTRAINT [PK_Competitions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
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
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE TABLE [Contestants] (
        [Id] bigint NOT NULL IDENTITY,
        [CompetitionId] bigint NOT NULL,
        [Bib] nvarchar(20) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Employer] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_Contestants] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Contestants_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE TABLE [Judges] (
        [Id] bigint NOT NULL IDENTITY,
        [CompetitionId] bigint NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Employer] nvarchar(200) NOT NULL,
        [PinHash] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_Judges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Judges_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
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
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE TABLE [Aspects] (
        [Id] bigint NOT NULL IDENTITY,
        [ModuleId] bigint NOT NULL,
        [Position] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [MaxMark] decimal(9,4) NOT NULL,
        CONSTRAINT [PK_Aspects] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Aspects_Modules_ModuleId] FOREIGN KEY ([ModuleId]) REFERENCES [Modules] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE TABLE [Marks] (
        [Id] bigint NOT NULL IDENTITY,
        [CompetitionId] bigint NOT NULL,
        [Sequence] bigint NOT NULL,
        [SubmissionId] uniqueidentifier NOT NULL,
        [JudgeId] bigint NOT NULL,
        [ContestantId] bigint NOT NULL,
        [AspectId] bigint NOT NULL,
        [Value] decimal(9,4) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_Marks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Marks_Aspects_AspectId] FOREIGN KEY ([AspectId]) REFERENCES [Aspects] ([Id]),
        CONSTRAINT [FK_Marks_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]),
        CONSTRAINT [FK_Marks_Contestants_ContestantId] FOREIGN KEY ([ContestantId]) REFERENCES [Contestants] ([Id]),
        CONSTRAINT [FK_Marks_Judges_JudgeId] FOREIGN KEY ([JudgeId]) REFERENCES [Judges] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Accounts_Username] ON [Accounts] ([Username]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE INDEX [IX_Aspects_ModuleId] ON [Aspects] ([ModuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Contestants_CompetitionId_Bib] ON [Contestants] ([CompetitionId], [Bib]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE INDEX [IX_Judges_CompetitionId] ON [Judges] ([CompetitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE INDEX [IX_Marks_AspectId] ON [Marks] ([AspectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Marks_CompetitionId_Sequence] ON [Marks] ([CompetitionId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Marks_CompetitionId_SubmissionId] ON [Marks] ([CompetitionId], [SubmissionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE INDEX [IX_Marks_ContestantId] ON [Marks] ([ContestantId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE INDEX [IX_Marks_JudgeId] ON [Marks] ([JudgeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    CREATE INDEX [IX_Modules_CompetitionId] ON [Modules] ([CompetitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126101716_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126101716_Initial', N'10.0.15');
END;

COMMIT;
GO

