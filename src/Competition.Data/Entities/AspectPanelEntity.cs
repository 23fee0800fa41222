namespace Competition.Data.Entities;

/// <summary>A judge on an aspect's panel. An aspect without rows is marked by every judge but the chief.</summary>
public sealed class AspectPanelEntity
{
    public long AspectId { get; set; }
    public long JudgeId { get; set; }
}
