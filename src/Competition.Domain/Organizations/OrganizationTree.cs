namespace Competition.Domain.Organizations;

/// <summary>
/// The organisations as a tree of parents: who is under whom. An organizer acts for their own
/// organisation and every one below it, so "covers" is the rule behind every organizer's scope.
/// </summary>
public sealed class OrganizationTree(IReadOnlyDictionary<long, long?> parents)
{
    /// <summary>Whether <paramref name="organization"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool Covers(long ancestor, long organization)
    {
        // Bounded walk: a tree this deep does not exist, and a corrupt cycle must not hang a request.
        long? current = organization;
        for (var depth = 0; current is { } id && depth <= parents.Count; depth++)
        {
            if (id == ancestor)
            {
                return true;
            }
            current = parents.TryGetValue(id, out var parent) ? parent : null;
        }
        return false;
    }

    /// <summary><paramref name="root"/> and every organisation below it.</summary>
    public IReadOnlyList<long> Subtree(long root) => parents.Keys.Where(id => Covers(root, id)).Order().ToList();

    public bool Contains(long organization) => parents.ContainsKey(organization);

    /// <summary>The organisation at the top (the federation); null for an empty registry.</summary>
    public long? Root() => parents.Where(p => p.Value is null).Select(p => (long?)p.Key).Order().FirstOrDefault();

    /// <summary>May <paramref name="organization"/> (null: a new one) hang under <paramref name="parent"/>?
    /// The parent must exist and must not lie below the organisation itself.</summary>
    public DomainError? CheckParent(long? organization, long parent)
    {
        if (!parents.ContainsKey(parent))
        {
            return new DomainError(ErrorKind.Invalid, "organization.unknown-parent", $"Organisation {parent} does not exist.");
        }
        return organization is { } id && Covers(id, parent)
            ? new DomainError(ErrorKind.Invalid, "organization.cycle", "An organisation cannot be placed under itself or one of its own.")
            : null;
    }
}
