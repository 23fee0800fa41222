namespace Competition.Server.Certificates;

/// <summary>The id of the key that signs from now on.</summary>
public sealed record KeyRotated(string KeyId);
