using Competition.Grains.Contracts;
using Competition.Server.Assessments;
using Competition.Server.Certificates;
using Competition.Server.WageGuidance;

namespace Competition.Server.Workers;

/// <summary>A worker with their assessments and certificates (of the caller's organisation), per certificate
/// the wage guidance for it, and the competitions they entered with what was drafted and certified from each.</summary>
public sealed record WorkerProfile(
    WorkerView Worker, IReadOnlyList<AssessmentView> Assessments, IReadOnlyList<CertificateView> Certificates,
    IReadOnlyList<CertificateWageGuidance> WageGuidance, IReadOnlyList<ContestEntry> Competitions);
