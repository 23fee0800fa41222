namespace Competition.Server.Certificates;

/// <summary>What a bulk issuance issued: one certificate per CSV row, in row order.</summary>
public sealed record BulkIssued(int Issued, IReadOnlyList<BulkIssuedRow> Certificates);
