using System.Text.Json;
using System.Text.Json.Serialization;
using Competition.Domain;
using Competition.Domain.Competitions;
using Competition.Domain.Organizations;
using Competition.Domain.Marking;
using Competition.Domain.Rules;

namespace Competition.Seed;

/// <summary>The hand-written part of the demo data (<c>seed/data/demo-competitions.json</c>).</summary>
public sealed record DemoCatalog(IReadOnlyList<DemoCompetition> Competitions, IReadOnlyList<DemoOrganization> Organizations)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Reads the catalogue shipped next to the assembly.</summary>
    public static DemoCatalog Load()
    {
        var path = DemoFiles.PathOf("demo-competitions.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<DemoCatalog>(stream, Json)
            ?? throw new InvalidDataException($"{path} holds no demo catalogue.");
    }
}

/// <summary>A demo competition: its scheme by hand, its people generated.</summary>
/// <param name="MarkedShare">Share of the possible marks already entered, to show a board in progress.</param>
public sealed record DemoCompetition(
    string Name,
    string Occupation,
    int Contestants,
    int Judges,
    CompetitionStatus Status,
    double MarkedShare,
    IReadOnlyList<string> Employers,
    IReadOnlyList<string> JudgeEmployers,
    IReadOnlyList<DemoModule> Modules,
    CompetitionRules? Rules = null,
    bool TheoryImported = false,
    string? Host = null,
    CompetitionLevel? Level = null,
    string? Industry = null,
    string? District = null,
    string? Venue = null,
    int StartsInDays = 0,
    int Days = 1,
    int? Workstations = null,
    IReadOnlyList<string>? Sessions = null,
    int SessionMinutes = 180);

/// <summary>A demo organisation; without a parent it sits under the federation.</summary>
public sealed record DemoOrganization(string Name, OrganizationKind Kind, string? Parent = null);

public sealed record DemoModule(string Name, decimal Weight, IReadOnlyList<DemoAspect> Aspects);

public sealed record DemoAspect(
    string Name, AspectKind Kind, decimal MaxMark, IReadOnlyList<decimal>? Deductions = null, IReadOnlyList<string>? Levels = null);
