using BenchmarkDotNet.Running;
using Competition.LoadTests;

// dotnet run -c Release --project tests/Competition.LoadTests -- load [--quick] [fanout|day|connections|ingest|standings|certify|organize|statistics|postgres|cluster|fresh ...]
// dotnet run -c Release --project tests/Competition.LoadTests -- micro --filter '*'   (BenchmarkDotNet micro-benchmarks)
// (floor --urls …: the bare broadcast server the fresh scenario starts as a process of its own)
switch (args.FirstOrDefault())
{
    case "load":
        var quick = args.Contains("--quick");
        var chosen = args.Skip(1).Where(a => !a.StartsWith("--")).ToList();
        var run = new LoadRun(quick, Console.Out);
        await run.RunAsync(chosen.Count > 0 ? chosen : LoadRun.Scenarios);
        return run.Verdicts.All(v => v.StartsWith("[met]")) ? 0 : 2;
    case BareBroadcastServer.Command:
        await BareBroadcastServer.RunAsync(args[1..]);
        return 0;
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(StandingsBenchmarks).Assembly).Run(args[1..]);
        return 0;
    default:
        Console.Error.WriteLine("Usage: load [--quick] [fanout|day|connections|ingest|standings|certify|organize|statistics|postgres|cluster|fresh ...]  |  micro [BenchmarkDotNet options]");
        return 1;
}
