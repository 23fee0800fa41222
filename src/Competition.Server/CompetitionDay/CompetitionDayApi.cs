using System.Security.Claims;
using Competition.Data;
using Competition.Domain;
using Competition.Domain.CompetitionDay;
using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Competition.Server.Security;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.CompetitionDay;

/// <summary>
/// The competition day: sessions and workstations, the draw anyone can recompute, moves, check-in (检录),
/// the paper marking forms, and the decryption (解密) of a blind competition by an organizer and the chief
/// judge. Everything that changes the day is in the competition's ledger.
/// </summary>
public static class CompetitionDayApi
{
    public static IEndpointRouteBuilder MapCompetitionDayApi(this IEndpointRouteBuilder app)
    {
        var reads = app.MapGroup("/api/competitions/{id:long}").WithTags("Competition day").RequireRateLimiting(RateLimits.Public);
        reads.MapGet("/draw", GetDrawAsync).WithSummary("The draw: its commitment before it; after it the seed, input and order too, so anyone can recompute it.");

        var organizer = app.MapGroup("/api/competitions/{id:long}").WithTags("Competition day")
            .RequireAuthorization(Roles.Organizer)
            .RequireRunning()
            .AddEndpointFilterFactory(ValidationFilter.Create);
        organizer.MapPut("/sessions", ConfigureSessionsAsync).WithSummary("Set the workstations and the sessions, in order, while in draft.");
        organizer.MapPost("/draw", DrawAsync).WithSummary("Draw numbers, sessions and workstations by lot; a re-draw takes { reason }.");
        organizer.MapPost("/contestants/{contestantId:long}/move", MoveAsync).WithSummary("Move a contestant to a free workstation of a later session, with the reason.");
        organizer.MapGet("/check-in", ListCheckInAsync).WithSummary("Check-in list; ?q= finds by the national ID's last four, the bib, the number or the name.");
        organizer.MapPost("/contestants/{contestantId:long}/check-in", CheckInAsync).WithSummary("Check a contestant in (who and when are kept).");
        organizer.MapGet("/marking-forms", GetMarkingFormsAsync).WithSummary("Each judge's paper marking form, per session (?session=n).");

        var jury = app.MapGroup("/api/competitions/{id:long}").WithTags("Competition day")
            .RequireAuthorization(Roles.Jury)
            .RequireJury()
            .AddEndpointFilterFactory(ValidationFilter.Create);
        jury.MapPost("/decrypt", DecryptAsync).WithSummary("Confirm the decryption, as an organizer or as the chief judge: with both, names show again.");
        return app;
    }

    public static async Task<Results<Ok<DrawView>, ProblemHttpResult>> GetDrawAsync(long id, IGrainFactory grains)
    {
        var competition = grains.Competition(id);
        if (await competition.GetDrawAsync() is { } draw)
        {
            return TypedResults.Ok(draw);
        }
        return await competition.GetViewAsync() is null
            ? Outcomes.CompetitionNotFound(id)
            : ApiProblems.NotFound("draw.not-found", "This competition finished without a draw.");
    }

    public static async Task<Results<Ok<CompetitionView>, ProblemHttpResult>> ConfigureSessionsAsync(
        long id, SessionsRequest request, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit)
    {
        var competition = grains.Competition(id);
        var configured = await competition.ConfigureSessionsAsync(((IScheduleFields)request).ToSchedule());
        if (configured.Error is { } refused)
        {
            return refused.ToProblem();
        }
        await audit.RecordAsync(user.Actor(), "competition.sessions-set", $"competition:{id}");
        return TypedResults.Ok(configured.Value!);
    }

    public static async Task<Results<Ok<DrawView>, ProblemHttpResult>> DrawAsync(
        long id, DrawRequest? request, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit)
    {
        var competition = grains.Competition(id);
        if ((await competition.DrawAsync(request?.Reason, user.Actor())).Error is { } refused)
        {
            return ApiProblems.ToProblem(refused);
        }
        await audit.RecordAsync(user.Actor(), "competition.drawn", $"competition:{id}", request?.Reason);
        return TypedResults.Ok((await competition.GetDrawAsync())!);
    }

    public static async Task<Results<Ok<ContestantView>, ProblemHttpResult>> MoveAsync(
        long id, long contestantId, MoveRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        await ContestantAsync(grains.Competition(id), contestantId,
            c => c.MoveContestantAsync(contestantId, new Seat(request.Session, request.Workstation), request.Reason, user.Actor()));

    public static async Task<Results<Ok<ContestantView>, ProblemHttpResult>> CheckInAsync(
        long id, long contestantId, ClaimsPrincipal user, IGrainFactory grains) =>
        await ContestantAsync(grains.Competition(id), contestantId, c => c.CheckInAsync(contestantId, user.Actor()));

    /// <summary>The list a steward works from; sessions that have begun are settled first, so their absentees show as no-shows.</summary>
    public static async Task<Ok<List<CheckInEntry>>> ListCheckInAsync(
        long id, string? q, IGrainFactory grains, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        var competition = grains.Competition(id);
        await competition.StartDueSessionsAsync();
        var view = (await competition.GetViewAsync())!;
        var schedule = new CompetitionSchedule(view.Workstations, view.Sessions ?? []);
        await using var db = contexts.CreateDbContext();
        var identities = await db.Contestants.AsNoTracking().Where(c => c.CompetitionId == id)
            .Select(c => new { c.Id, c.CheckedInBy, NationalId = db.Workers.Where(w => w.Id == c.WorkerId).Select(w => w.NationalIdMasked).FirstOrDefault() })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var entries = view.Contestants
            .Select(c => new CheckInEntry(c.Id, c.Bib, c.Name, c.Employer, identities.GetValueOrDefault(c.Id)?.NationalId, c.DrawnNumber, c.Session, c.Workstation,
                c.Session is { } session ? schedule.Session(session)?.StartsAt : null,
                c.CheckedInAt, identities.GetValueOrDefault(c.Id)?.CheckedInBy, c.Withdrawal, c.WithdrawalReason))
            .Where(e => Matches(e, q?.Trim()))
            .OrderBy(e => e.Session ?? int.MaxValue).ThenBy(e => e.Workstation ?? int.MaxValue).ThenBy(e => e.Bib, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(entries);
    }

    /// <summary>What a steward types: the ID card's last four (what the masked form keeps), the bib, the drawn number, or part of the name.</summary>
    private static bool Matches(CheckInEntry entry, string? q) =>
        string.IsNullOrEmpty(q)
        || (q.Length == 4 && entry.NationalId is { } id && id.EndsWith(q, StringComparison.OrdinalIgnoreCase))
        || string.Equals(entry.Bib, q, StringComparison.OrdinalIgnoreCase)
        || entry.DrawnNumber == q || (int.TryParse(q, out var number) && entry.DrawnNumber is { } drawn && int.Parse(drawn) == number)
        || entry.Name.Contains(q, StringComparison.OrdinalIgnoreCase);

    /// <summary>Each active judge's form for one session (all contestants without sessions): the contestants they mark there and the aspects.</summary>
    public static async Task<Results<Ok<List<MarkingForm>>, ProblemHttpResult>> GetMarkingFormsAsync(long id, int? session, IGrainFactory grains)
    {
        var competition = grains.Competition(id);
        var view = (await competition.GetViewAsync())!;
        var schedule = new CompetitionSchedule(view.Workstations, view.Sessions ?? []);
        if (session is { } number && schedule.Session(number) is null)
        {
            return ApiProblems.Create(StatusCodes.Status400BadRequest, "session.not-found", $"The competition has {schedule.Sessions.Count} session(s).");
        }
        // The forms go to the judges: they show what a judge's tablet would.
        var shown = view.Blinded().Contestants.Where(c => session is null || c.Session == session).ToDictionary(c => c.Id);
        var aspects = view.MarkingScheme.Modules.SelectMany(m => m.Aspects.Select(a => new MarkingFormAspect(m.Name, a))).ToList();
        var forms = new List<MarkingForm>();
        foreach (var judge in view.Judges.Where(j => !j.IsChief && j.ReplacedBy is null))
        {
            var assignments = (await competition.GetAssignmentsAsync(judge.Id)).Where(a => shown.ContainsKey(a.ContestantId)).ToList();
            var theirs = assignments.Select(a => a.AspectId).ToHashSet();
            var rows = assignments.GroupBy(a => a.ContestantId).Select(g => shown[g.Key])
                .OrderBy(c => c.Workstation ?? int.MaxValue).ThenBy(c => c.Bib, StringComparer.Ordinal)
                .Select(c => new MarkingFormRow(c.Id, c.Name.Length == 0 ? c.Bib : $"{c.Bib} {c.Name}", c.Workstation,
                    assignments.Where(a => a.ContestantId == c.Id).Select(a => a.AspectId).ToList()))
                .ToList();
            forms.Add(new MarkingForm(judge.Id, judge.Name, session, session is { } s ? schedule.Session(s)!.StartsAt : null,
                aspects.Where(a => theirs.Contains(a.Aspect.Id)).ToList(), rows));
        }
        return TypedResults.Ok(forms);
    }

    /// <summary>The caller's part of the decryption: the chief judge's token confirms for the jury, an organizer's for the office.</summary>
    public static async Task<Results<Ok<BlindingView>, ProblemHttpResult>> DecryptAsync(
        long id, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit)
    {
        var competition = grains.Competition(id);
        var party = user.IsChiefOf(id) ? DecryptionParty.ChiefJudge : DecryptionParty.Organizer;
        if ((await competition.DecryptAsync(party, user.Actor())).Error is { } refused)
        {
            return ApiProblems.ToProblem(refused);
        }
        await audit.RecordAsync(user.Actor(), "competition.decryption-confirmed", $"competition:{id}", party.ToString());
        return TypedResults.Ok((await competition.GetViewAsync())!.Blinding!);
    }

    private static async Task<Results<Ok<ContestantView>, ProblemHttpResult>> ContestantAsync(
        ICompetitionGrain competition, long contestantId, Func<ICompetitionGrain, Task<Outcome<RosterChange>>> change)
    {
        if ((await change(competition)).Error is { } refused)
        {
            return ApiProblems.ToProblem(refused);
        }
        return TypedResults.Ok((await competition.GetViewAsync())!.Contestants.Single(c => c.Id == contestantId));
    }
}
