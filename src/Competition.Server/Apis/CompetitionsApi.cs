using Competition.Data;
using Competition.Data.Entities;
using System.Security.Claims;
using Competition.Domain;
using Competition.Domain.Rules;
using Competition.Domain.Standings;
using Competition.Grains.Competitions;
using Competition.Grains.Contracts;
using Competition.Server.Apis.Models;
using Competition.Server.Auth;
using Competition.Server.Certification;
using Competition.Server.Problems;
using Competition.Server.Security;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Apis;

/// <summary>Competitions: public reads (definition, standings, scorecards) and organizer commands.</summary>
public static class CompetitionsApi
{
    public static IEndpointRouteBuilder MapCompetitionsApi(this IEndpointRouteBuilder app)
    {
        var reads = app.MapGroup("/api/competitions").WithTags("Competitions").RequireRateLimiting(RateLimits.Public);
        reads.MapGet("/", ListAsync).WithSummary("All competitions, newest first.");
        reads.MapGet("/{id:long}", GetAsync).WithSummary("A competition's public definition (no PINs).");
        reads.MapGet("/{id:long}/leaderboard", GetLeaderboardAsync)
            .WithSummary("The public board (live, frozen or being revealed); ?view=jury with a jury token: the live standings.");
        reads.MapGet("/{id:long}/contestants/{contestantId:long}", GetScorecardAsync).WithSummary("A contestant's marks by module and aspect.");

        var commands = app.MapGroup("/api/competitions").WithTags("Competitions")
            .RequireAuthorization(Roles.Organizer)
            .AddEndpointFilterFactory(ValidationFilter.Create);
        commands.MapPost("/", CreateAsync).WithSummary("Define a competition with its scheme, contestants and judges; answers each judge's PIN once.");
        commands.MapPost("/{id:long}/start", StartAsync).WithSummary("Open the competition for marking.");
        commands.MapPut("/{id:long}/rules", ConfigureRulesAsync).WithSummary("Replace the rules (aggregation, moderation, tie-breaks, awards, scale, theory) while in draft.");
        commands.MapPut("/{id:long}/panels", ConfigurePanelsAsync).WithSummary("Set who marks what: judges per aspect, contestants per judge; while in draft.");
        commands.MapPost("/{id:long}/theory", ImportTheoryAsync).WithSummary("Import theory-exam scores, one row per contestant.");
        commands.MapPost("/{id:long}/completion-times", RecordCompletionTimesAsync).WithSummary("Record completion times in minutes, for tie-breaks.");
        commands.MapPost("/{id:long}/board/freeze", FreezeBoardAsync).WithSummary("Freeze the public board; the jury's view stays live.");
        commands.MapPost("/{id:long}/board/reveal", RevealBoardAsync).WithSummary("Reveal the next places of the final standings, from the bottom.");
        commands.MapPost("/{id:long}/board/thaw", ThawBoardAsync).WithSummary("Make the public board live again at once.");
        return app;
    }

    public static async Task<Ok<List<CompetitionSummary>>> ListAsync(IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var list = await db.Competitions.AsNoTracking()
            .OrderByDescending(c => c.Id)
            .Select(c => new CompetitionSummary(c.Id, c.Name, c.Occupation, c.Status, c.StartedAt, c.Contestants.Count, c.Judges.Count))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(list);
    }

    /// <summary>The definition; a competition that hides its judges shows them to the public by number only.</summary>
    public static async Task<Results<Ok<CompetitionView>, ProblemHttpResult>> GetAsync(long id, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (await grains.GetGrain<ICompetitionGrain>(id).GetViewAsync() is not { } view)
        {
            return CompetitionNotFound(id);
        }
        return TypedResults.Ok(view.Rules.HideJudgeIdentities && !user.IsJuryOf(id) && user.JudgeOf(id) is null
            ? view with { Judges = view.Judges.Select((j, i) => j with { Name = $"#{i + 1}", Employer = "" }).ToList() }
            : view);
    }

    public static async Task<Results<Ok<LeaderboardSnapshot>, ProblemHttpResult>> GetLeaderboardAsync(
        long id, string? view, ClaimsPrincipal user, IGrainFactory grains)
    {
        var competition = grains.GetGrain<ICompetitionGrain>(id);
        var jury = string.Equals(view, "jury", StringComparison.OrdinalIgnoreCase);
        if (jury && Outcomes.RequireJury(user, id) is { } refused)
        {
            return refused;
        }
        return await (jury ? competition.GetJuryLeaderboardAsync() : competition.GetLeaderboardAsync()) is { } board
            ? TypedResults.Ok(board)
            : CompetitionNotFound(id);
    }

    /// <summary>A contestant's breakdown; while the public board is frozen, only the jury's to see.</summary>
    public static async Task<Results<Ok<Scorecard>, ProblemHttpResult>> GetScorecardAsync(long id, long contestantId, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (await grains.GetGrain<IContestantGrain>(contestantId).GetScorecardAsync() is not { } card || card.CompetitionId != id)
        {
            return ApiProblems.NotFound("contestant.not-found", $"Contestant {contestantId} is not in competition {id}.");
        }
        var live = (await grains.GetGrain<ICompetitionGrain>(id).GetLeaderboardAsync())!.Phase == BoardPhase.Live;
        return live || user.IsJuryOf(id)
            ? TypedResults.Ok(card)
            : ApiProblems.Create(StatusCodes.Status403Forbidden, "board.frozen", "The board is frozen: scorecards show again once it is revealed.");
    }

    public static async Task<Created<CreatedCompetition>> CreateAsync(
        CreateCompetitionRequest request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts,
        IPasswordHasher<JudgeEntity> pinHasher, AdminAuditLog audit, WorkerDirectory workers, TimeProvider time, CancellationToken cancellationToken)
    {
        var pins = request.Judges.Select(_ => JudgePins.Generate()).ToArray();
        var competition = new CompetitionEntity
        {
            Name = request.Name.Trim(),
            Occupation = request.Occupation.Trim(),
            Status = CompetitionStatus.Draft,
            CreatedAt = time.GetUtcNow(),
            Modules = request.MarkingScheme.Modules.Select((m, i) => new ModuleEntity
            {
                Position = i,
                Name = m.Name.Trim(),
                Weight = m.Weight,
                Aspects = m.Aspects.Select((a, j) => new AspectEntity
                {
                    Position = j, Name = a.Name.Trim(), Kind = a.Kind, MaxMark = a.MaxMark,
                    Deductions = a.Deductions?.Order().ToList() ?? [], Aggregation = a.Aggregation,
                    Levels = a.Levels?.Select(l => l.Trim()).ToList() ?? [],
                }).ToList(),
            }).ToList(),
            Contestants = request.Contestants.Select(c => new ContestantEntity
            {
                Bib = c.Bib.Trim(), Name = c.Name.Trim(), Employer = c.Employer.Trim(), OutOfRanking = c.OutOfRanking,
            }).ToList(),
            Judges = request.Judges.Select(j => new JudgeEntity { Name = j.Name.Trim(), Employer = j.Employer.Trim(), IsChief = j.IsChief, PinHash = "" }).ToList(),
            RulesJson = request.Rules is null ? null : CompetitionRulesJson.Serialize(request.Rules),
        };
        for (var i = 0; i < pins.Length; i++)
        {
            competition.Judges[i].PinHash = pinHasher.HashPassword(competition.Judges[i], pins[i]);
        }

        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LinkWorkersAsync(db, competition, request.Contestants, workers, cancellationToken);
        db.Competitions.Add(competition);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(user.Actor(), "competition.created", $"competition:{competition.Id}",
            $"{competition.Name}: {competition.Contestants.Count} contestants, {competition.Judges.Count} judges");

        var created = new CreatedCompetition(
            competition.Id, competition.Name, competition.Occupation, competition.Status,
            new MarkingSchemeView(competition.Modules.Select(m => new ModuleView(m.Id, m.Name, m.Weight,
                m.Aspects.Select(CompetitionViews.ToView).ToList())).ToList()),
            competition.Contestants.Select(c => new ContestantView(c.Id, c.Bib, c.Name, c.Employer, c.OutOfRanking)).ToList(),
            competition.Judges.Select((j, i) => new JudgeWithPin(j.Id, j.Name, j.Employer, j.IsChief, pins[i])).ToList(),
            request.Rules ?? CompetitionRules.Default);
        return TypedResults.Created($"/api/competitions/{competition.Id}", created);
    }

    /// <summary>Links contestants registered with a national ID to their worker (added when new).</summary>
    private static async Task LinkWorkersAsync(
        CompetitionDbContext db, CompetitionEntity competition, IReadOnlyList<ContestantRequest> contestants, WorkerDirectory workers,
        CancellationToken cancellationToken)
    {
        var identified = contestants.Select((request, index) => (request, contestant: competition.Contestants[index]))
            .Where(c => c.request.NationalId is not null).ToList();
        if (identified.Count == 0)
        {
            return;
        }
        var found = await workers.FindOrAddAsync(db,
            identified.Select(c => new WorkerDirectory.Person(c.request.Name, c.request.Employer, c.request.NationalId!)).ToList(), cancellationToken);
        // New workers get their ids in the competition's transaction.
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < identified.Count; i++)
        {
            identified[i].contestant.WorkerId = found[i].Id;
        }
    }

    public static async Task<Results<Ok<CompetitionView>, ProblemHttpResult>> StartAsync(long id, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit)
    {
        var competition = grains.GetGrain<ICompetitionGrain>(id);
        if ((await competition.StartAsync(user.Actor())).Error is { } refused)
        {
            return refused.ToProblem();
        }
        await audit.RecordAsync(user.Actor(), "competition.started", $"competition:{id}");
        return TypedResults.Ok((await competition.GetViewAsync())!);
    }

    public static Task<Results<Ok<CompetitionView>, ProblemHttpResult>> ConfigureRulesAsync(
        long id, CompetitionRules rules, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit) =>
        ConfigureAsync(grains.GetGrain<ICompetitionGrain>(id), rules, null, () => audit.RecordAsync(user.Actor(), "competition.rules-set", $"competition:{id}"));

    public static Task<Results<Ok<CompetitionView>, ProblemHttpResult>> ConfigurePanelsAsync(
        long id, PanelsDefinition panels, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit) =>
        ConfigureAsync(grains.GetGrain<ICompetitionGrain>(id), null, panels, () => audit.RecordAsync(user.Actor(), "competition.panels-set", $"competition:{id}"));

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> ImportTheoryAsync(
        long id, FiguresRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.GetGrain<ICompetitionGrain>(id).ImportTheoryAsync(request.Rows, user.Actor())).ToHttp();

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> RecordCompletionTimesAsync(
        long id, FiguresRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.GetGrain<ICompetitionGrain>(id).RecordCompletionTimesAsync(request.Rows, user.Actor())).ToHttp();

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> FreezeBoardAsync(long id, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.GetGrain<ICompetitionGrain>(id).FreezeBoardAsync(user.Actor())).ToHttp();

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> RevealBoardAsync(long id, RevealRequest? request, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.GetGrain<ICompetitionGrain>(id).RevealBoardAsync(request?.Places ?? 1, user.Actor())).ToHttp();

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> ThawBoardAsync(long id, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.GetGrain<ICompetitionGrain>(id).ThawBoardAsync(user.Actor())).ToHttp();

    private static async Task<Results<Ok<CompetitionView>, ProblemHttpResult>> ConfigureAsync(
        ICompetitionGrain competition, CompetitionRules? rules, PanelsDefinition? panels, Func<Task> recordAudit)
    {
        if (await competition.ConfigureAsync(rules, panels) is { } refused)
        {
            return refused.ToProblem();
        }
        await recordAudit();
        return TypedResults.Ok((await competition.GetViewAsync())!);
    }

    private static ProblemHttpResult CompetitionNotFound(long id) =>
        ApiProblems.NotFound("competition.not-found", $"Competition {id} does not exist.");
}
