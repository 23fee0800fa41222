using Competition.Data.Entities;
using Competition.Domain.Certification;
using Competition.Server.Assessments;
using Competition.Server.Workers;

namespace Competition.Server.Certificates;

/// <summary>Shapes certification entities for the API.</summary>
public static class CertificationViews
{
    /// <summary>A certificate's state as the platform holds it (the signature is checked by verification).</summary>
    public static CertificateState StateOf(CertificateEntity certificate, DateTimeOffset now) => certificate.Lifecycle().StateAt(now);

    public static CertificateView ToView(
        CertificateEntity certificate, WorkerEntity worker, IReadOnlyDictionary<long, string> numbers, DateTimeOffset now) => new(
        certificate.Id, certificate.Number, certificate.AssessmentId, certificate.WorkerId, worker.Name, worker.NationalIdMasked,
        certificate.Level, certificate.OccupationCode, certificate.OccupationName, certificate.WorkType, certificate.Organization,
        certificate.IssuedAt, certificate.ValidUntil, StateOf(certificate, now),
        certificate.SupersedesId is { } older ? numbers.GetValueOrDefault(older) : null,
        certificate.SupersededById is { } newer ? numbers.GetValueOrDefault(newer) : null,
        certificate.StatusChanges.OrderBy(c => c.At).Select(c => new StatusChangeView(c.Change, c.Reason, c.Actor, c.At)).ToList(),
        certificate.VerificationToken);

    public static AssessmentView ToView(AssessmentEntity assessment, WorkerEntity worker, string? certificateNumber) => new(
        assessment.Id, assessment.WorkerId, worker.Name, worker.NationalIdMasked, assessment.Organization,
        assessment.OccupationCode, assessment.OccupationEdition, assessment.OccupationName, assessment.WorkType,
        assessment.TargetLevel, assessment.Route, assessment.Status,
        assessment.Components.OrderBy(c => c.Kind).Select(c => new ComponentScore(c.Kind, c.Score, c.PassMark)).ToList(),
        assessment.Examiners, assessment.CompetitionId, assessment.Rank, assessment.Award, assessment.LedgerHash,
        assessment.RuleSetName, assessment.RuleSetVersion, assessment.ProposalReason, assessment.CreatedAt,
        assessment.DecidedBy, assessment.DecidedAt, assessment.DecisionReason, certificateNumber);

    public static WorkerView ToView(WorkerEntity worker, SkillLevel? certifiedLevel) =>
        new(worker.Id, worker.Name, worker.Employer, worker.NationalIdMasked, certifiedLevel);
}
