using Competition.Domain.Marking;

namespace Competition.Server.Apis.Models;

/// <summary>An aspect of a new module: <c>kind</c> is measurement, judgement or graded.</summary>
public sealed record AspectRequest(string Name, AspectKind Kind, decimal MaxMark);
