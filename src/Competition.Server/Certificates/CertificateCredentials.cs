using System.Text.Json;
using System.Text.Json.Nodes;
using Competition.Data.Entities;
using Competition.Domain.Certification;

namespace Competition.Server.Certificates;

/// <summary>
/// Builds the credentials the platform signs: a certificate as an Open Badges 3.0 AchievementCredential
/// on the W3C Verifiable Credentials 2.0 data model, and the Bitstring Status List credentials its one
/// status entry points to. The number and the skill level ride along in <c>credentialSubject</c>
/// (<c>certificateNumber</c>, <c>skillLevel</c>), defined in the platform's own JSON-LD context
/// (<see cref="ContextPath"/>), so a verifier reads them from the signed payload, not from the database.
/// The holder is named, nothing more: no identifier that is the same on all of a person's certificates
/// or that could be turned back into their national ID.
/// </summary>
public static class CertificateCredentials
{
    public const string IdPrefix = "urn:skills-certificate:";
    public const string VcContext = "https://www.w3.org/ns/credentials/v2";
    public const string OpenBadgesContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /// <summary>Where the platform serves its JSON-LD context (a static file: verifiers can keep a copy offline).</summary>
    public const string ContextPath = "/contexts/skills-certificate-v1.jsonld";

    /// <summary>The issuing organisation's Open Badges profile, at the issuer id.</summary>
    public static string IssuerUrl(string baseUrl, long organizationId) => $"{baseUrl}/api/issuers/{organizationId}";

    public static JsonObject Certificate(
        CertificateEntity certificate, WorkerEntity worker, AssessmentEntity assessment, string? competitionName, long issuerId, string baseUrl)
    {
        var level = certificate.Level;
        var levelName = SkillLadder.ChineseName(level);
        var occupation = certificate.WorkType is { Length: > 0 } workType ? $"{certificate.OccupationName}（{workType}）" : certificate.OccupationName;
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(VcContext, OpenBadgesContext, baseUrl + ContextPath),
            ["id"] = IdPrefix + certificate.Number,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["name"] = "职业技能等级证书",
            ["issuer"] = new JsonObject
            {
                ["id"] = IssuerUrl(baseUrl, issuerId), ["type"] = new JsonArray("Profile"), ["name"] = certificate.Organization,
            },
            ["validFrom"] = Timestamp(certificate.ValidFrom),
            ["awardedDate"] = Timestamp(certificate.IssuedAt),
            ["credentialSubject"] = new JsonObject
            {
                ["type"] = new JsonArray("AchievementSubject"),
                ["certificateNumber"] = certificate.Number,
                // The holder by name only. Whether the holder is the person of a national ID is asked of
                // the platform (POST /api/certificates/{number}/holder-check), rate-limited, never answered
                // by something in the credential that a guesser could test offline.
                ["identifier"] = new JsonArray(new JsonObject
                {
                    ["type"] = "IdentityObject", ["identityType"] = "name", ["hashed"] = false, ["identityHash"] = worker.Name,
                }),
                ["skillLevel"] = new JsonObject
                {
                    ["level"] = JsonNamingPolicy.CamelCase.ConvertName(level.ToString()),
                    ["name"] = levelName,
                    ["nationalCode"] = SkillLadder.NationalCode(level),
                },
                ["achievement"] = new JsonObject
                {
                    ["id"] = $"{baseUrl}/achievements/{certificate.OccupationCode}/{JsonNamingPolicy.CamelCase.ConvertName(level.ToString())}",
                    ["type"] = new JsonArray("Achievement"),
                    ["achievementType"] = "Certification",
                    ["name"] = $"{occupation} · {levelName}",
                    ["description"] = SkillLadder.NationalCode(level) is { } code
                        ? $"{occupation}职业技能等级证书：{levelName}（国家职业技能等级{code}级）。"
                        : $"{occupation}职业技能等级证书：{levelName}（新八级工）。",
                    ["criteria"] = new JsonObject { ["narrative"] = Criteria(assessment) },
                    ["alignment"] = new JsonArray(new JsonObject
                    {
                        ["type"] = new JsonArray("Alignment"),
                        ["targetName"] = certificate.OccupationName,
                        ["targetCode"] = certificate.OccupationCode,
                        ["targetFramework"] = $"中华人民共和国职业分类大典（{certificate.OccupationEdition}年版）",
                        ["targetType"] = "ext:NationalOccupationalClassification",
                        ["targetUrl"] = $"urn:cn-occupation:{certificate.OccupationEdition}:{certificate.OccupationCode}",
                    }),
                },
            },
            ["evidence"] = new JsonArray(Evidence(assessment, competitionName, baseUrl)),
            ["credentialStatus"] = StatusEntry(baseUrl, certificate.StatusListIndex),
        };
        if (certificate.ValidUntil is { } until)
        {
            credential["validUntil"] = Timestamp(until);
        }
        AddJwtClaims(credential, baseUrl, certificate.IssuedAt, certificate.ValidFrom, certificate.ValidUntil);
        return credential;
    }

    /// <summary>An issuing organisation's Open Badges 3.0 profile, served at its id (<see cref="IssuerUrl"/>).</summary>
    public static JsonObject Issuer(string baseUrl, OrganizationEntity organization) => new()
    {
        ["@context"] = new JsonArray(VcContext, OpenBadgesContext),
        ["id"] = IssuerUrl(baseUrl, organization.Id),
        ["type"] = new JsonArray("Profile"),
        ["name"] = organization.Name,
        ["url"] = baseUrl,
    };

    /// <summary>A signed list of <see cref="BitstringStatusList.MinimumLength"/> certificates' 2-bit statuses.</summary>
    public static JsonObject StatusList(string baseUrl, int listNumber, BitstringStatusList bits, DateTimeOffset now)
    {
        var url = StatusListUrl(baseUrl, listNumber);
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(VcContext, baseUrl + ContextPath),
            ["id"] = url,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = baseUrl,
            ["validFrom"] = Timestamp(now),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = url + "#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = CertificateStatusCodes.Purpose,
                ["statusSize"] = CertificateStatusCodes.Size,
                ["statusMessages"] = StatusMessages(),
                ["encodedList"] = bits.Encode(),
            },
        };
        AddJwtClaims(credential, baseUrl, now, now, null);
        return credential;
    }

    public static string StatusListUrl(string baseUrl, int listNumber) => $"{baseUrl}/api/status-lists/{CertificateStatusCodes.Purpose}/{listNumber}";

    /// <summary>The one status entry: purpose <c>message</c>, two bits, whose values say valid, suspended
    /// or revoked (see <see cref="CertificateStatusCodes"/>).</summary>
    private static JsonObject StatusEntry(string baseUrl, int index)
    {
        var (list, position) = Math.DivRem(index, BitstringStatusList.MinimumLength);
        var url = StatusListUrl(baseUrl, list);
        return new JsonObject
        {
            ["id"] = $"{url}#{position}",
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = CertificateStatusCodes.Purpose,
            ["statusListIndex"] = position.ToString(),
            ["statusListCredential"] = url,
            ["statusSize"] = CertificateStatusCodes.Size,
            ["statusMessage"] = StatusMessages(),
        };
    }

    private static JsonArray StatusMessages() => new([.. CertificateStatusCodes.Messages.Select((message, value) =>
        (JsonNode)new JsonObject { ["status"] = $"0x{value:x}", ["message"] = message })]);

    private static string Criteria(AssessmentEntity assessment) => assessment.Route switch
    {
        AssessmentRoute.Competition => $"职业技能竞赛成绩晋级：{assessment.ProposalReason}",
        _ => "理论知识、操作技能考核均达到合格分数线" +
             (SkillLadder.NeedsComprehensiveReview(assessment.TargetLevel) ? "，并通过综合评审。" : "。") +
             (assessment.Route == AssessmentRoute.EnterpriseSelfEvaluation ? "（企业自主评价）" : "（社会培训评价组织评价）"),
    };

    private static JsonObject Evidence(AssessmentEntity assessment, string? competitionName, string baseUrl)
    {
        if (assessment.CompetitionId is { } competitionId)
        {
            return new JsonObject
            {
                ["id"] = $"{baseUrl}/results/{competitionId}",
                ["type"] = new JsonArray("Evidence"),
                ["name"] = competitionName ?? $"Competition {competitionId}",
                ["description"] = $"名次 {assessment.Rank}" + (assessment.Award is { } award ? $"，奖项 {award}" : "") +
                    $"；成绩账本哈希 {assessment.LedgerHash}",
            };
        }
        return new JsonObject
        {
            ["type"] = new JsonArray("Evidence"),
            ["name"] = "考核成绩",
            ["description"] = string.Join("；", assessment.Components.OrderBy(c => c.Kind)
                .Select(c => $"{ComponentName(c.Kind)} {c.Score:0.##}/100（合格线 {c.PassMark:0.##}）")) +
                (assessment.Examiners.Count > 0 ? $"；考评员 {string.Join("、", assessment.Examiners)}" : ""),
        };
    }

    private static string ComponentName(AssessmentComponentKind kind) => kind switch
    {
        AssessmentComponentKind.Theory => "理论知识",
        AssessmentComponentKind.Practical => "操作技能",
        _ => "综合评审",
    };

    /// <summary>The registered JWT claims generic JWT tools check, mirroring the credential's own fields
    /// (the VC 2.0 context defines them, so JSON-LD keeps them too).</summary>
    private static void AddJwtClaims(JsonObject credential, string baseUrl, DateTimeOffset issuedAt, DateTimeOffset validFrom, DateTimeOffset? validUntil)
    {
        credential["iss"] = baseUrl;
        credential["iat"] = issuedAt.ToUnixTimeSeconds();
        credential["nbf"] = validFrom.ToUnixTimeSeconds();
        if (validUntil is { } until)
        {
            credential["exp"] = until.ToUnixTimeSeconds();
        }
    }

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
}
