namespace Competition.Domain.Marking;

/// <summary>One markable aspect of a module.</summary>
public sealed record SchemeAspect(long Id, string Name, AspectKind Kind, decimal MaxMark);

/// <summary>A module (task) of the scheme; its raw total counts <see cref="Weight"/> times.</summary>
public sealed record SchemeModule(long Id, string Name, decimal Weight, IReadOnlyList<SchemeAspect> Aspects);

/// <summary>The modules and aspects a competition is marked against.</summary>
public sealed class MarkingScheme
{
    private readonly Dictionary<long, (int ModuleIndex, SchemeAspect Aspect)> _aspectsById;

    public MarkingScheme(IReadOnlyList<SchemeModule> modules)
    {
        Modules = modules;
        _aspectsById = modules
            .SelectMany((module, index) => module.Aspects.Select(aspect => (aspect.Id, Entry: (index, aspect))))
            .ToDictionary(x => x.Id, x => x.Entry);
    }

    public IReadOnlyList<SchemeModule> Modules { get; }

    /// <summary>The highest total a contestant can reach.</summary>
    public decimal MaxTotal => Modules.Sum(m => m.Weight * m.Aspects.Sum(a => a.MaxMark));

    public bool TryFindAspect(long aspectId, out int moduleIndex, out SchemeAspect aspect)
    {
        if (_aspectsById.TryGetValue(aspectId, out var entry))
        {
            (moduleIndex, aspect) = entry;
            return true;
        }
        moduleIndex = -1;
        aspect = null!;
        return false;
    }
}
