namespace Competition.Server.Certificates;

/// <summary>A CSV row that cannot be issued, and every reason why.</summary>
public sealed record BulkRowProblem(int Row, IReadOnlyList<string> Reasons);
