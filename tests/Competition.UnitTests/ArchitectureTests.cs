using System.Reflection;
using Competition.Domain;
using Competition.Grains;

namespace Competition.UnitTests;

/// <summary>The layers' one-way references (DESIGN.md): the domain is plain C#, grains never reach the hubs, services never speak HTTP.</summary>
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

    [Fact]
    public void Services_never_answer_in_HTTP_nor_call_an_API()
    {
        var server = typeof(Competition.Server.Problems.ApiProblems).Assembly;
        // The edge: route groups (*Api), the one problem mapping, validation, hosting, the hubs, and the route
        // handlers the request delegate generator writes for the route groups at build time.
        string[] edge = ["Competition.Server.Problems", "Competition.Server.Validation", "Competition.Server.Hosting", "Competition.Server.Hubs",
            "Microsoft.AspNetCore.Http.Generated"];
        bool AtTheEdge(Type type)
        {
            var outermost = type;
            while (outermost.DeclaringType is { } declaring)
            {
                outermost = declaring;
            }
            return outermost.Name.EndsWith("Api", StringComparison.Ordinal) || edge.Contains(outermost.Namespace) || outermost.Namespace is null;
        }
        bool Http(Type type) =>
            type.FullName?.StartsWith("Microsoft.AspNetCore.Http.HttpResults", StringComparison.Ordinal) == true
            || type == typeof(Microsoft.AspNetCore.Http.IResult)
            || (type.Name.EndsWith("Api", StringComparison.Ordinal) && type.Assembly == server)
            || (type.IsGenericType && type.GetGenericArguments().Any(Http))
            || (type.HasElementType && Http(type.GetElementType()!));
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var offenders = server.GetTypes().Where(t => !AtTheEdge(t))
            .SelectMany(t => t.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
                .Concat(t.GetFields(all).Select(f => f.FieldType))
                .Concat(t.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType))
                .Where(Http).Select(type => $"{t.FullName} uses {type}"))
            .Distinct().ToList();
        Assert.Empty(offenders);
        Assert.Contains(server.GetTypes(), t => !AtTheEdge(t) && t.Name == "AgreementBook");
    }
}
