namespace Competition.Server.Apis.Models;

/// <summary>A judge to register; the platform generates their PIN.</summary>
public sealed record JudgeRequest(string Name, string Employer);
