namespace Competition.Server.WageGuidance;

/// <summary>What importing a guidance file did: the import it is, its rows, and whether that file was imported before (then nothing changed).</summary>
public sealed record WageGuidanceImported(long ImportId, int Rows, bool AlreadyImported);
