using Competition.Server.Assessments;
using Competition.Server.Certificates;
using Competition.Server.WageGuidance;

namespace Competition.Server.Workers;

/// <summary>A worker with their assessments and certificates (of the caller's organisation), and per certificate the wage guidance for it.</summary>
public sealed record WorkerProfile(
    WorkerView Worker, IReadOnlyList<AssessmentView> Assessments, IReadOnlyList<CertificateView> Certificates,
    IReadOnlyList<CertificateWageGuidance> WageGuidance);
