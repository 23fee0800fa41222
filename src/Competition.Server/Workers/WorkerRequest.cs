namespace Competition.Server.Workers;

/// <summary>A worker to register: the national ID is checked, hashed and masked, never stored.</summary>
public sealed record WorkerRequest(string Name, string Employer, string NationalId);
