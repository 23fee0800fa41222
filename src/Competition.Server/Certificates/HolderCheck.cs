namespace Competition.Server.Certificates;

/// <summary>Whether the person of the national ID asked about holds the certificate; nothing else is told.</summary>
public sealed record HolderCheck(string Number, bool Matches);
