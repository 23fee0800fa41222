using System.Security.Claims;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Competitions;
using Competition.Domain.Panels;
using Competition.Domain.Rules;
using Competition.Domain.Standings;
using Competition.Grains.Competitions;
using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Competition.Server.CompetitionDay;
using Competition.Server.Hosting;
using Competition.Server.Jury;
using Competition.Server.Organizations;
using Competition.Server.Problems;
using Competition.Server.Security;
using Competition.Server.Validation;
using Competition.Server.Workers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Competitions;

/// <summary>Competitions: public reads (definition, standings, scorecards) and organizer commands.</summary>
public static class CompetitionsApi
{
    public static IEndpointRouteBuilder MapCompetitionsApi(this IEndpointRouteBuilder app)
    {
        var reads = app.MapGroup("/api/competitions").WithTags("Competitions").RequireRateLimiting(RateLimits.Public);
        reads.MapGet("/", ListAsync).WithSummary("The competitions, newest first, filtered and paged by the query (total in X-Total-Count).");
        reads.MapGet("/{id:long}", GetAsync).WithSummary("A competition's public definition (no PINs).");
        reads.MapGet("/{id:long}/leaderboard", GetLeaderboardAsync)
            .WithSummary("The public board (live, frozen or being revealed); ?view=jury with a jury token: the live standings.");
        reads.MapGet("/{id:long}/contestants/{contestantId:long}", GetScorecardAsync).WithSummary("A contestant's marks by module and aspect.");

        var commands = app.MapGroup("/api/competitions").WithTags("Competitions")
            .RequireAuthorization(Roles.Organizer)
            .RequireRunning()
            .AddEndpointFilterFactory(ValidationFilter.Create);
        commands.MapPost("/", CreateAsync).WithSummary("Define a competition with its scheme, contestants and judges; answers each judge's PIN once.");
        commands.MapPost("/{id:long}/start", StartAsync).WithSummary("Open the competition for marking.");
        commands.MapPut("/{id:long}/profile", ConfigureProfileAsync).WithSummary("Name, occupation (in draft), host, level, industry, district, venue and days.");
        commands.MapPost("/{id:long}/clone", CloneAsync).WithSummary("A new draft with this one's scheme, rules and profile: never its people, marks or PINs.");
        commands.MapPost("/{id:long}/archive", ArchiveAsync).WithSummary("Close a published competition for good; it stays readable.");
        commands.MapPost("/{id:long}/judges/{judgeId:long}/pin", ResetPinAsync).WithSummary("A new PIN for a judge, shown this once; the old one stops at once.");
        commands.MapPut("/{id:long}/scheme", ConfigureSchemeAsync).WithSummary("Replace the marking scheme while in draft (new module and aspect ids).");
        commands.MapPut("/{id:long}/rules", ConfigureRulesAsync).WithSummary("Replace the rules (aggregation, moderation, tie-breaks, awards, scale, theory) while in draft.");
        commands.MapPut("/{id:long}/panels", ConfigurePanelsAsync).WithSummary("Set who marks what: judges per aspect, contestants per judge; while in draft.");
        commands.MapPost("/{id:long}/theory", ImportTheoryAsync).WithSummary("Import theory-exam scores, one row per contestant.");
        commands.MapPost("/{id:long}/completion-times", RecordCompletionTimesAsync).WithSummary("Record completion times in minutes, for tie-breaks.");
        commands.MapPost("/{id:long}/board/freeze", FreezeBoardAsync).WithSummary("Freeze the public board; the jury's view stays live.");
        commands.MapPost("/{id:long}/board/reveal", RevealBoardAsync).WithSummary("Reveal the next places of the final standings, from the bottom.");
        commands.MapPost("/{id:long}/board/thaw", ThawBoardAsync).WithSummary("Make the public board live again at once.");
        return app;
    }

    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    public static async Task<Results<Ok<List<CompetitionSummary>>, ProblemHttpResult>> ListAsync(
        [AsParameters] CompetitionQuery query, IDbContextFactory<CompetitionDbContext> contexts, OrganizationDirectory organizations,
        PlatformCalendar calendar, HttpResponse response, CancellationToken cancellationToken)
    {
        var statuses = new List<CompetitionStatus>();
        foreach (var text in (query.Status ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!QueryValues.TryParse<CompetitionStatus>(text, "status", out var one, out var wrongStatus))
            {
                return wrongStatus;
            }
            statuses.Add(one!.Value);
        }
        if (!QueryValues.TryParse<CompetitionLevel>(query.Level, "level", out var level, out var refused))
        {
            return refused;
        }
        if (query.Page is < 1 || query.PageSize is < 1 or > MaxPageSize)
        {
            return ApiProblems.Create(StatusCodes.Status400BadRequest, "query.invalid", $"page starts at 1; pageSize is 1 to {MaxPageSize}.");
        }
        DateOnly? on = null;
        if (query.On is { Length: > 0 } onText)
        {
            if (onText == "today")
            {
                on = calendar.Today();
            }
            else if (DateOnly.TryParseExact(onText, "yyyy-MM-dd", out var day))
            {
                on = day;
            }
            else
            {
                return ApiProblems.Create(StatusCodes.Status400BadRequest, "query.invalid", "on is a date (yyyy-MM-dd) or today.");
            }
        }
        await using var db = contexts.CreateDbContext();
        var competitions = db.Competitions.AsNoTracking();
        if (statuses.Count > 0)
        {
            competitions = competitions.Where(c => statuses.Contains(c.Status));
        }
        else if (query.Archived == false)
        {
            competitions = competitions.Where(c => c.Status != CompetitionStatus.Archived);
        }
        if (level is { } l)
        {
            competitions = competitions.Where(c => c.Level == l);
        }
        if (!string.IsNullOrWhiteSpace(query.Industry))
        {
            competitions = competitions.Where(c => c.Industry == query.Industry.Trim());
        }
        if (query.Organization is { } organization)
        {
            var subtree = (await organizations.TreeAsync(cancellationToken)).Subtree(organization);
            competitions = competitions.Where(c => c.HostOrganizationId != null && subtree.Contains(c.HostOrganizationId.Value));
        }
        if (query.Year is { } year)
        {
            var (first, last) = (new DateOnly(Math.Clamp(year, 1, 9999), 1, 1), new DateOnly(Math.Clamp(year, 1, 9999), 12, 31));
            competitions = competitions.Where(c => c.StartsOn <= last && (c.EndsOn ?? c.StartsOn) >= first);
        }
        if (on is { } held)
        {
            competitions = competitions.Where(c => c.StartsOn == null || (c.StartsOn <= held && (c.EndsOn ?? c.StartsOn) >= held));
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            competitions = competitions.Where(c => c.Name.Contains(text) || c.Occupation.Contains(text));
        }
        var pageSize = query.PageSize ?? DefaultPageSize;
        response.Headers["X-Total-Count"] = (await competitions.CountAsync(cancellationToken)).ToString();
        var page = await competitions.OrderByDescending(c => c.Id)
            .Skip(((query.Page ?? 1) - 1) * pageSize).Take(pageSize)
            .Select(c => new CompetitionSummary(c.Id, c.Name, c.Occupation, c.Status, c.StartedAt, c.Contestants.Count, c.Judges.Count,
                c.HostOrganizationId, null, c.Level, c.Industry, c.District, c.Venue, c.StartsOn, c.EndsOn))
            .ToListAsync(cancellationToken);
        var hosts = page.Select(c => c.HostOrganizationId).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => hosts.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return TypedResults.Ok(page.Select(c => c with { HostOrganization = c.HostOrganizationId is { } h ? names.GetValueOrDefault(h) : null }).ToList());
    }

    /// <summary>The definition; a competition that hides its judges shows them to the public by number only,
    /// and while judging is blind everyone but its organizers sees contestants by drawn number alone.</summary>
    public static async Task<Results<Ok<CompetitionView>, ProblemHttpResult>> GetAsync(long id, ClaimsPrincipal user, IGrainFactory grains, CompetitionScopes scopes)
    {
        if (await grains.Competition(id).GetViewAsync() is not { } view)
        {
            return Outcomes.CompetitionNotFound(id);
        }
        var runs = await scopes.RunsAsync(user, view.Profile.HostOrganizationId);
        if (!runs)
        {
            view = view.Blinded();
        }
        return TypedResults.Ok(view.Rules.HideJudgeIdentities && user.JudgeOf(id) is null && !runs
            ? view with { Judges = view.Judges.Select((j, i) => j with { Name = $"#{i + 1}", Employer = "" }).ToList() }
            : view);
    }

    public static async Task<Results<Ok<LeaderboardSnapshot>, ProblemHttpResult>> GetLeaderboardAsync(
        long id, string? view, ClaimsPrincipal user, IGrainFactory grains, CompetitionScopes scopes)
    {
        var competition = grains.Competition(id);
        var jury = string.Equals(view, "jury", StringComparison.OrdinalIgnoreCase);
        if (jury && !await scopes.IsJuryOfAsync(user, id))
        {
            return user.IsInRole(Roles.Organizer) ? Outcomes.CompetitionNotFound(id) : Outcomes.OtherCompetition(id);
        }
        return await (jury ? competition.GetJuryLeaderboardAsync() : competition.GetLeaderboardAsync()) is { } board
            ? TypedResults.Ok(board)
            : Outcomes.CompetitionNotFound(id);
    }

    /// <summary>A contestant's breakdown; while the public board is frozen, only the jury's to see.</summary>
    public static async Task<Results<Ok<Scorecard>, ProblemHttpResult>> GetScorecardAsync(
        long id, long contestantId, ClaimsPrincipal user, IGrainFactory grains, CompetitionScopes scopes)
    {
        var identities = await scopes.RunsCompetitionAsync(user, id);
        var competition = grains.Competition(id);
        if (await competition.GetScorecardAsync(contestantId, identities) is not { } card)
        {
            return ApiProblems.NotFound("contestant.not-found", $"Contestant {contestantId} is not in competition {id}.");
        }
        var live = (await competition.GetLeaderboardAsync())!.Phase == BoardPhase.Live;
        return live || identities || user.IsChiefOf(id)
            ? TypedResults.Ok(card)
            : ApiProblems.Create(StatusCodes.Status403Forbidden, "board.frozen", "The board is frozen: scorecards show again once it is revealed.");
    }

    public static async Task<Results<Created<CreatedCompetition>, ProblemHttpResult>> CreateAsync(
        CreateCompetitionRequest request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, CompetitionScopes scopes,
        IPasswordHasher<JudgeEntity> pinHasher, AdminAuditLog audit, WorkerDirectory workers, TimeProvider time, CancellationToken cancellationToken)
    {
        var hosting = await HostOrRefusalAsync(request.HostOrganizationId, user, scopes);
        if (hosting.Error is { } refused)
        {
            return refused.ToProblem();
        }
        var host = hosting.Value;
        var contestants = request.Contestants ?? [];
        var judges = request.Judges ?? [];
        var pins = judges.Select(_ => JudgePins.Generate()).ToArray();
        var competition = new CompetitionEntity
        {
            Name = request.Name.Trim(),
            Occupation = request.Occupation.Trim(),
            Status = CompetitionStatus.Draft,
            CreatedAt = time.GetUtcNow(),
            HostOrganizationId = host, Level = request.Level, Industry = Trimmed(request.Industry), District = Trimmed(request.District),
            Venue = Trimmed(request.Venue), StartsOn = request.StartsOn, EndsOn = request.EndsOn,
            Workstations = request.Workstations, Sessions = request.Sessions is null ? null : ((IScheduleFields)request).ToSchedule().Sessions.ToList(),
            Modules = request.MarkingScheme.ToView().ToEntities(),
            Contestants = contestants.Select(c => new ContestantEntity
            {
                Bib = c.Bib.Trim(), Name = c.Name.Trim(), Employer = c.Employer.Trim(), OutOfRanking = c.OutOfRanking,
            }).ToList(),
            Judges = judges.Select(j => new JudgeEntity
            {
                Name = j.Name.Trim(), Employer = j.Employer.Trim(), IsChief = j.IsChief, PinHash = "", PinIssuedTo = user.Actor(),
            }).ToList(),
            Rules = request.Rules,
        };
        for (var i = 0; i < pins.Length; i++)
        {
            competition.Judges[i].PinHash = pinHasher.HashPassword(competition.Judges[i], pins[i]);
        }

        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LinkWorkersAsync(db, competition, contestants, workers, cancellationToken);
        db.Competitions.Add(competition);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(user.Actor(), "competition.created", $"competition:{competition.Id}",
            $"{competition.Name}: {competition.Contestants.Count} contestants, {competition.Judges.Count} judges");

        return TypedResults.Created($"/api/competitions/{competition.Id}", Created(competition, pins, request.Rules ?? CompetitionRules.Default));
    }

    private static CreatedCompetition Created(CompetitionEntity competition, IReadOnlyList<string> pins, CompetitionRules rules) => new(
        competition.Id, competition.Name, competition.Occupation, competition.Status,
        new MarkingSchemeView(competition.Modules.Select(m => new ModuleView(m.Id, m.Name, m.Weight,
            m.Aspects.Select(CompetitionViews.ToView).ToList())).ToList()),
        competition.Contestants.Select(c => new ContestantView(c.Id, c.Bib, c.Name, c.Employer, c.OutOfRanking)).ToList(),
        competition.Judges.Select((j, i) => new JudgeWithPin(j.Id, j.Name, j.Employer, j.IsChief, pins[i])).ToList(),
        rules);

    /// <summary>The host an organizer names must be theirs to run (their organisation or one below); none
    /// named: their own.</summary>
    private static async Task<Outcome<long>> HostOrRefusalAsync(long? named, ClaimsPrincipal user, CompetitionScopes scopes)
    {
        var host = named ?? user.OrganizationIdOf();
        return host is { } id && await scopes.MayHostAsync(user, id)
            ? id
            : new DomainError(ErrorKind.Forbidden, "organization.outside-scope", "A competition is held by your organisation or one under it.");
    }

    /// <summary>A copy to run again (next year's contest): scheme, rules, profile (but no days) and the
    /// panels' shape, never people, marks or PINs. Its ids are new, so module tie-breaks are dropped; the
    /// shape is applied once the draft has its judges.</summary>
    public static async Task<Results<Created<CreatedCompetition>, ProblemHttpResult>> CloneAsync(
        long id, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, IGrainFactory grains, AdminAuditLog audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var source = (await grains.Competition(id).GetViewAsync())!;
        var rules = source.Rules.ForNewScheme();
        var copy = new CompetitionEntity
        {
            Name = $"{source.Name}（副本）", Occupation = source.Occupation, Status = CompetitionStatus.Draft, CreatedAt = time.GetUtcNow(),
            HostOrganizationId = source.Profile.HostOrganizationId, Level = source.Profile.Level, Industry = source.Profile.Industry,
            District = source.Profile.District, Venue = source.Profile.Venue, Workstations = source.Workstations,
            Modules = source.MarkingScheme.ToEntities(),
            Rules = rules,
            PanelShape = source.Panels.Count == 0 ? null : PanelShape.Of(
                source.MarkingScheme.Modules.Select(m => (IReadOnlyList<long>)m.Aspects.Select(a => a.Id).ToList()).ToList(),
                source.Panels.ToDictionary(p => p.AspectId, p => p.JudgeIds),
                source.Judges.Where(j => j.ReplacedBy is null).Select(j => j.Id).ToList()),
        };
        await using var db = contexts.CreateDbContext();
        db.Competitions.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(user.Actor(), "competition.cloned", $"competition:{copy.Id}", $"from competition:{id}");
        return TypedResults.Created($"/api/competitions/{copy.Id}", Created(copy, [], rules));
    }

    public static async Task<Results<Ok<CompetitionView>, ProblemHttpResult>> ConfigureProfileAsync(
        long id, ProfileRequest request, ClaimsPrincipal user, IGrainFactory grains, CompetitionScopes scopes, AdminAuditLog audit)
    {
        if (request.HostOrganizationId is { } named && await HostOrRefusalAsync(named, user, scopes) is { Error: { } outsideScope })
        {
            return outsideScope.ToProblem();
        }
        var competition = grains.Competition(id);
        var current = (await competition.GetViewAsync())!;
        var profile = new CompetitionProfile(request.HostOrganizationId ?? current.Profile.HostOrganizationId, request.Level,
            Trimmed(request.Industry), Trimmed(request.District), Trimmed(request.Venue), request.StartsOn, request.EndsOn);
        var configured = await competition.ConfigureProfileAsync(request.Name.Trim(), request.Occupation.Trim(), profile);
        if (configured.Error is { } refused)
        {
            return refused.ToProblem();
        }
        await audit.RecordAsync(user.Actor(), "competition.profile-set", $"competition:{id}");
        return TypedResults.Ok(configured.Value!);
    }

    public static async Task<Results<Ok<CompetitionView>, ProblemHttpResult>> ConfigureSchemeAsync(
        long id, MarkingSchemeRequest scheme, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit)
    {
        var competition = grains.Competition(id);
        var configured = await competition.ConfigureSchemeAsync(scheme.ToView());
        if (configured.Error is { } refused)
        {
            return refused.ToProblem();
        }
        await audit.RecordAsync(user.Actor(), "competition.scheme-set", $"competition:{id}");
        return TypedResults.Ok(configured.Value!);
    }

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> ArchiveAsync(long id, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit)
    {
        var outcome = await grains.Competition(id).ArchiveAsync(user.Actor());
        if (outcome.Succeeded)
        {
            await audit.RecordAsync(user.Actor(), "competition.archived", $"competition:{id}");
        }
        return outcome.ToHttp();
    }

    /// <summary>A lost PIN: a new one, answered this once; the old PIN and the judge's tokens stop at once.</summary>
    public static async Task<Results<Ok<PinReset>, ProblemHttpResult>> ResetPinAsync(
        long id, long judgeId, ClaimsPrincipal user, IGrainFactory grains, IPasswordHasher<JudgeEntity> pinHasher, Sessions sessions,
        AdminAuditLog audit)
    {
        var view = (await grains.Competition(id).GetViewAsync())!;
        if (view.Judges.FirstOrDefault(j => j.Id == judgeId) is not { } judge)
        {
            return ApiProblems.NotFound("judge.not-found", $"Judge {judgeId} does not judge competition {id}.");
        }
        if (view.Status == CompetitionStatus.Archived)
        {
            return ApiProblems.Create(StatusCodes.Status409Conflict, "competition.archived", "The competition is archived: nothing changes any more.");
        }
        var pin = JudgePins.Generate();
        var hash = pinHasher.HashPassword(new JudgeEntity { Name = judge.Name, Employer = judge.Employer, PinHash = "" }, pin);
        await grains.Judge(judgeId).SetPinAsync(hash, user.Actor());
        await sessions.SignOutAsync($"judge:{judgeId}");
        await audit.RecordAsync(user.Actor(), "judge.pin-reset", $"competition:{id}", $"judge:{judgeId}");
        return TypedResults.Ok(new PinReset(judgeId, pin));
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

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
        var competition = grains.Competition(id);
        if ((await competition.StartAsync(user.Actor())).Error is { } refused)
        {
            return refused.ToProblem();
        }
        await audit.RecordAsync(user.Actor(), "competition.started", $"competition:{id}");
        return TypedResults.Ok((await competition.GetViewAsync())!);
    }

    public static Task<Results<Ok<CompetitionView>, ProblemHttpResult>> ConfigureRulesAsync(
        long id, CompetitionRules rules, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit) =>
        ConfigureAsync(grains.Competition(id), rules, null, () => audit.RecordAsync(user.Actor(), "competition.rules-set", $"competition:{id}"));

    public static Task<Results<Ok<CompetitionView>, ProblemHttpResult>> ConfigurePanelsAsync(
        long id, PanelsDefinition panels, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit) =>
        ConfigureAsync(grains.Competition(id), null, panels, () => audit.RecordAsync(user.Actor(), "competition.panels-set", $"competition:{id}"));

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> ImportTheoryAsync(
        long id, FiguresRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.Competition(id).ImportTheoryAsync(request.Rows, user.Actor())).ToHttp();

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> RecordCompletionTimesAsync(
        long id, FiguresRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.Competition(id).RecordCompletionTimesAsync(request.Rows, user.Actor())).ToHttp();

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> FreezeBoardAsync(long id, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.Competition(id).FreezeBoardAsync(user.Actor())).ToHttp();

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> RevealBoardAsync(long id, RevealRequest? request, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.Competition(id).RevealBoardAsync(request?.Places ?? 1, user.Actor())).ToHttp();

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> ThawBoardAsync(long id, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.Competition(id).ThawBoardAsync(user.Actor())).ToHttp();

    private static async Task<Results<Ok<CompetitionView>, ProblemHttpResult>> ConfigureAsync(
        ICompetitionGrain competition, CompetitionRules? rules, PanelsDefinition? panels, Func<Task> recordAudit)
    {
        var configured = await competition.ConfigureAsync(rules, panels);
        if (configured.Error is { } refused)
        {
            return refused.ToProblem();
        }
        await recordAudit();
        return TypedResults.Ok(configured.Value!);
    }
}
