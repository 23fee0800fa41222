namespace Competition.Server.Apis.Models;

/// <summary>A contestant to register; the bib is unique within the competition.</summary>
public sealed record ContestantRequest(string Name, string Employer, string Bib);
