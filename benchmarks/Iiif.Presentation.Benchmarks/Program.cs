using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Iiif.Presentation.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Iiif.Presentation.Benchmarks.ReadWriteBenchmarks).Assembly).Run(args);
