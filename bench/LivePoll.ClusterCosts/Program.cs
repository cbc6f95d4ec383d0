using BenchmarkDotNet.Running;
using LivePoll.ClusterCosts;

BenchmarkSwitcher.FromAssembly(typeof(ClusterCosts).Assembly).Run(args);
