namespace Competition.Domain.Competitions;

/// <summary>The tier a competition is held at; names are stored, never rename one.</summary>
public enum CompetitionLevel
{
    Enterprise,
    District,
    Municipal,
    Provincial,
}
