using System.Security.Claims;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Server.Hosting;
using Competition.Server.Assessments;
using Competition.Server.Auth;
using Competition.Server.Imports;
using Competition.Server.Problems;
using Competition.Server.Security;
using Competition.Server.Validation;
using Competition.Server.WageGuidance;
using Competition.Server.Workers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Competition.Server.Certificates;

/// <summary>
/// Certificates. HR officers issue, renew, revoke, suspend and reinstate them for their organisation;
/// anyone fetches a credential, verifies a number or a presented credential, reads the status lists and
/// the issuer's public keys (<c>/.well-known/jwks.json</c>).
/// </summary>
public static class CertificatesApi
{
    public static IEndpointRouteBuilder MapCertificatesApi(this IEndpointRouteBuilder app)
    {
        var hr = app.MapGroup("/api/certificates").WithTags("Certification")
            .RequireAuthorization(Roles.HrOfficer)
            .AddEndpointFilterFactory(ValidationFilter.Create);
        hr.MapGet("/", ListAsync).WithSummary("Your organisation's certificates, newest first; filter by state.");
        hr.MapPost("/", IssueAsync).WithSummary("Issue a signed certificate from a passed assessment.");
        hr.MapPost("/bulk", BulkAsync).WithSummary("Issue up to 5,000 certificates from CSV (the body, text/csv): every row checked first, none issued if one is bad.");
        hr.MapGet("/{number}/record", RecordAsync).WithSummary("A certificate with its status history.");
        hr.MapPost("/{number}/renew", RenewAsync).WithSummary("Issue a new certificate that supersedes this one.");
        hr.MapPost("/{number}/revoke", RevokeAsync).WithSummary("Revoke for good, with a reason (kept).");
        hr.MapPost("/{number}/suspend", SuspendAsync).WithSummary("Suspend until reinstated, with a reason.");
        hr.MapPost("/{number}/reinstate", ReinstateAsync).WithSummary("Lift a suspension, with a reason.");

        var open = app.MapGroup("/").WithTags("Verification").RequireRateLimiting(RateLimits.Public);
        open.MapGet("/api/certificates/{number}/credential", CredentialAsync).ProducesText(VcJwt.MediaType)
            .WithSummary("The certificate as a signed VC-JWT (Open Badges 3.0 / W3C VC 2.0), for ?token= of its QR code or the issuing organisation's HR officers.");
        open.MapGet("/api/certificates/{number}/verify", VerifyAsync)
            .WithSummary("Verify a certificate by number: valid, revoked, suspended, expired, superseded or forged; the details with ?token= or ?holder=.");
        open.MapPost("/api/certificates/{number}/holder-check", HolderCheckAsync).AddEndpointFilterFactory(ValidationFilter.Create)
            .WithSummary("Is this certificate the one of this national ID? Yes or no, rate-limited.");
        open.MapGet("/api/issuers/{organizationId:long}", IssuerAsync).ProducesDocument("application/ld+json").WithSummary("An issuing organisation's Open Badges profile.");
        open.MapGet("/api/certificates/{number}/wage-guidance", WageGuidanceAsync)
            .WithSummary("The guidance band (monthly P10–P90) for the certificate's occupation, level and region, and the floors of agreements covering its holder.");
        open.MapPost("/api/credentials/verify", VerifyPresentedAsync).Accepts<string>(VcJwt.MediaType, "text/plain")
            .WithSummary("Verify a credential someone presents (the VC-JWT as the body).");
        open.MapGet("/api/status-lists/{purpose}/{list:int}", StatusListAsync).ProducesText(VcJwt.MediaType)
            .WithSummary("A signed Bitstring Status List credential: each certificate's 2-bit status (valid, suspended, revoked).");
        open.MapGet("/.well-known/jwks.json", JwksAsync).ProducesDocument("application/jwk-set+json").WithSummary("The issuer's public keys, old ones included.");
        app.MapPost("/api/credential-keys/rotate", RotateAsync).WithTags("Verification").RequireAuthorization(Roles.Organizer)
            .WithSummary("Start signing with a new key; certificates signed before keep verifying.");
        return app;
    }

    public static async Task<Results<Ok<List<CertificateView>>, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time, CancellationToken cancellationToken,
        string? state = null)
    {
        if (!QueryValues.TryParse<CertificateState>(state, "state", out var wanted, out var refused))
        {
            return refused;
        }
        await using var db = contexts.CreateDbContext();
        var organization = user.OrganizationOf();
        var now = time.GetUtcNow();
        var views = await CertificationQueries.CertificateViewsAsync(db, db.Certificates.Where(c => c.Organization == organization), now, cancellationToken);
        return TypedResults.Ok(wanted is { } only ? views.Where(v => v.State == only).ToList() : views);
    }

    public static async Task<Results<Created<CertificateView>, ProblemHttpResult>> IssueAsync(
        IssueRequest request, ClaimsPrincipal user, CertificateRegistry registry, PublicAddress address,
        IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await registry.IssueAsync([request.AssessmentId], user.Actor(), user.OrganizationOf(), address.Base, cancellationToken);
        return outcome.Error is { } refused ? refused.ToProblem() : await CreatedAsync(outcome.Value![0], contexts, time, cancellationToken);
    }

    public static async Task<Results<Created<BulkIssued>, ProblemHttpResult>> BulkAsync(
        HttpRequest http, ClaimsPrincipal user, CertificateRegistry registry, WorkerDirectory workers, PublicAddress address,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var parsed = BulkIssuance.Read(await Uploads.ReadAsync(http, cancellationToken));
        if (parsed.Error is { } badFile)
        {
            return badFile.ToProblem();
        }
        var rows = parsed.Value!;
        var actor = user.Actor();
        var organization = user.OrganizationOf();
        var now = time.GetUtcNow();
        var outcome = await registry.RecordAndIssueAsync(async db =>
        {
            var holders = await workers.FindOrAddAsync(db, rows.Select(r => new WorkerDirectory.Person(r.Name, r.Employer, r.NationalId)).ToList(), cancellationToken);
            // New workers get their ids here, inside the issuing transaction.
            await db.SaveChangesAsync(cancellationToken);
            var assessments = rows.Select((row, i) => RecordedAssessments.Create(
                new AssessmentRequest(holders[i].Id, row.OccupationCode, row.OccupationEdition, row.OccupationName, row.WorkType,
                    row.Level, row.Route, row.Components, row.Examiners), organization, actor, now)).ToList();
            db.Assessments.AddRange(assessments);
            return assessments;
        }, actor, address.Base, cancellationToken);
        if (outcome.Error is { } refused)
        {
            return refused.ToProblem();
        }
        var issued = outcome.Value!.Select((c, i) => new BulkIssuedRow(rows[i].Number, c.Number, rows[i].Name)).ToList();
        return TypedResults.Created("/api/certificates", new BulkIssued(issued.Count, issued));
    }

    public static async Task<Results<Ok<CertificateView>, ProblemHttpResult>> RecordAsync(
        string number, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var organization = user.OrganizationOf();
        var views = await CertificationQueries.CertificateViewsAsync(db,
            db.Certificates.Where(c => c.Number == number && c.Organization == organization), time.GetUtcNow(), cancellationToken);
        return views is [var view] ? TypedResults.Ok(view)
            : ApiProblems.NotFound("certificate.not-found", $"Certificate {number} is not one of your organisation's.");
    }

    public static async Task<Results<Created<CertificateView>, ProblemHttpResult>> RenewAsync(
        string number, ClaimsPrincipal user, CertificateRegistry registry, PublicAddress address,
        IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await registry.RenewAsync(number, user.Actor(), user.OrganizationOf(), address.Base, cancellationToken);
        return outcome.Error is { } refused ? refused.ToProblem() : await CreatedAsync(outcome.Value![0], contexts, time, cancellationToken);
    }

    public static Task<Results<Ok<CertificateView>, ProblemHttpResult>> RevokeAsync(
        string number, ReasonRequest request, ClaimsPrincipal user, CertificateRegistry registry,
        IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time, CancellationToken cancellationToken) =>
        ChangedAsync(registry.RevokeAsync(number, request.Reason.Trim(), user.Actor(), user.OrganizationOf(), cancellationToken), contexts, time, cancellationToken);

    public static Task<Results<Ok<CertificateView>, ProblemHttpResult>> SuspendAsync(
        string number, ReasonRequest request, ClaimsPrincipal user, CertificateRegistry registry,
        IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time, CancellationToken cancellationToken) =>
        ChangedAsync(registry.SuspendAsync(number, request.Reason.Trim(), user.Actor(), user.OrganizationOf(), cancellationToken), contexts, time, cancellationToken);

    public static Task<Results<Ok<CertificateView>, ProblemHttpResult>> ReinstateAsync(
        string number, ReasonRequest request, ClaimsPrincipal user, CertificateRegistry registry,
        IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time, CancellationToken cancellationToken) =>
        ChangedAsync(registry.ReinstateAsync(number, request.Reason.Trim(), user.Actor(), user.OrganizationOf(), cancellationToken), contexts, time, cancellationToken);

    /// <summary>The signed credential names its holder: it is given for the token of the certificate's QR
    /// code, or to an HR officer of the issuing organisation, never for the number alone.</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> CredentialAsync(
        string number, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken,
        string? token = null)
    {
        var normalised = Normalised(number);
        await using var db = contexts.CreateDbContext();
        var found = await db.Certificates.AsNoTracking().Where(c => c.Number == normalised)
            .Select(c => new { c.Credential, c.Organization, c.VerificationToken }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return ApiProblems.NotFound("certificate.not-found", $"No certificate {normalised} was issued here.");
        }
        var issuersOfficer = user.IsInRole(Roles.HrOfficer) && user.OrganizationOf() == found.Organization;
        return issuersOfficer || CertificateDisclosure.TokensMatch(token, found.VerificationToken)
            ? TypedResults.Text(found.Credential, VcJwt.MediaType)
            : ApiProblems.Create(StatusCodes.Status403Forbidden, "certificate.token-required",
                "The signed credential names its holder: ask with ?token= from the certificate's QR code, or as an HR officer of the issuing organisation.");
    }

    /// <summary>A well-formed number is verified (unknown: forged); anything else is not a certificate number
    /// at all. Its details need the QR token or the holder's name or last four ID characters (?holder=).</summary>
    public static async Task<Results<Ok<CertificateVerification>, ProblemHttpResult>> VerifyAsync(
        string number, HttpContext http, CertificateVerifier verifier, CertificateDisclosure disclosure, CancellationToken cancellationToken,
        string? token = null, string? holder = null)
    {
        var normalised = Normalised(number);
        if (!CertificateNumbers.IsWellFormed(normalised))
        {
            return MalformedNumber();
        }
        var decision = await disclosure.DecideAsync(normalised, token, holder, ClientAddress.Of(http), cancellationToken);
        return decision.RefusedFor is { } wait
            ? TooManyGuesses(http.Response, wait)
            : TypedResults.Ok(await verifier.VerifyNumberAsync(normalised, decision.Shown, cancellationToken));
    }

    /// <summary>"Is this certificate the one of ID number X?": yes or no, counted like every guess at a holder.</summary>
    public static async Task<Results<Ok<HolderCheck>, ProblemHttpResult>> HolderCheckAsync(
        string number, NationalIdLookup request, HttpContext http, CertificateDisclosure disclosure, CancellationToken cancellationToken)
    {
        var normalised = Normalised(number);
        if (!CertificateNumbers.IsWellFormed(normalised))
        {
            return MalformedNumber();
        }
        return await disclosure.CheckHolderAsync(normalised, request.NationalId, ClientAddress.Of(http), cancellationToken) switch
        {
            null => ApiProblems.NotFound("certificate.not-found", $"No certificate {normalised} was issued here."),
            { RefusedFor: { } wait } => TooManyGuesses(http.Response, wait),
            var (matches, _) => TypedResults.Ok(new HolderCheck(normalised, matches)),
        };
    }

    /// <summary>Where the holder works decides which agreements apply: shown on the same terms as the details.</summary>
    public static async Task<Results<Ok<CertificateWageGuidance>, ProblemHttpResult>> WageGuidanceAsync(
        string number, HttpContext http, IDbContextFactory<CompetitionDbContext> contexts, CertifiedWageGuidance guidance,
        CertificateDisclosure disclosure, CancellationToken cancellationToken, string? token = null, string? holder = null)
    {
        var normalised = Normalised(number);
        await using var db = contexts.CreateDbContext();
        var found = await db.Certificates.AsNoTracking().Where(c => c.Number == normalised)
            .Join(db.Workers, c => c.WorkerId, w => w.Id, (c, w) => new { Certificate = c, w.Employer })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return ApiProblems.NotFound("certificate.not-found", $"The platform has issued no certificate {normalised}.");
        }
        var decision = await disclosure.DecideAsync(normalised, token, holder, ClientAddress.Of(http), cancellationToken);
        return decision switch
        {
            { RefusedFor: { } wait } => TooManyGuesses(http.Response, wait),
            { Shown: false } => ApiProblems.Create(StatusCodes.Status403Forbidden, "certificate.holder-required",
                "Name the holder (?holder= their name or the last four characters of their ID) or give the QR code's ?token=."),
            _ => TypedResults.Ok((await guidance.ForAsync(db, [found.Certificate], found.Employer, cancellationToken))[0]),
        };
    }

    /// <summary>The issuing organisation as an Open Badges 3.0 profile: what a credential's issuer id resolves to.</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> IssuerAsync(
        long organizationId, IDbContextFactory<CompetitionDbContext> contexts, PublicAddress address, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken) is { } organization
            ? TypedResults.Text(CertificateCredentials.Issuer(address.Base, organization).ToJsonString(), "application/ld+json")
            : ApiProblems.NotFound("issuer.not-found", $"No organisation {organizationId} issues certificates here.");
    }

    private static ProblemHttpResult MalformedNumber() => ApiProblems.Create(StatusCodes.Status400BadRequest, "certificate.malformed-number",
        $"A certificate number is {CertificateNumbers.Length} characters: Y or S, 14 digits, the level (1–5, A, T or C) and a 6-digit serial.");

    private static ProblemHttpResult TooManyGuesses(HttpResponse response, TimeSpan wait) => ApiProblems.TooManyRequests(response, wait,
        "certificate.too-many-guesses", "Too many wrong guesses at this certificate's holder: wait a while before trying again.");

    /// <summary>A number as typed or scanned: surrounding space and lower case do not matter.</summary>
    private static string Normalised(string number) => number.Trim().ToUpperInvariant();

    public static async Task<Results<Ok<CertificateVerification>, ProblemHttpResult>> VerifyPresentedAsync(
        HttpRequest request, CertificateVerifier verifier, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var jwt = await reader.ReadToEndAsync(cancellationToken);
        // Three base64url parts or it is not a VC-JWT at all; one of that shape is verified (a bad one: forged).
        return jwt.Trim().Split('.') is [{ Length: > 0 }, { Length: > 0 }, { Length: > 0 }] parts && parts.All(IsBase64Url)
            ? TypedResults.Ok(await verifier.VerifyCredentialAsync(jwt, cancellationToken))
            : ApiProblems.Create(StatusCodes.Status400BadRequest, "credential.malformed", "Post the credential (the VC-JWT text: three base64url parts joined by dots) as the request body.");
    }

    private static bool IsBase64Url(string part) => part.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> StatusListAsync(
        string purpose, int list, StatusLists lists, PublicAddress address, CancellationToken cancellationToken)
    {
        if (purpose != CertificateStatusCodes.Purpose || list is < 0 or > 10_000)
        {
            return ApiProblems.NotFound("status-list.not-found", $"Status lists are /api/status-lists/{CertificateStatusCodes.Purpose}/{{number}}.");
        }
        return TypedResults.Text(await lists.SignedListAsync(list, address.Base, cancellationToken), VcJwt.MediaType);
    }

    public static async Task<ContentHttpResult> JwksAsync(CredentialKeys keys, CancellationToken cancellationToken) =>
        TypedResults.Text((await keys.JwksAsync(cancellationToken)).ToJsonString(), "application/jwk-set+json");

    public static async Task<Ok<KeyRotated>> RotateAsync(ClaimsPrincipal user, CredentialKeys keys, AdminAuditLog audit, CancellationToken cancellationToken)
    {
        var keyId = await keys.RotateAsync(cancellationToken);
        await audit.RecordAsync(user.Actor(), "credential-key.rotated", $"key:{keyId}");
        return TypedResults.Ok(new KeyRotated(keyId));
    }

    private static async Task<Results<Ok<CertificateView>, ProblemHttpResult>> ChangedAsync(
        Task<Outcome<CertificateEntity>> change, IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await change;
        if (outcome.Error is { } refused)
        {
            return refused.ToProblem();
        }
        return TypedResults.Ok(await ViewAsync(outcome.Value!.Id, contexts, time, cancellationToken));
    }

    private static async Task<Results<Created<CertificateView>, ProblemHttpResult>> CreatedAsync(
        CertificateEntity certificate, IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/certificates/{certificate.Number}/record", await ViewAsync(certificate.Id, contexts, time, cancellationToken));

    private static async Task<CertificateView> ViewAsync(long id, IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return (await CertificationQueries.CertificateViewsAsync(db, db.Certificates.Where(c => c.Id == id), time.GetUtcNow(), cancellationToken)).Single();
    }
}
