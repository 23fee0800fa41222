namespace Competition.Domain.Marking;

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

    public IEnumerable<SchemeAspect> Aspects => Modules.SelectMany(m => m.Aspects);

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

    public int ModuleIndexOf(long moduleId)
    {
        for (var i = 0; i < Modules.Count; i++)
        {
            if (Modules[i].Id == moduleId)
            {
                return i;
            }
        }
        return -1;
    }
}
