using Competition.Domain.Certification;

namespace Competition.Server.Certificates;

/// <summary>What a certificate states, as signed.</summary>
public sealed record CertificateDetails(
    string Number,
    string Holder,
    SkillLevel Level,
    string LevelName,
    int? NationalLevelCode,
    string Achievement,
    string OccupationCode,
    string OccupationName,
    string OccupationFramework,
    string Organization,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidUntil,
    string Criteria,
    string Evidence,
    string KeyId);
