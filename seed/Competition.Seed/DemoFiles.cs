namespace Competition.Seed;

/// <summary>The hand-written demo data (<c>seed/data/</c>), copied next to the assembly by the build.</summary>
public static class DemoFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "seed-data", name);
}
