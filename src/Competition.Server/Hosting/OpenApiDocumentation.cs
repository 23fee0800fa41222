using System.Reflection;
using System.Text.Json.Nodes;
using Competition.Server.Certificates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Competition.Server.Hosting;

/// <summary>
/// Makes the OpenAPI document true and complete enough to generate a client from: the server's public
/// address; an operation id on every operation (from its handler, e.g. <c>certificatesVerify</c>); which
/// operations take a bearer token and which none (<c>security: []</c>); and the refusals every operation
/// can answer, as <c>application/problem+json</c> with the platform's problem schema.
/// </summary>
internal static class OpenApiDocumentation
{
    private const string Bearer = "Bearer";
    private const string Problem = "Problem";
    private const string ProblemType = "application/problem+json";

    /// <summary>What each tag groups, for readers of the reference.</summary>
    private static readonly Dictionary<string, string> Tags = new()
    {
        ["Platform"] = "What this deployment is: its name, time zone and version.",
        ["Auth"] = "Sign-in for accounts (password) and judges (PIN), refresh and sign-out.",
        ["Accounts"] = "Accounts and the administrative audit log, for administrators.",
        ["Organisations"] = "The registry of organisations: the federation, its districts, enterprises and HR bodies.",
        ["Competitions"] = "Competitions: definitions, drafts, lifecycle, judges' PINs and the organizer's console.",
        ["Registration"] = "Contestants and judges, one by one or from the spreadsheets offices send.",
        ["Competition day"] = "Sessions, the draw, workstations, check-in and no-shows.",
        ["Templates"] = "Reusable marking schemes and competition shapes.",
        ["Marks"] = "Judges' marks from their tablets, and what each judge has marked.",
        ["Jury"] = "Moderation, re-scoring, locks, drift and judges' records, for the chief judge.",
        ["Corrections"] = "Changes after a lock: the chief judge proposes, an organizer approves.",
        ["Results"] = "Standings, results and their exports, frozen boards and the reveal.",
        ["Audit"] = "A competition's ledger: every event, and the check of its hash chain.",
        ["Certification"] = "Workers, assessments, promotion rules and certificates, for HR officers.",
        ["Verification"] = "Public verification of certificates, status lists, issuer profiles and keys.",
        ["Wage guidance"] = "Wage guidance tables, skill-level agreements and the bargaining report.",
    };

    public static void Describe(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, context, _) =>
        {
            document.Info.Title = "Competition platform API";
            document.Info.Description = "Skills competitions: definitions, judges' marks, live standings, certificates and wage guidance. " +
                "Every refusal is application/problem+json with a stable `code`.";
            // The address clients reach, never the request's Host (see PublicAddress), with no trailing slash.
            document.Servers = [new OpenApiServer { Url = context.ApplicationServices.GetRequiredService<PublicAddress>().Base }];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "From POST /api/auth/token (accounts) or POST /api/auth/judge (judges).",
            };
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[Problem] = ProblemSchema();
            document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            operation.OperationId ??= OperationId(metadata.OfType<MethodInfo>().FirstOrDefault(), context.Description.RelativePath);
            var signedIn = metadata.OfType<IAuthorizeData>().Any();
            operation.Security = signedIn
                ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] }]
                : [];
            operation.Responses ??= [];
            var problem = new OpenApiSchemaReference(Problem, context.Document);
            Refusal(operation, problem, "400", "Refused: the request is not valid (problem `code` says why); nothing changed.");
            if (signedIn)
            {
                Refusal(operation, problem, "401", "No valid bearer token.");
                Refusal(operation, problem, "403", "The token's role or competition may not do this.");
            }
            if (context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Path"))
            {
                Refusal(operation, problem, "404", "Nothing of that id here (or not visible to you).");
            }
            if (context.Description.HttpMethod is "POST" or "PUT" or "DELETE")
            {
                Refusal(operation, problem, "409", "Refused by the state it is in (e.g. locked, archived, already done).");
            }
            if (metadata.OfType<EnableRateLimitingAttribute>().Any())
            {
                Refusal(operation, problem, "429", "Too many requests or guesses: wait for Retry-After seconds.");
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>An operation id from the handler: <c>CertificatesApi.VerifyAsync</c> → <c>certificatesVerify</c>.</summary>
    private static string OperationId(MethodInfo? handler, string? path)
    {
        if (handler?.DeclaringType is not { } api)
        {
            return string.Concat((path ?? "root").Split('/', '{', '}', '.', '-').Where(p => p.Length > 0).Select((p, i) => i == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        }
        var area = api.Name.EndsWith("Api", StringComparison.Ordinal) ? api.Name[..^3] : api.Name;
        var action = handler.Name.EndsWith("Async", StringComparison.Ordinal) ? handler.Name[..^5] : handler.Name;
        return char.ToLowerInvariant(area[0]) + area[1..] + action;
    }

    private static void Refusal(OpenApiOperation operation, OpenApiSchemaReference problem, string status, string description)
    {
        if (!operation.Responses!.ContainsKey(status))
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { [ProblemType] = new() { Schema = problem } },
            };
        }
    }

    /// <summary>RFC 9457 problem details as the platform writes them, with its stable <c>code</c>.</summary>
    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "A refusal: RFC 9457 problem details with the platform's stable code.",
        Required = new HashSet<string> { "type", "title", "status", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "urn:competition:problem:{code}" },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What was refused and why, in words." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable: clients branch on it, e.g. validation, certificate.not-found." },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object, Description = "Validation messages by field.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["rows"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array, Description = "For a refused sheet: every bad row with its reasons.",
                Items = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["row"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                        ["reasons"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                },
            },
        },
    };

    /// <summary>Documents a 200 whose body is text of this media type (a VC-JWT, CSV).</summary>
    public static RouteHandlerBuilder ProducesText(this RouteHandlerBuilder route, string mediaType) => route.Produces<string>(StatusCodes.Status200OK, mediaType);

    /// <summary>Documents a 200 whose body is a JSON document of this media type (JSON-LD, a JWK set).</summary>
    public static RouteHandlerBuilder ProducesDocument(this RouteHandlerBuilder route, string mediaType) => route.Produces<JsonObject>(StatusCodes.Status200OK, mediaType);

    /// <summary>Documents a 200 whose body is a file (a workbook) of this media type.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder route, string mediaType) => route.Produces<Stream>(StatusCodes.Status200OK, mediaType);
}
