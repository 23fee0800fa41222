using System.Security.Claims;
using System.Text.RegularExpressions;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Promotions;

/// <summary>
/// Promotion from competitions, for organizers: versioned rule sets, which rules a competition's results
/// feed, and drafting the assessments (also done by itself when the chief judge locks the results).
/// </summary>
public static partial class PromotionsApi
{
    public static IEndpointRouteBuilder MapPromotionsApi(this IEndpointRouteBuilder app)
    {
        var rules = app.MapGroup("/api/promotion-rules").WithTags("Certification")
            .RequireAuthorization(Roles.Organizer)
            .AddEndpointFilterFactory(ValidationFilter.Create);
        rules.MapGet("/", ListAsync).WithSummary("The newest version of every promotion rule set.");
        rules.MapGet("/{name}", VersionsAsync).WithSummary("Every version of one rule set, newest first.");
        rules.MapPut("/{name}", AddVersionAsync).WithSummary("Add a new version of a rule set (earlier drafts keep the version they used).");

        var competition = app.MapGroup("/api/competitions/{id:long}/promotion").WithTags("Certification")
            .RequireAuthorization(Roles.Organizer)
            .RequireRunning()
            .AddEndpointFilterFactory(ValidationFilter.Create);
        competition.MapGet("/", GetLinkAsync).WithSummary("The promotion rules this competition's results feed.");
        competition.MapPut("/", LinkAsync).WithSummary("Link the competition to a rule set, contest class, occupation and HR organisation.");
        competition.MapPost("/draft", DraftAsync).WithSummary("Draft assessments from the final results now (also done when results are locked).");
        return app;
    }

    public static async Task<Ok<List<PromotionRuleSetView>>> ListAsync(IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var all = await db.PromotionRuleSets.AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(all.GroupBy(r => r.Name).Select(g => ToView(g.MaxBy(r => r.Version)!)).OrderBy(v => v.Name).ToList());
    }

    public static async Task<Results<Ok<List<PromotionRuleSetView>>, ProblemHttpResult>> VersionsAsync(
        string name, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var versions = await db.PromotionRuleSets.AsNoTracking().Where(r => r.Name == name).OrderByDescending(r => r.Version).ToListAsync(cancellationToken);
        return versions.Count == 0 ? RuleSetNotFound(name) : TypedResults.Ok(versions.Select(ToView).ToList());
    }

    public static async Task<Results<Created<PromotionRuleSetView>, ProblemHttpResult>> AddVersionAsync(
        string name, PromotionRulesRequest request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts,
        AdminAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!RuleSetName().IsMatch(name))
        {
            return ApiProblems.Create(StatusCodes.Status400BadRequest, "promotion.bad-name",
                "A rule set name is 1 to 100 letters, digits, dashes or underscores.");
        }
        // Someone adding a version at the same moment (unique name and version) numbers ours after theirs.
        var saved = await contexts.RetryOnRaceAsync(async db =>
        {
            var latest = await db.PromotionRuleSets.Where(r => r.Name == name).MaxAsync(r => (int?)r.Version, cancellationToken) ?? 0;
            var entity = new PromotionRuleSetEntity
            {
                Name = name,
                Version = latest + 1,
                Rules = [.. request.Rules],
                MonthsBetweenPromotions = request.MonthsBetweenPromotions,
                CreatedBy = user.Actor(),
                CreatedAt = time.GetUtcNow(),
            };
            db.PromotionRuleSets.Add(entity);
            audit.Stage(db, user.Actor(), "promotion-rules.versioned", $"promotion-rules:{name}", $"version {entity.Version}");
            await db.SaveChangesAsync(cancellationToken);
            return entity;
        }, cancellationToken);
        return TypedResults.Created($"/api/promotion-rules/{name}", ToView(saved));
    }

    public static async Task<Results<Ok<PromotionLink>, ProblemHttpResult>> GetLinkAsync(
        long id, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.CompetitionPromotions.AsNoTracking().SingleOrDefaultAsync(p => p.CompetitionId == id, cancellationToken) is { } link
            ? TypedResults.Ok(ToView(link))
            : ApiProblems.NotFound("promotion.not-linked", $"No promotion rules are linked to competition {id}.");
    }

    public static async Task<Results<Ok<PromotionLink>, ProblemHttpResult>> LinkAsync(
        long id, PromotionLink request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts,
        AdminAuditLog audit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var status = await db.Competitions.Where(c => c.Id == id).Select(c => (CompetitionStatus?)c.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return Outcomes.CompetitionNotFound(id);
        }
        if (status == CompetitionStatus.Archived)
        {
            return ApiProblems.Create(StatusCodes.Status409Conflict, "competition.archived", "The competition is archived: nothing changes any more.");
        }
        if (!await db.PromotionRuleSets.AnyAsync(r => r.Name == request.RuleSet, cancellationToken))
        {
            return RuleSetNotFound(request.RuleSet);
        }
        var link = await db.CompetitionPromotions.SingleOrDefaultAsync(p => p.CompetitionId == id, cancellationToken);
        if (link is null)
        {
            link = new CompetitionPromotionEntity
            {
                CompetitionId = id, RuleSetName = "", ContestClass = "", OccupationCode = "", OccupationEdition = "", OccupationName = "", Organization = "",
            };
            db.CompetitionPromotions.Add(link);
        }
        (link.RuleSetName, link.ContestClass, link.OccupationCode, link.OccupationEdition, link.OccupationName, link.WorkType, link.Organization) =
            (request.RuleSet, request.ContestClass.Trim(), request.OccupationCode, request.OccupationEdition, request.OccupationName.Trim(),
             string.IsNullOrWhiteSpace(request.WorkType) ? null : request.WorkType.Trim(), request.Organization.Trim());
        audit.Stage(db, user.Actor(), "promotion.linked", $"competition:{id}", $"{link.RuleSetName} ({link.ContestClass}) → {link.Organization}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToView(link));
    }

    public static async Task<Results<Ok<DraftReport>, ProblemHttpResult>> DraftAsync(
        long id, ClaimsPrincipal user, PromotionDrafter drafter, CancellationToken cancellationToken)
    {
        var outcome = await drafter.DraftAsync(id, user.Actor(), cancellationToken);
        return outcome.Error is { } refused ? refused.ToProblem() : TypedResults.Ok(outcome.Value!);
    }

    private static PromotionRuleSetView ToView(PromotionRuleSetEntity entity) => new(
        entity.Name, entity.Version, entity.Rules,
        entity.MonthsBetweenPromotions, entity.CreatedBy, entity.CreatedAt);

    private static PromotionLink ToView(CompetitionPromotionEntity link) => new(
        link.RuleSetName, link.ContestClass, link.OccupationCode, link.OccupationEdition, link.OccupationName, link.WorkType, link.Organization, link.DraftedAt);

    private static ProblemHttpResult RuleSetNotFound(string name) =>
        ApiProblems.NotFound("promotion.rules-not-found", $"There is no promotion rule set named {name}.");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex RuleSetName();
}
