using Competition.Domain.Certification;

namespace Competition.Server.Workers;

/// <summary>A worker as HR officers see them: never the national ID, only its masked form.</summary>
public sealed record WorkerView(long Id, string Name, string Employer, string MaskedNationalId, SkillLevel? CertifiedLevel);
