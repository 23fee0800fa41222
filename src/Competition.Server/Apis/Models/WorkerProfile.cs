namespace Competition.Server.Apis.Models;

/// <summary>A worker with their assessments and certificates (of the caller's organisation).</summary>
public sealed record WorkerProfile(WorkerView Worker, IReadOnlyList<AssessmentView> Assessments, IReadOnlyList<CertificateView> Certificates);
