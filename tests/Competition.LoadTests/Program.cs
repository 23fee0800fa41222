using BenchmarkDotNet.Running;

// Micro-benchmarks of the hot paths: `dotnet run -c Release --project tests/Competition.LoadTests -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The benchmark program's entry point.</summary>
public partial class Program;
