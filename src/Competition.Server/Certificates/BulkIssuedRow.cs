namespace Competition.Server.Certificates;

/// <summary>The certificate issued for one CSV row (rows counted from 2, the first after the header).</summary>
public sealed record BulkIssuedRow(int Row, string Number, string Holder);
