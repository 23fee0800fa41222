namespace Competition.Server.Certificates;

/// <summary>A change that must say why: rejecting a draft, revoking, suspending or reinstating a certificate.</summary>
public sealed record ReasonRequest(string Reason);
