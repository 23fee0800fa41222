namespace Competition.Server.Jury;

/// <summary>A chief judge's decision about one contestant's aspect, always with a reason.</summary>
public interface IAspectDecision
{
    long ContestantId { get; }
    long AspectId { get; }
    string Reason { get; }
}
