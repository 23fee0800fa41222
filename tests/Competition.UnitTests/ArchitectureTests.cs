using System.Reflection;
using Competition.Domain;
using Competition.Grains;

namespace Competition.UnitTests;

/// <summary>The layers' one-way references (DESIGN.md): the domain is plain C#, grains never reach the hubs.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(DomainError).Assembly;
    private static readonly Assembly Grains = typeof(GrainServices).Assembly;

    [Fact]
    public void The_domain_references_nothing_but_the_base_library()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal),
            $"Competition.Domain references {name}"));
    }

    [Fact]
    public void Grains_never_touch_a_hub()
    {
        Assert.DoesNotContain(Grains.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        var hubTypes = Grains.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Select(f => f.FieldType)
                .Concat(t.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)))
            .Where(type => type.FullName?.StartsWith("Microsoft.AspNetCore.SignalR", StringComparison.Ordinal) == true)
            .ToList();
        Assert.Empty(hubTypes);
    }
}
