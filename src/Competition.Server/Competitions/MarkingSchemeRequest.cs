using Competition.Data.Entities;
using Competition.Grains.Contracts;

namespace Competition.Server.Competitions;

/// <summary>The modules of a new marking scheme.</summary>
public sealed record MarkingSchemeRequest(IReadOnlyList<ModuleRequest> Modules)
{
    /// <summary>The scheme as the platform keeps it (ids not yet given): names trimmed, deductions in order.</summary>
    public MarkingSchemeView ToView() => new(Modules.Select(m => new ModuleView(0, m.Name.Trim(), m.Weight,
        m.Aspects.Select(a => new AspectView(0, a.Name.Trim(), a.Kind, a.MaxMark, a.Deductions?.Order().ToList() ?? [], a.Aggregation,
            a.Levels?.Select(l => l.Trim()).ToList() ?? [])).ToList())).ToList());

    /// <summary>The scheme as a template keeps it.</summary>
    public TemplateScheme ToTemplate() => new(ToView().Modules.Select(m => new TemplateModule(m.Name, m.Weight,
        m.Aspects.Select(a => new TemplateAspect(a.Name, a.Kind, a.MaxMark, a.Deductions, a.Aggregation, a.Levels)).ToList())).ToList());

    /// <summary>A template's scheme as a request again, to fill the editor from it.</summary>
    public static MarkingSchemeRequest From(TemplateScheme scheme) => new(scheme.Modules.Select(m => new ModuleRequest(m.Name, m.Weight,
        m.Aspects.Select(a => new AspectRequest(a.Name, a.Kind, a.MaxMark, a.Deductions, a.Aggregation, a.Levels)).ToList())).ToList());
}
