using System.Text.Json;
using System.Text.Json.Nodes;
using Competition.Data.Entities;
using Competition.Domain.Certification;

namespace Competition.Server.Certificates;

/// <summary>
/// Builds the credentials the platform signs: a certificate as an Open Badges 3.0 credential on the W3C
/// Verifiable Credentials 2.0 data model, and the Bitstring Status List credentials its status points to.
/// The number and the skill level ride along in <c>credentialSubject</c> (<c>certificateNumber</c>,
/// <c>skillLevel</c>) so a verifier reads them from the signed payload, not from the database.
/// </summary>
public static class CertificateCredentials
{
    public const string IdPrefix = "urn:skills-certificate:";

    public static JsonObject Certificate(
        CertificateEntity certificate, WorkerEntity worker, AssessmentEntity assessment, string? competitionName, string baseUrl)
    {
        var level = certificate.Level;
        var levelName = SkillLadder.ChineseName(level);
        var occupation = certificate.WorkType is { Length: > 0 } workType ? $"{certificate.OccupationName}（{workType}）" : certificate.OccupationName;
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = IdPrefix + certificate.Number,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["name"] = "职业技能等级证书",
            ["issuer"] = new JsonObject { ["id"] = baseUrl, ["type"] = new JsonArray("Profile"), ["name"] = certificate.Organization },
            ["validFrom"] = Timestamp(certificate.ValidFrom),
            ["awardedDate"] = Timestamp(certificate.IssuedAt),
            ["credentialSubject"] = new JsonObject
            {
                ["type"] = new JsonArray("AchievementSubject"),
                ["certificateNumber"] = certificate.Number,
                ["identifier"] = new JsonArray(
                    Identity("name", worker.Name, hashed: false),
                    Identity("ext:MaskedNationalId", worker.NationalIdMasked, hashed: false),
                    // The keyed hash of the national ID: the same person gets the same value, nobody can reverse it.
                    Identity("ext:NationalIdHmacSha256", worker.NationalIdHash, hashed: true)),
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
            ["credentialStatus"] = new JsonArray(
                StatusEntry(baseUrl, "revocation", certificate.StatusListIndex),
                StatusEntry(baseUrl, "suspension", certificate.StatusListIndex)),
        };
        if (certificate.ValidUntil is { } until)
        {
            credential["validUntil"] = Timestamp(until);
        }
        AddJwtClaims(credential, baseUrl, certificate.IssuedAt, certificate.ValidFrom, certificate.ValidUntil);
        return credential;
    }

    /// <summary>A signed list of one status purpose covering <see cref="BitstringStatusList.MinimumLength"/> certificates.</summary>
    public static JsonObject StatusList(string baseUrl, string purpose, int listNumber, BitstringStatusList bits, DateTimeOffset now)
    {
        var url = StatusListUrl(baseUrl, purpose, listNumber);
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["id"] = url,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = baseUrl,
            ["validFrom"] = Timestamp(now),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = url + "#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = purpose,
                ["encodedList"] = bits.Encode(),
            },
        };
        AddJwtClaims(credential, baseUrl, now, now, null);
        return credential;
    }

    public static string StatusListUrl(string baseUrl, string purpose, int listNumber) => $"{baseUrl}/api/status-lists/{purpose}/{listNumber}";

    private static JsonObject StatusEntry(string baseUrl, string purpose, int index)
    {
        var (list, position) = Math.DivRem(index, BitstringStatusList.MinimumLength);
        var url = StatusListUrl(baseUrl, purpose, list);
        return new JsonObject
        {
            ["id"] = $"{url}#{position}",
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = purpose,
            ["statusListIndex"] = position.ToString(),
            ["statusListCredential"] = url,
        };
    }

    private static JsonObject Identity(string type, string value, bool hashed) => new()
    {
        ["type"] = "IdentityObject",
        ["identityType"] = type,
        ["hashed"] = hashed,
        ["identityHash"] = value,
    };

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

    /// <summary>The registered JWT claims generic JWT tools check, mirroring the credential's own fields.</summary>
    private static void AddJwtClaims(JsonObject credential, string baseUrl, DateTimeOffset issuedAt, DateTimeOffset validFrom, DateTimeOffset? validUntil)
    {
        credential["iss"] = baseUrl;
        credential["jti"] = credential["id"]!.GetValue<string>();
        credential["iat"] = issuedAt.ToUnixTimeSeconds();
        credential["nbf"] = validFrom.ToUnixTimeSeconds();
        if (validUntil is { } until)
        {
            credential["exp"] = until.ToUnixTimeSeconds();
        }
    }

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
}
