namespace Competition.Domain;

/// <summary>A row of an uploaded sheet that cannot be taken, and every reason why (row 1 is the header).</summary>
public sealed record RowProblem(int Row, IReadOnlyList<string> Reasons);
