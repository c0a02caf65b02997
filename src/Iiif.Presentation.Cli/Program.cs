using System;

namespace Iiif.Presentation.Cli;

internal static class Program
{
    private static int Main(string[] args) => IiifCli.Run(args, Console.Out, Console.Error);
}
